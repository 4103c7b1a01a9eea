/**
 * The statute as a typed model: complaint requests, decisions, timescales and local policy
 * (issue 3). Empty until then.
 */
package org.cscrules.core;
