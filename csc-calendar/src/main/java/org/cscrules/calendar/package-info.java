/**
 * The working-day calendar of regulation 2 of the Children Act 1989 Representations Procedure
 * (England) Regulations 2006 (SI 2006/1738): every statutory deadline of the complaints procedure
 * is "N working days after X", counted with {@link org.cscrules.calendar.WorkingDayCalendar}.
 *
 * <p>A working day is any day except a Saturday, a Sunday, Christmas Day, Boxing Day, Good Friday
 * or a bank holiday under the Banking and Financial Dealings Act 1971 (England and Wales list,
 * including substitute and proclaimed days). The package needs nothing at run time but the JDK.
 *
 * <p>No argument or result of its API may be null ({@code @NullMarked}): a null argument is refused
 * with an {@link IllegalArgumentException}.
 */
@NullMarked
package org.cscrules.calendar;

import org.jspecify.annotations.NullMarked;
