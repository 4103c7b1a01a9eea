/**
 * The statutory clocks as data: {@link org.cscrules.core.law.Timescale} is the one table of
 * every timescale T0 to T14, each with its length, extension maximum, trigger and
 * citation; {@link org.cscrules.core.timescale.Deadlines} turns a trigger date into due dates
 * with the reg. 2 working-day calendar and the council's {@code LocalPolicy}.
 *
 * <p>Unless its type is marked {@code @Nullable}, null is not an expected argument or result here.
 */
@NullMarked
package org.cscrules.core.timescale;

import org.jspecify.annotations.NullMarked;
