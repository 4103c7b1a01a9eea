/**
 * The arithmetic of the statutory clocks: {@link org.cscrules.core.timescale.Deadlines} turns a
 * trigger date and a {@link org.cscrules.core.law.Timescale} (the one table of every timescale T0
 * to T14, with its length, extension maximum, trigger and citation) into a {@link
 * org.cscrules.core.timescale.Deadline}, on the reg. 2 working-day calendar and the council's
 * {@code LocalPolicy}, and moves it on by a {@link org.cscrules.core.timescale.Suspension}.
 *
 * <p>Unless its type is marked {@code @Nullable}, null is not an expected argument or result here.
 */
@NullMarked
package org.cscrules.core.timescale;

import org.jspecify.annotations.NullMarked;
