package org.cscrules.compatibility;

import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.request.ComplaintRequest;
import org.springframework.stereotype.Service;

@Service
public class Intake {
    private final EligibilityService eligibility; // the starter's bean: built once, thread-safe

    public Intake(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    public EligibilityDecision assess(ComplaintRequest request) {
        return eligibility.assess(request);
    }
}
