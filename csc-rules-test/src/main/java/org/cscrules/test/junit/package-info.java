/**
 * JUnit Jupiter support, on JUnit 5 and JUnit 6: {@link org.cscrules.test.junit.CscRulesTest}
 * fixes "today", builds the services once for the test classes that share its settings, and injects
 * them as parameters; {@link org.cscrules.test.junit.EveryDay} runs a parameterized test for every
 * day of a range.
 *
 * <p>No argument or result is null ({@code @NullMarked}).
 */
@NullMarked
package org.cscrules.test.junit;

import org.jspecify.annotations.NullMarked;
