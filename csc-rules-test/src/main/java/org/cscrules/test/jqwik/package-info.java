/**
 * jqwik arbitraries of the library's inputs, for another system's property tests: {@link
 * org.cscrules.test.jqwik.CscRulesArbitraries}. Needs jqwik on the test class path (the kit does not
 * bring it).
 *
 * <p>No argument or result is null ({@code @NullMarked}). The generated values hold nulls only where
 * the model allows them (an optional date, finding or choice left unsaid).
 */
@NullMarked
package org.cscrules.test.jqwik;

import org.jspecify.annotations.NullMarked;
