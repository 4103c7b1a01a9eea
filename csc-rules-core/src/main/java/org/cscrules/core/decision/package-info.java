/**
 * What the law says about a request: an {@link org.cscrules.core.decision.EligibilityDecision}
 * with its {@link org.cscrules.core.decision.Outcome}, every
 * {@link org.cscrules.core.decision.Reason} with its citation, the actions the council must take,
 * the alternative route when the statutory procedure does not apply, and the deadlines that start.
 *
 * <p>Unless its type is marked {@code @Nullable}, null is not an expected argument or result here;
 * where a constructor reads a missing value as empty (as older releases wrote none), its comment
 * says so.
 */
@NullMarked
package org.cscrules.core.decision;

import org.jspecify.annotations.NullMarked;
