package org.cscrules.spring.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.policy.LocalPolicy;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * {@code /actuator/info}'s {@code csc-rules} entry: what the services' decisions carry in their
 * provenance (library, rulebook and bank-holiday data versions, the data's last official day), the
 * policy's fingerprint and the settings changed from the statutory defaults. Never personal data.
 */
final class CscRulesInfoContributor implements InfoContributor {

    private final EligibilityService service;

    CscRulesInfoContributor(EligibilityService service) {
        this.service = service;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Provenance provenance = service.provenance();
        LocalPolicy policy = provenance.policy();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("libraryVersion", provenance.libraryVersion());
        details.put("rulebookVersion", provenance.rulebookVersion());
        details.put("calendarDataVersion", provenance.calendarDataVersion());
        details.put("lastOfficialDay", provenance.calendarOfficialDataUntil().toString());
        details.put("policyFingerprint", policy.fingerprint());
        details.put("changedSettings", policy.changedSettings(LocalPolicy.statutoryDefaults()));
        builder.withDetail("csc-rules", details);
    }
}
