package org.cscrules.spring.boot;

import java.time.Clock;
import java.time.ZoneId;
import org.cscrules.calendar.WorkingDayCalendar;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.policy.LocalPolicy;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * csc-rules as Spring beans, on Spring Boot 3.5 or 4.x: a {@link Clock}, the council's {@link
 * LocalPolicy} (from the properties {@code csc-rules.policy.*}), the {@link WorkingDayCalendar} it
 * counts on, an {@link EligibilityService} and a {@link ComplaintProcess}, each made once, shared
 * (all are thread-safe) and only when the application defines no bean of that type itself. With
 * Actuator: a {@code csc-rules} entry in {@code /actuator/info} and a {@code cscRules} health
 * contributor on the bank-holiday data, which always stays UP.
 *
 * <p>Properties: {@code csc-rules.enabled} (default true) turns all of it off;
 * {@code csc-rules.info.enabled} and {@code csc-rules.health.enabled} (default true) the Actuator
 * parts; {@code csc-rules.health.warning-days} (default 365) is how long before the official data
 * ends the health details start to give advice. Any other property under {@code csc-rules}, and
 * every setting that cannot be used, stops the application at start-up with {@link
 * InvalidCscRulesPropertiesException}, naming each.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = PolicyProperties.PREFIX, name = "enabled", havingValue = "true", matchIfMissing = true)
public class CscRulesAutoConfiguration {

    /** "Today" for the services, when the application has no clock of its own: England's time zone. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    /** Made by Spring Boot, which finds the class through its auto-configuration imports. */
    public CscRulesAutoConfiguration() {
    }

    /**
     * The system clock in England's time zone, from which the services take "today".
     *
     * @return the clock; never null
     */
    @Bean
    @ConditionalOnMissingBean
    public Clock cscRulesClock() {
        return Clock.system(ENGLAND);
    }

    /**
     * The council's policy: the statutory defaults, with each setting given under {@code
     * csc-rules.policy} in kebab case ({@code csc-rules.policy.acknowledgement-working-days: 5}).
     *
     * @param environment the application's properties
     * @return the policy; never null
     * @throws InvalidCscRulesPropertiesException naming every property under {@code csc-rules}
     *     that cannot be used
     */
    @Bean
    @ConditionalOnMissingBean
    public LocalPolicy cscRulesPolicy(Environment environment) {
        return PolicyProperties.policy(environment);
    }

    /**
     * Checks the {@code csc-rules} properties when the application defines its own {@link
     * LocalPolicy}, so that they are never silently ignored: an unknown property, or one that sets
     * the policy, stops the start as it would with the starter's own policy.
     *
     * @param environment the application's properties
     * @param beans the application's bean factory
     * @return the check, run once every bean is made; never null
     */
    @Bean
    SmartInitializingSingleton cscRulesPropertiesCheck(Environment environment, ListableBeanFactory beans) {
        return () -> {
            if (!beans.containsBeanDefinition("cscRulesPolicy")) {
                PolicyProperties.checkBesideTheApplicationsPolicy(environment);
            }
        };
    }

    /**
     * The working-day calendar the services count on: the policy's ({@link LocalPolicy#calendar()}),
     * with its proclaimed bank holidays and closure days. A calendar bean of the application's own
     * replaces this one for the application's code only: the services always count on their policy's.
     *
     * @param policy the services' policy
     * @return the calendar; never null
     */
    @Bean
    @ConditionalOnMissingBean
    public WorkingDayCalendar cscRulesCalendar(LocalPolicy policy) {
        return policy.calendar();
    }

    /**
     * The eligibility service, built once (about a second: the rules' knowledge base) and shared.
     *
     * @param policy the council's policy
     * @param clock where "today" comes from
     * @return the service; never null
     */
    @Bean
    @ConditionalOnMissingBean
    public EligibilityService cscRulesEligibilityService(LocalPolicy policy, Clock clock) {
        return EligibilityService.create(policy, clock);
    }

    /**
     * The complaint process, built once and shared.
     *
     * @param policy the council's policy
     * @param clock where "today" comes from
     * @return the process; never null
     */
    @Bean
    @ConditionalOnMissingBean
    public ComplaintProcess cscRulesComplaintProcess(LocalPolicy policy, Clock clock) {
        return ComplaintProcess.create(policy, clock);
    }

    /** The {@code csc-rules} entry of {@code /actuator/info}, on Boot 3 and 4 alike. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.info.InfoContributor")
    @ConditionalOnProperty(prefix = PolicyProperties.PREFIX + ".info", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    static class Info {

        @Bean
        @ConditionalOnMissingBean(name = "cscRulesInfoContributor")
        org.springframework.boot.actuate.info.InfoContributor cscRulesInfoContributor(EligibilityService service) {
            return new CscRulesInfoContributor(service);
        }
    }

    /** The {@code cscRules} health contributor on Spring Boot 3's Actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnProperty(prefix = PolicyProperties.PREFIX + ".health", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    static class Boot3Health {

        @Bean
        @ConditionalOnMissingBean(name = "cscRulesHealthIndicator")
        org.springframework.boot.actuate.health.HealthIndicator cscRulesHealthIndicator(LocalPolicy policy, Clock clock,
                                                                                         Environment environment) {
            return new Boot3HealthIndicator(new BankHolidayData(policy, clock, PolicyProperties.healthWarningDays(environment)));
        }
    }

    /** The {@code cscRules} health contributor on Spring Boot 4 (health is its own module there), where Boot 3's API is absent. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnMissingClass("org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnProperty(prefix = PolicyProperties.PREFIX + ".health", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    static class Boot4Health {

        @Bean
        @ConditionalOnMissingBean(name = "cscRulesHealthIndicator")
        org.springframework.boot.health.contributor.HealthIndicator cscRulesHealthIndicator(LocalPolicy policy, Clock clock,
                                                                                             Environment environment) {
            return new Boot4HealthIndicator(new BankHolidayData(policy, clock, PolicyProperties.healthWarningDays(environment)));
        }
    }
}
