/**
 * Internal to csc-rules: how a decision's alternatives are worked out from the open facts of its
 * request. Public only because csc-rules-drl uses it; not an API, and free to change in any release.
 */
package org.cscrules.core.internal.whatif;
