package org.cscrules.core.internal.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cscrules.core.decision.Alternative;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.decision.RequiredAction;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.OpenFact;

/**
 * Internal: works out a decision's {@link Alternative}s. Each open fact of the request is given
 * each value it could take, one at a time; a value that changes the outcome is listed. Then two
 * facts are settled together: two that each changed the outcome on their own, or any two where no
 * fact did. A pair is listed only where its outcome differs from the decision's and neither of its
 * two changes alone gives that outcome, so that no listed set of changes contains another with the
 * same outcome. A variant that does not validate (a value that does not fit the rest of the request) is
 * not tried. The two limbs of the late-complaint test are findings the council makes only of a late
 * complaint: they are varied only where the decision asks for them ({@link
 * RequiredAction#DECIDE_LATE_COMPLAINT}), which is how the rules say a complaint is late.
 *
 * <p>The rules run in two batches, the singles then the pairs, each in one pass of the engine.
 * Stateless and thread-safe.
 */
public final class WhatIf {

    /** The findings the council makes only when a decision asks for them, and the action that asks. */
    private static final Map<OpenFact, RequiredAction> ASKED_BY = Map.of(
            OpenFact.COULD_NOT_COMPLAIN_IN_TIME, RequiredAction.DECIDE_LATE_COMPLAINT,
            OpenFact.CAN_STILL_BE_CONSIDERED_FAIRLY, RequiredAction.DECIDE_LATE_COMPLAINT);

    private WhatIf() {
    }

    /** One set of changes, the request it gives, and (once assessed) its decision. */
    private record Variant(List<Alternative.Change> changes, ComplaintRequest request) {
    }

    /**
     * The alternatives of {@code decision}, the answer to {@code request}.
     *
     * @param request the request decided; valid
     * @param decision its decision
     * @param decidedOn the day a finding a change needs is taken to be made: the decision's day
     * @param valid whether a changed request is valid
     * @param assessAll assesses valid requests in one batch, a decision for each in order
     * @return the alternatives: the single changes, then the pairs, each in the order of the open
     *     facts and their values; empty when nothing open changes the outcome
     */
    public static List<Alternative> alternatives(ComplaintRequest request, EligibilityDecision decision, LocalDate decidedOn,
                                                 Predicate<ComplaintRequest> valid,
                                                 Function<List<ComplaintRequest>, List<EligibilityDecision>> assessAll) {
        List<OpenFact> open = OpenFact.openIn(request).stream()
                .filter(fact -> !ASKED_BY.containsKey(fact) || decision.actions().contains(ASKED_BY.get(fact))).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<Variant> singles = new ArrayList<>();
        for (OpenFact fact : open) {
            for (String value : fact.alternatives(request)) {
                Variant variant = new Variant(List.of(Alternative.Change.of(fact, value)), fact.apply(request, value, decidedOn));
                if (valid.test(variant.request())) {
                    singles.add(variant);
                }
            }
        }
        Map<Alternative.Change, EligibilityDecision> single = assess(singles, assessAll).entrySet().stream()
                .collect(LinkedHashMap::new, (map, e) -> map.put(e.getKey().changes().get(0), e.getValue()), Map::putAll);
        Set<OpenFact> decisive = new HashSet<>();
        single.forEach((change, answer) -> {
            if (answer.outcome() != decision.outcome()) {
                decisive.add(change.fact());
            }
        });
        List<Alternative> found = new ArrayList<>();
        single.forEach((change, answer) -> {
            if (answer.outcome() != decision.outcome()) {
                found.add(alternative(List.of(change), answer, decision));
            }
        });
        List<Variant> pairs = pairs(request, open, decisive, decidedOn, valid);
        assess(pairs, assessAll).forEach((variant, answer) -> {
            boolean reachedAlone = variant.changes().stream()
                    .anyMatch(change -> single.containsKey(change) && single.get(change).outcome() == answer.outcome());
            if (answer.outcome() != decision.outcome() && !reachedAlone) {
                found.add(alternative(variant.changes(), answer, decision));
            }
        });
        return found;
    }

    /** Every pair of decisive open facts (of all open facts, where none is decisive), each given each value it could then take. */
    private static List<Variant> pairs(ComplaintRequest request, List<OpenFact> open, Set<OpenFact> decisive, LocalDate decidedOn,
                                       Predicate<ComplaintRequest> valid) {
        List<Variant> pairs = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            for (int j = i + 1; j < open.size(); j++) {
                OpenFact first = open.get(i);
                OpenFact second = open.get(j);
                if (!decisive.isEmpty() && !(decisive.contains(first) && decisive.contains(second))) {
                    continue;
                }
                for (String one : first.alternatives(request)) {
                    ComplaintRequest once = first.apply(request, one, decidedOn);
                    for (String other : second.alternatives(once)) {
                        Variant variant = new Variant(List.of(Alternative.Change.of(first, one), Alternative.Change.of(second, other)),
                                second.apply(once, other, decidedOn));
                        if (valid.test(variant.request())) {
                            pairs.add(variant);
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /** Each variant with its decision, in order, from one batch. */
    private static Map<Variant, EligibilityDecision> assess(List<Variant> variants,
                                                            Function<List<ComplaintRequest>, List<EligibilityDecision>> assessAll) {
        Map<Variant, EligibilityDecision> answers = new LinkedHashMap<>();
        if (variants.isEmpty()) {
            return answers;
        }
        List<EligibilityDecision> decisions = assessAll.apply(variants.stream().map(Variant::request).toList());
        for (int i = 0; i < variants.size(); i++) {
            answers.put(variants.get(i), decisions.get(i));
        }
        return answers;
    }

    /** The alternative a variant's decision gives: its outcome and route, and the reasons the decision does not give. */
    private static Alternative alternative(List<Alternative.Change> changes, EligibilityDecision answer, EligibilityDecision decision) {
        Set<String> given = new HashSet<>(decision.reasons().stream().map(Reason::ruleId).toList());
        return Alternative.of(changes, answer.outcome(), answer.alternativeRoute(),
                answer.reasons().stream().filter(reason -> !given.contains(reason.ruleId())).toList());
    }
}
