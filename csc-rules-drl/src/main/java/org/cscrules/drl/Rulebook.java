package org.cscrules.drl;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cscrules.core.law.Basis;
import org.cscrules.core.law.LawSection;
import org.cscrules.core.law.LegalChange;
import org.cscrules.core.law.Verification;
import org.cscrules.drl.internal.RuleCitations;
import org.kie.api.definition.rule.Rule;

/**
 * The lawyer-readable view of the rules, {@code docs/RULES.md}: every rule's id, name, citation,
 * verification, basis and description, grouped by topic, generated from the rules' own metadata so
 * it cannot drift (a test fails when the committed file is stale).
 */
final class Rulebook {

    /** Topics by rule-id prefix, in reading order. */
    private static final Map<String, String> TOPICS = new LinkedHashMap<>();
    /** A section named in a citation's template: {@code {si2006-reg14}}. */
    private static final Pattern SECTION = Pattern.compile("\\{([^{}]*)}");

    static {
        TOPICS.put("WHO", "Who may complain, and about which functions");
        TOPICS.put("REP", "Representatives, the child's views, and sufficient interest");
        TOPICS.put("SCOPE", "What may be complained about, and the routes outside the procedure");
        TOPICS.put("TIME", "The time limit (reg. 9)");
        TOPICS.put("PROC", "Concurrent proceedings (reg. 8)");
        TOPICS.put("ACT", "What the council must do now");
        TOPICS.put("STAGE", "Stage transitions: from receipt to the Ombudsman (regs. 14 to 20)");
    }

    private Rulebook() {
    }

    static String markdown(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        out.append("# The csc-rules rulebook\n\n")
                .append("Generated from the DRL rules' metadata (`csc-rules-drl/src/main/resources/org/cscrules/drl/internal/rules/` and `.../process/`);\n")
                .append("`RulebookTest` fails when this file is stale. The library's reading of the provisions, not legal advice;\n")
                .append("no lawyer has signed it off.\n\n")
                .append(rules.size()).append(" rules. Rulebook version `").append(RuleBase.version())
                .append("`: the `rulebookVersion` in the provenance of every decision these rules give.\n");
        counts(rules, out);
        out.append("\nHow a decision is made: every rule that applies adds a finding with its effect. The outcome is the\n")
                .append("strongest effect found, whatever the order the rules fired in: NOT_ELIGIBLE beats DISCRETION_REQUIRED,\n")
                .append("which beats ELIGIBLE; a NEUTRAL finding is a note (an action the council takes, a condition met) and\n")
                .append("decides nothing. A complaint that is not eligible names its alternative route (the most specific of\n")
                .append("those proposed, in `AlternativeRoute` order); the council must refer the complainant to it and tell them\n")
                .append("about the Local Government and Social Care Ombudsman. Its reasons are the findings that make it not\n")
                .append("eligible, the notes, and any decision the council would have had to take: the findings that would have\n")
                .append("made it eligible are superseded and left out, as are the actions that only matter if the complaint goes\n")
                .append("on (decide sufficient interest, a late complaint, concurrent proceedings or a representative's\n")
                .append("suitability; confirm the child's views).\n\n")
                .append("Every citation links to its section of the library's legal reference, [`LAW.md`](LAW.md), which says\n")
                .append("where the provision's text was seen and what the library takes from it. Verification: VERIFIED where\n")
                .append("the primary text was seen (not a lawyer's review), SECONDARY from a reputable source that names the\n")
                .append("provision, UNVERIFIED a reading the library could not check; a rule is never surer than the weakest\n")
                .append("source it cites. Basis: STATUTE (an Act or regulations), STATUTORY_GUIDANCE (guidance a council must\n")
                .append("follow unless it has good reason not to), LOCAL_POLICY (a `LocalPolicy` setting, listed in\n")
                .append("`docs/POLICY.md`, or councils' practice where the law is silent: a council can see, and where there is\n")
                .append("a setting change, its reading) or LIBRARY_PROCEDURE (the library's own bookkeeping). A few rules\n")
                .append("give no reason: they read the statute or the council's policy into a fact other rules match (the scope\n")
                .append("a function falls in, a child recorded as looked after or in need, whether reg. 12 applies, whether the\n")
                .append("child's consent is required or only the child's views recorded, where stage 1 runs from, what the time\n")
                .append("limit runs from), so that no reading is made outside the rulebook. The rules that conclude from what no other\n")
                .append("rule found (WHO-NO-STANDING, STAGE-NOT-IN-THIS-STAGE) are in the agenda group `closed-world`, which\n")
                .append("fires once every other rule has.\n\n")
                .append("How an event in a complaint's journey is ruled on: the same way. REFUSED beats DISCRETION_REQUIRED,\n")
                .append("which beats ALLOWED; an event needs a rule that allows it in the complaint's stage; a refused event\n")
                .append("leaves the state as it was; a late request for the next stage is DISCRETION_REQUIRED, never refused.\n\n")
                .append("A rule that depends on a later change in the law says when it is in force; it is compared with the day\n")
                .append("the council received the complaint (`LegalChange`).\n");
        for (Map.Entry<String, String> topic : TOPICS.entrySet()) {
            out.append("\n## ").append(topic.getValue()).append("\n\n")
                    .append("| id | rule | citation | verification | basis | what it says |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (Rule rule : rules) {
                String id = meta(rule, RuleCitations.RULE_ID);
                if (id.startsWith(topic.getKey() + "-")) {
                    out.append("| ").append(id).append(" | ").append(rule.getName()).append(" | ")
                            .append(linked(meta(rule, RuleCitations.CITATION))).append(" | ").append(meta(rule, RuleCitations.VERIFICATION)).append(" | ")
                            .append(meta(rule, RuleCitations.BASIS)).append(" | ").append(meta(rule, RuleCitations.DESCRIPTION))
                            .append(inForce(rule)).append(" |\n");
                }
            }
        }
        return out.toString();
    }

    /** The rules counted by verification (rows) and basis (columns), so that a reader sees at once how much rests on what. */
    private static void counts(List<Rule> rules, StringBuilder out) {
        Map<Verification, Map<Basis, Integer>> table = new EnumMap<>(Verification.class);
        for (Rule rule : rules) {
            table.computeIfAbsent(Verification.valueOf(meta(rule, RuleCitations.VERIFICATION)), v -> new EnumMap<>(Basis.class))
                    .merge(Basis.valueOf(meta(rule, RuleCitations.BASIS)), 1, Integer::sum);
        }
        out.append("\nRules by verification and basis:\n\n| verification |");
        for (Basis basis : Basis.values()) {
            out.append(' ').append(basis).append(" |");
        }
        out.append(" all |\n|---|").append("---:|".repeat(Basis.values().length + 1)).append('\n');
        for (Verification verification : Verification.values()) {
            Map<Basis, Integer> row = table.getOrDefault(verification, Map.of());
            out.append("| ").append(verification).append(" |");
            for (Basis basis : Basis.values()) {
                out.append(' ').append(row.getOrDefault(basis, 0)).append(" |");
            }
            out.append(' ').append(row.values().stream().mapToInt(Integer::intValue).sum()).append(" |\n");
        }
    }

    /** A citation's template with each section named as it is cited and linked to its place in LAW.md. */
    static String linked(String template) {
        Matcher section = SECTION.matcher(template);
        StringBuilder out = new StringBuilder();
        while (section.find()) {
            String id = section.group(1);
            String citedAs = LawSection.find(id).orElseThrow(() -> new IllegalStateException("No section " + id)).citedAs();
            section.appendReplacement(out, Matcher.quoteReplacement("[" + citedAs + "](LAW.md#" + id + ")"));
        }
        section.appendTail(out);
        return out.toString();
    }

    /** " In force for complaints received from / before ..." for a rule with an effective date; empty otherwise. */
    private static String inForce(Rule rule) {
        StringBuilder text = new StringBuilder();
        Object from = rule.getMetaData().get(RuleCitations.IN_FORCE_FROM);
        Object until = rule.getMetaData().get(RuleCitations.IN_FORCE_UNTIL);
        if (from != null) {
            text.append(" In force for complaints received from ").append(LegalChange.valueOf(from.toString()).inForceFrom())
                    .append(" (").append(from).append(").");
        }
        if (until != null) {
            text.append(" In force for complaints received before ").append(LegalChange.valueOf(until.toString()).inForceFrom())
                    .append(" (").append(until).append(").");
        }
        return text.toString();
    }

    private static String meta(Rule rule, String key) {
        return rule.getMetaData().get(key).toString().replace("|", "\\|");
    }
}
