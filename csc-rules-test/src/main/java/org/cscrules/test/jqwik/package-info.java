/**
 * jqwik arbitraries of the library's inputs, for another system's property tests: {@link
 * org.cscrules.test.jqwik.CscRulesArbitraries}. Needs jqwik on the test class path (the kit does not
 * bring it).
 */
package org.cscrules.test.jqwik;
