/**
 * The Drools implementation of the core services: eligibility and stage rules in DRL (issues 4
 * and 5). Empty until then.
 */
package org.cscrules.drl;
