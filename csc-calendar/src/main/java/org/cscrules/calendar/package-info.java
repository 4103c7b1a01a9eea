/**
 * The working-day calendar of regulation 2 of the Children Act 1989 Representations Procedure
 * (England) Regulations 2006 (SI 2006/1738): every statutory deadline of the complaints procedure
 * is "N working days after X", counted with {@link org.cscrules.calendar.WorkingDayCalendar}.
 *
 * <p>A working day is any day except a Saturday, a Sunday, Christmas Day, Boxing Day, Good Friday
 * or a bank holiday under the Banking and Financial Dealings Act 1971 (England and Wales list,
 * including substitute and proclaimed days). The package has no runtime dependencies.
 */
package org.cscrules.calendar;
