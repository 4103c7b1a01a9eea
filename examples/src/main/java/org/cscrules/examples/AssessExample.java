package org.cscrules.examples;

import java.time.LocalDate;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Understanding;

/** Ten lines: may this parent complain, why, and by when must the council respond? */
public final class AssessExample {

    private AssessExample() {
    }

    public static void main(String[] args) {
        EligibilityService service = EligibilityService.create();  // statutory defaults; build once and share
        EligibilityDecision decision = service.assess(ComplaintRequest.of(ComplainantRole.PARENT,
                Child.of(Understanding.SUFFICIENT, ChildStatus.IN_NEED).withAge(12),
                Representation.inOwnRight(),
                Subject.of(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELAY),
                ComplaintDates.of(LocalDate.of(2022, 9, 12), LocalDate.of(2022, 8, 1))));
        System.out.println(decision.outcome());
        decision.reasons().forEach(r -> System.out.println(r.ruleId() + " [" + r.citation().reference() + "]"));
        decision.deadlines().forEach(d -> System.out.println(d.timescale() + " " + d.kind() + " " + d.due()));
    }
}
