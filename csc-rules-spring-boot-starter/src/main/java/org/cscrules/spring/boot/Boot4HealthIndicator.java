package org.cscrules.spring.boot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The bank-holiday data's health on Spring Boot 4 (the spring-boot-health module): always UP, with the details. */
final class Boot4HealthIndicator implements HealthIndicator {

    private final BankHolidayData data;

    Boot4HealthIndicator(BankHolidayData data) {
        this.data = data;
    }

    @Override
    public Health health() {
        return Health.up().withDetails(data.details()).build();
    }
}
