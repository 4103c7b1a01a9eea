/**
 * Spring Boot 3 and 4 auto-configuration for csc-rules: {@link
 * org.cscrules.spring.boot.CscRulesAutoConfiguration} makes the services, the calendar, a {@link
 * java.time.Clock} and the council's {@link org.cscrules.core.policy.LocalPolicy} beans (each only
 * when the application has none of its own), reads the policy from the properties {@code
 * csc-rules.policy.*} and fails at start-up with {@link
 * org.cscrules.spring.boot.InvalidCscRulesPropertiesException}, naming every bad property, and,
 * with Actuator, adds the library's versions to {@code /actuator/info} and the bank-holiday data's
 * last official day to {@code /actuator/health}.
 *
 * <p>No argument or result is null ({@code @NullMarked}).
 */
@NullMarked
package org.cscrules.spring.boot;

import org.jspecify.annotations.NullMarked;
