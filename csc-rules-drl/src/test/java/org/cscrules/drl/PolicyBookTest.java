package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cscrules.core.law.Citation;
import org.cscrules.core.law.LawSection;
import org.cscrules.core.law.Provision;
import org.cscrules.core.law.Verification;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/**
 * docs/POLICY.md, the council's view of its settings, generated from their one declaration
 * ({@link PolicySetting}) and from the rules that cite each one, so it cannot drift; and every
 * setting a rule cites exists.
 */
class PolicyBookTest {

    /** The sections of settings a rule's citation names, e.g. {@code setting-child-consent}. */
    private static Set<String> settingsCited(Rule rule) {
        return Citation.of(Verification.UNVERIFIED, rule.getMetaData().get("citation").toString()).sections().stream()
                .filter(id -> id.startsWith("setting-")).collect(Collectors.toCollection(TreeSet::new));
    }

    static String markdown(List<Rule> rules) {
        StringBuilder out = new StringBuilder()
                .append("# A council's settings\n\n")
                .append("Generated from `PolicySetting`, where each setting of `LocalPolicy` is declared once, and from the\n")
                .append("rules that cite it (`docs/RULES.md`); `PolicyBookTest` fails when this file is stale. Where the law is\n")
                .append("silent, unclear or read differently, a council chooses; every reason and deadline that rests on a\n")
                .append("setting cites it (`LocalPolicy.<setting>`). Each setting's section of the library's legal reference\n")
                .append("([`LAW.md`](LAW.md#settings)) says what question the law leaves open, what councils do, and why the\n")
                .append("default is what it is. The library's reading of the provisions, not legal advice.\n\n")
                .append("Give a policy in Java with `LocalPolicy.builder()` and its typed setters, or as JSON, an object of the\n")
                .append("settings the council changes, e.g. `{\"acknowledgementWorkingDays\": 5, \"closureDays\": [\"2026-12-29\"]}`\n")
                .append("(`csc-rules --policy FILE`, `CscRulesJson.read(json, LocalPolicy.class)`, schema\n")
                .append("[`schema/local-policy.schema.json`](schema/local-policy.schema.json)); a setting left out keeps its\n")
                .append("default. A setting that is not valid is reported with every other, one violation each, its path the\n")
                .append("setting's name. One setting depends on another: `childConsentAge` is given exactly when `childConsent`\n")
                .append("is `REQUIRED_FROM_AGE`.\n\n")
                .append("Every setting changes some answer (`LiveSettingsTest` holds each to it over a shared corpus of\n")
                .append("complaints and journeys); one the library could not use is retired (below), not kept.\n\n")
                .append(PolicySetting.values().length).append(" settings.\n\n")
                .append("| setting | default | allowed | what it decides | why | rests on | rules that cite it |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (PolicySetting setting : PolicySetting.values()) {
            Provision provision = setting.provision();
            String citedBy = rules.stream().filter(rule -> settingsCited(rule).contains(setting.lawSectionId()))
                    .map(rule -> rule.getMetaData().get("ruleId").toString()).sorted().collect(Collectors.joining(", "));
            out.append("| `").append(setting.settingName()).append("` | ")
                    .append(setting.defaultValue().map(PolicyBookTest::show).orElse("none")).append(" | ")
                    .append(setting.expected()).append(" | ").append(setting.description())
                    .append(" | [LAW.md](LAW.md#").append(setting.lawSectionId()).append(")")
                    .append(" | ").append(provision.citation().reference()).append(" (").append(provision.basis()).append(", ")
                    .append(provision.citation().verification()).append(") | ")
                    .append(!citedBy.isEmpty() ? citedBy : "none: it sets, moves or marks deadlines")
                    .append(" |\n");
        }
        out.append("\n## Retired settings\n\n")
                .append("A setting whose law the library now applies itself is retired: a policy file or decision record\n")
                .append("that names it still reads, and its value changes nothing.\n\n")
                .append("| setting | why it went |\n|---|---|\n");
        new java.util.TreeMap<>(PolicySetting.retiredSettings()).forEach((name, why) -> out.append("| `").append(name)
                .append("` | ").append(why).append(" ([LAW.md](LAW.md#").append(retiredSectionId(name)).append(")) |\n"));
        return out.toString();
    }

    /** A retired setting's section of the legal reference, named as a setting's is. */
    private static String retiredSectionId(String name) {
        return "setting-" + name.replaceAll("([a-z])(?=[A-Z0-9])", "$1-").toLowerCase(java.util.Locale.ROOT);
    }

    private static String show(Object value) {
        return value instanceof List<?> list && list.isEmpty() ? "none" : String.valueOf(value);
    }

    @Test
    void theCommittedPolicyBookIsCurrent() throws IOException {
        String generated = markdown(RuleBase.allRules());
        CommittedFiles.assertCurrent("POLICY.md", generated);
        assertThat(generated).contains("| `stage1ExtensionCondition` | RECORDED_REASON_AND_NOTICE |")
                .contains("[LAW.md](LAW.md#setting-stage-1-extension-condition)");
    }

    /**
     * A rule that rests on a setting names one that exists, and every section of the legal reference
     * about a setting is a setting's: a misspelt name would cite nothing a council can set.
     */
    @Test
    void everySettingARuleCitesExistsAndEverySettingHasItsSection() {
        Set<String> sections = Arrays.stream(PolicySetting.values()).map(PolicySetting::lawSectionId)
                .collect(Collectors.toSet());
        for (Rule rule : RuleBase.allRules()) {
            assertThat(sections).as("the settings %s cites", rule.getMetaData().get("ruleId")).containsAll(settingsCited(rule));
        }
        Set<String> retired = PolicySetting.retiredSettings().keySet().stream().map(PolicyBookTest::retiredSectionId)
                .collect(Collectors.toSet());
        assertThat(LawSection.all()).filteredOn(section -> section.kind() == LawSection.Kind.SETTING)
                .extracting(LawSection::id).containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(sections.stream(), retired.stream()).toList());
        for (PolicySetting setting : PolicySetting.values()) {
            assertThat(LawSection.find(setting.lawSectionId()).orElseThrow().citedAs())
                    .isEqualTo("LocalPolicy." + setting.settingName());
        }
        assertThat(LocalPolicy.statutoryDefaults().settings().keySet())
                .isSubsetOf(Arrays.stream(PolicySetting.values()).map(PolicySetting::settingName).toList());
    }

    /**
     * A reason that rests on a council's setting cites the provision the setting reads as well as
     * the setting: the rule's citation, and the setting's own.
     */
    @Test
    void everyCitationOfASettingAlsoCitesTheProvisionItReads() {
        Set<LawSection.Kind> sources = java.util.EnumSet.of(LawSection.Kind.LEGISLATION, LawSection.Kind.GUIDANCE,
                LawSection.Kind.OMBUDSMAN);
        for (Rule rule : RuleBase.allRules()) {
            org.cscrules.core.law.Citation citation = org.cscrules.core.law.Citation.of(org.cscrules.core.law.Verification.UNVERIFIED,
                    rule.getMetaData().get("citation").toString());
            if (citation.lawSections().stream().anyMatch(section -> section.kind() == LawSection.Kind.SETTING)) {
                assertThat(citation.lawSections()).as("the provisions %s cites", rule.getMetaData().get("ruleId"))
                        .anyMatch(section -> sources.contains(section.kind()));
            }
        }
        for (PolicySetting setting : PolicySetting.values()) {
            assertThat(setting.provision().citation().lawSections()).as("the provisions %s cites", setting.settingName())
                    .anyMatch(section -> sources.contains(section.kind()));
        }
    }
}
