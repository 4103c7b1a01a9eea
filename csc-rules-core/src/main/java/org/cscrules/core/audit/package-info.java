/**
 * Audit and replay: which law, data and policy produced a decision ({@link
 * org.cscrules.core.decision.Provenance}), a decision kept with its inputs as JSON ({@link
 * org.cscrules.core.audit.DecisionRecord}), and what replaying it on this library gives ({@link
 * org.cscrules.core.audit.Replay}). Complaint decisions are reviewed months later, by a review
 * panel, the Ombudsman or a court: the record shows why the library said what it said on the day,
 * and replay shows whether it still would.
 *
 * <p>Unless its type is marked {@code @Nullable}, null is not an expected argument or result here.
 */
@NullMarked
package org.cscrules.core.audit;

import org.jspecify.annotations.NullMarked;
