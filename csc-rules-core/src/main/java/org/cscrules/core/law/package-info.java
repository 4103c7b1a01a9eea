/**
 * Legal references: every category, timescale, rule and action of csc-rules carries a
 * {@link org.cscrules.core.law.Citation} to the provision it comes from, and says whether it rests
 * on statute, statutory guidance or local policy ({@link org.cscrules.core.law.Basis}). The
 * statutory timescales ({@link org.cscrules.core.law.Timescale}) are here too, as data, below the
 * council's policy and the deadline arithmetic that both refer to them.
 *
 * <p>Null is a valid value in this package's API only where its type is marked {@code @Nullable}
 * (JSpecify).
 */
@NullMarked
package org.cscrules.core.law;

import org.jspecify.annotations.NullMarked;
