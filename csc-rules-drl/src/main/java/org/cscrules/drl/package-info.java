/**
 * The Drools implementation of the csc-rules services. Callers never use this package directly:
 * {@code EligibilityService.create()} finds {@link org.cscrules.drl.DroolsRulesProvider} with
 * {@link java.util.ServiceLoader}. The rules live in DRL under {@code org/cscrules/drl/rules},
 * compiled to Drools' executable model at build time; the KieBase is built once per JVM.
 *
 * <p>No argument or result is null ({@code @NullMarked}).
 */
@NullMarked
package org.cscrules.drl;

import org.jspecify.annotations.NullMarked;
