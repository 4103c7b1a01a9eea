/**
 * What the law says about a request: an {@link org.cscrules.core.decision.EligibilityDecision}
 * with its {@link org.cscrules.core.decision.Outcome}, every
 * {@link org.cscrules.core.decision.Reason} with its citation, the actions the council must take,
 * the alternative route when the statutory procedure does not apply, and the deadlines that start.
 */
package org.cscrules.core.decision;
