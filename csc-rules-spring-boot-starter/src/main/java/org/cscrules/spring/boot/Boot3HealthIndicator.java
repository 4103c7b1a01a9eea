package org.cscrules.spring.boot;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The bank-holiday data's health on Spring Boot 3 (Actuator's own health API): always UP, with the details. */
final class Boot3HealthIndicator implements HealthIndicator {

    private final BankHolidayData data;

    Boot3HealthIndicator(BankHolidayData data) {
        this.data = data;
    }

    @Override
    public Health health() {
        return Health.up().withDetails(data.details()).build();
    }
}
