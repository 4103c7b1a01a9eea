package org.cscrules.drl.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cscrules.core.decision.Effect;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.law.Basis;
import org.cscrules.core.law.Citation;
import org.cscrules.core.law.Cited;
import org.cscrules.core.law.LegalChange;
import org.cscrules.core.law.Verification;
import org.cscrules.core.process.Ruling;
import org.cscrules.core.process.TransitionOutcome;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;

/**
 * Every rule's id, citation and basis, read from its metadata once, when the rule base is built,
 * and checked then: a rule without them stops the library from starting rather than giving a
 * reason without a citation. The metadata stays the one place they are written; a firing rule's
 * reason is made from it without parsing anything again. Immutable and thread-safe.
 */
public final class RuleCitations {

    /** Metadata every rule carries: its stable id, listed in the rulebook. */
    public static final String RULE_ID = "ruleId";
    /**
     * Metadata every rule carries: the provisions it rests on, as a template naming their sections
     * of the legal reference in braces ({@link Citation#of}).
     */
    public static final String CITATION = "citation";
    /** Metadata every rule carries: how firmly the citation was checked ({@link Verification}). */
    public static final String VERIFICATION = "verification";
    /** Metadata every rule carries: statute, statutory guidance or local policy ({@link Basis}). */
    public static final String BASIS = "basis";
    /** Metadata every rule carries: the proposition, in plain English. */
    public static final String DESCRIPTION = "description";
    /** Optional: the {@link LegalChange} from whose day on a rule applies. */
    public static final String IN_FORCE_FROM = "inForceFrom";
    /** Optional: the {@link LegalChange} before whose day a rule applies, and from which it no longer does. */
    public static final String IN_FORCE_UNTIL = "inForceUntil";
    private static final List<String> REQUIRED = List.of(RULE_ID, CITATION, VERIFICATION, BASIS, DESCRIPTION);

    private record Source(String ruleId, Citation citation, Basis basis) {
    }

    /** A rule, by name, with the provision its reason also cites. */
    private record Joined(String ruleName, Cited also) {
    }

    /** When a rule applies, by the day the complaint was received; a null bound is open. */
    private record InForce(LegalChange from, LegalChange until) {
        boolean appliesTo(LocalDate received) {
            return (from == null || from.appliesTo(received)) && (until == null || !until.appliesTo(received));
        }
    }

    /** By rule name, unique within the rules' one package. */
    private final Map<String, Source> byName;
    /** The rules with an effective date, by rule name. */
    private final Map<String, InForce> inForce;
    /** Citations joined with another provision, made on first use: bounded by rules times provisions. */
    private final Map<Joined, Source> joinedSources = new java.util.concurrent.ConcurrentHashMap<>();

    private RuleCitations(Map<String, Source> byName, Map<String, InForce> inForce) {
        this.byName = Map.copyOf(byName);
        this.inForce = Map.copyOf(inForce);
    }

    /**
     * Reads and checks the metadata of {@code rules}.
     *
     * @throws IllegalStateException naming the rule and the key, if a rule lacks one or has a
     *     verification or basis that is not one of the library's values
     */
    public static RuleCitations of(Collection<Rule> rules) {
        Map<String, Source> byName = new HashMap<>();
        Map<String, InForce> inForce = new HashMap<>();
        for (Rule rule : rules) {
            for (String key : REQUIRED) {
                metadata(rule, key);
            }
            try {
                byName.put(rule.getName(), new Source(metadata(rule, RULE_ID),
                        Citation.of(Verification.valueOf(metadata(rule, VERIFICATION)), metadata(rule, CITATION)),
                        Basis.valueOf(metadata(rule, BASIS))));
                LegalChange from = change(rule, IN_FORCE_FROM);
                LegalChange until = change(rule, IN_FORCE_UNTIL);
                if (from != null || until != null) {
                    inForce.put(rule.getName(), new InForce(from, until));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Rule '" + rule.getName() + "' has invalid metadata: " + e.getMessage(), e);
            }
        }
        return new RuleCitations(byName, inForce);
    }

    /** The legal change a rule names under {@code key}, or null when it names none. */
    private static LegalChange change(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : LegalChange.valueOf(value.toString());
    }

    /**
     * Whether a match may fire: a rule with an effective date fires only for a complaint received
     * while it was in force. Drools' own {@code date-effective} compares with the engine's clock, not
     * with the day a representation was made, so the library checks the day itself.
     *
     * @throws IllegalStateException if a rule with an effective date matched neither a {@link
     *     Complaint} nor a {@link Move}, whose day of receipt it is compared with
     */
    public boolean inForce(Match match) {
        InForce window = inForce.get(match.getRule().getName());
        if (window == null) {
            return true;
        }
        for (Object fact : match.getObjects()) {
            if (fact instanceof Complaint complaint) {
                return window.appliesTo(complaint.getRequest().dates().received());
            }
            if (fact instanceof Move move) {
                return window.appliesTo(move.getReceived());
            }
        }
        throw new IllegalStateException("Rule '" + match.getRule().getName() + "' has an effective date but matched "
                + "no complaint to compare it with");
    }

    /** The reason {@code rule} gives, with its own id, citation and basis. */
    Reason reason(Rule rule, Effect effect, String text) {
        Source source = source(rule);
        return new Reason(source.ruleId(), effect, text, source.citation(), source.basis());
    }

    /**
     * The reason {@code rule} gives when its answer also rests on {@code also}: a category of who
     * may complain together with the provision that brings the function complained about into the
     * procedure. The citation is the rule's and {@code also}'s joined, the weaker basis of the two
     * (a function brought in by guidance or a council's reading makes the reason rest on that);
     * made once per rule and provision, then reused.
     */
    Reason reason(Rule rule, Effect effect, String text, Cited also) {
        Source source = source(rule);
        Source joined = joinedSources.computeIfAbsent(new Joined(rule.getName(), also), key -> new Source(source.ruleId(),
                source.citation().and(also.provision().citation()), weaker(source.basis(), also.provision().basis())));
        return new Reason(joined.ruleId(), effect, text, joined.citation(), joined.basis());
    }

    /** The less firm of two bases: statute, then statutory guidance, then a council's choice or practice. */
    private static Basis weaker(Basis one, Basis other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    /** The ruling {@code rule} gives on an event, with its own id, citation and basis. */
    Ruling ruling(Rule rule, TransitionOutcome effect, String text) {
        Source source = source(rule);
        return new Ruling(source.ruleId(), effect, text, source.citation(), source.basis());
    }

    private Source source(Rule rule) {
        Source source = byName.get(rule.getName());
        if (source == null) {
            throw new IllegalStateException("Rule '" + rule.getName() + "' is not in the rule base it fired from");
        }
        return source;
    }

    private static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("Rule '" + rule.getName() + "' has no @" + key);
        }
        return value.toString();
    }
}
