package org.cscrules.examples;

import java.util.List;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.EligibilityDecision;

/**
 * What would change the answer: for a grandparent whose sufficient interest the council has not yet
 * decided, and a complaint made more than a year late, the outcome each open decision would lead
 * to, with its provision, before the council takes it.
 */
public final class WhatIfExample {

    private WhatIfExample() {
    }

    public static void main(String[] args) {
        EligibilityService service = EligibilityService.create();
        for (String sample : List.of("grandparent-without-parental-responsibility", "late-complaint")) {
            EligibilityDecision decision = service.assessWithAlternatives(SampleComplaints.sample(sample));
            System.out.println(sample + ": " + decision.outcome());
            decision.alternatives().forEach(alternative -> System.out.println("  " + alternative.text()));
        }
    }
}
