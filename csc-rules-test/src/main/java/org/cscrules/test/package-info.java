/**
 * Assertions in the AssertJ style that hold another system's dates to the statute and, when they
 * fail, explain: how many working days off the date is, the working days counted, and every day in
 * between that is not a working day, by name, as the candidates for the mistake. Start from {@link
 * org.cscrules.test.StatuteAssertions}. The JUnit extension and the day sweep are in {@link
 * org.cscrules.test.junit}.
 *
 * <p>No argument or result is null unless marked {@link org.jspecify.annotations.Nullable} (the
 * package is {@code @NullMarked}): the value asserted on may be null, and the assertion then fails
 * saying so.
 */
@NullMarked
package org.cscrules.test;

import org.jspecify.annotations.NullMarked;
