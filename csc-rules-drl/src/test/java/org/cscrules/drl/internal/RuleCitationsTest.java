package org.cscrules.drl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ComplaintState;
import org.cscrules.core.process.DeadlineBasis;
import org.cscrules.core.process.EventType;
import org.cscrules.core.process.ProcessEvent;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Effective dates read from the rules' metadata: a rule in force before or from a legal change fires
 * by the day the complaint was received, for an eligibility complaint and a stage move alike; a bad
 * name stops the library from starting. No rule carries an effective date at present (the one
 * dated change in the care-leaver ages was found not to be one), so this is where the mechanism is
 * proven, with the Regulations' own commencement.
 */
class RuleCitationsTest {

    private static final LocalDate BEFORE = LocalDate.of(2006, 8, 31);
    private static final LocalDate FROM = LocalDate.of(2006, 9, 1);

    @Test
    void aStageRuleWithAnEffectiveDateFiresByTheDayTheComplaintWasReceived() {
        RuleCitations citations = RuleCitations.of(List.of(rule("until", RuleCitations.IN_FORCE_UNTIL, "REGULATIONS_IN_FORCE"),
                rule("from", RuleCitations.IN_FORCE_FROM, "REGULATIONS_IN_FORCE"), rule("always", null, null)));
        for (LocalDate received : List.of(BEFORE, FROM)) {
            Move move = move(received, citations);
            boolean before = received.equals(BEFORE);
            assertThat(citations.inForce(match("until", move))).as("until, received %s", received).isEqualTo(before);
            assertThat(citations.inForce(match("from", move))).as("from, received %s", received).isEqualTo(!before);
            assertThat(citations.inForce(match("always", move))).isTrue();
        }
        assertThatThrownBy(() -> citations.inForce(match("from", "no complaint"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'from' has an effective date but matched no complaint");
    }

    @Test
    void aLegalChangeThatDoesNotExistStopsTheLibraryFromStarting() {
        assertThatThrownBy(() -> RuleCitations.of(List.of(rule("typo", RuleCitations.IN_FORCE_FROM, "REGULATIONS_IN_FORCE_TYPO"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Rule 'typo' has invalid metadata");
    }

    /** A rule whose citation names no section of the legal reference, or one it lacks, cannot start the library. */
    @Test
    void aCitationThatDoesNotResolveStopsTheLibraryFromStarting() {
        Rule unresolved = rule("unresolved", null, null);
        unresolved.getMetaData().put(RuleCitations.CITATION, "SI 2006/1738 reg. 1");
        assertThatThrownBy(() -> RuleCitations.of(List.of(unresolved))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Rule 'unresolved' has invalid metadata").hasMessageContaining("at least one section");
        unresolved.getMetaData().put(RuleCitations.CITATION, "{si2006-reg99}");
        assertThatThrownBy(() -> RuleCitations.of(List.of(unresolved))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lacks: si2006-reg99");
    }

    private static Move move(LocalDate received, RuleCitations citations) {
        ComplaintState state = ComplaintState.receivedOn(received, received, DeadlineBasis.of(LocalPolicy.statutoryDefaults(), received));
        return new Move(state, ProcessEvent.of(EventType.WITHDRAWN, received),
                new Move.Facts(false, false, false, false, false, 0, 0, false), citations);
    }

    private static Rule rule(String name, String key, String change) {
        Map<String, Object> metadata = new HashMap<>(Map.of(RuleCitations.RULE_ID, "TEST-" + name, RuleCitations.CITATION, "{si2006-reg1}",
                RuleCitations.VERIFICATION, "VERIFIED", RuleCitations.BASIS, "STATUTE", RuleCitations.DESCRIPTION, "A test rule."));
        if (key != null) {
            metadata.put(key, change);
        }
        return new Rule() {
            @Override
            public String getPackageName() {
                return "test";
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public Map<String, Object> getMetaData() {
                return metadata;
            }

            @Override
            public KnowledgeType getKnowledgeType() {
                return KnowledgeType.RULE;
            }

            @Override
            public String getNamespace() {
                return "test";
            }

            @Override
            public String getId() {
                return name;
            }

            @Override
            public int getLoadOrder() {
                return 0;
            }
        };
    }

    private static Match match(String ruleName, Object fact) {
        Rule rule = rule(ruleName, null, null);
        return new Match() {
            @Override
            public Rule getRule() {
                return rule;
            }

            @Override
            public List<? extends FactHandle> getFactHandles() {
                return List.of();
            }

            @Override
            public List<Object> getObjects() {
                return List.of(fact);
            }

            @Override
            public List<String> getDeclarationIds() {
                return List.of();
            }

            @Override
            public Object getDeclarationValue(String declarationId) {
                return null;
            }

            @Override
            public int getSalience() {
                return 0;
            }
        };
    }
}
