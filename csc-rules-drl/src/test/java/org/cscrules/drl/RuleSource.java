package org.cscrules.drl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The rules as written, in their DRL source: each rule's text by its id, read without the engine's internals. */
final class RuleSource {

    private static final Path SOURCES = Path.of("src", "main", "resources", "org", "cscrules", "drl", "internal");
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \".*?^end\\b");
    private static final Pattern RULE_ID = Pattern.compile("@ruleId\\(\"([^\"]+)\"\\)");

    private RuleSource() {
    }

    /**
     * Asserts that no rule in {@code directory} has a salience, that every rule of {@code rulebook} is
     * in the source, and that only the rule {@code closedWorld} is in a group: the closed-world group,
     * which fires once every other rule has.
     *
     * @param directory "rules" or "process"
     * @param rulebook the ids of the rules the engine holds
     * @param closedWorld the id of the one rule that concludes from what no other found
     */
    static void assertOnlyTheClosedWorldRuleIsGrouped(String directory, java.util.Collection<String> rulebook, String closedWorld) {
        Map<String, String> rules = byRuleId(directory);
        org.assertj.core.api.Assertions.assertThat(rules.keySet()).as("every rule of the rulebook is in the source").containsAll(rulebook);
        rules.forEach((id, text) -> {
            org.assertj.core.api.Assertions.assertThat(text).as("salience of %s", id).doesNotContain("salience");
            org.assertj.core.api.Assertions.assertThat(text.contains("ruleflow-group \"" + SessionPool.CLOSED_WORLD + "\"")
                    || text.contains("agenda-group")).as("group of %s", id).isEqualTo(id.equals(closedWorld));
        });
    }

    /**
     * Every rule's text, from {@code rule "..."} to its {@code end}, by rule id, of the rules in {@code directory}.
     *
     * @param directory "rules" (eligibility) or "process" (the stages)
     */
    static Map<String, String> byRuleId(String directory) {
        Map<String, String> rules = new TreeMap<>();
        try (Stream<Path> files = Files.list(SOURCES.resolve(directory))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                Matcher rule = RULE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (rule.find()) {
                    Matcher id = RULE_ID.matcher(rule.group());
                    if (id.find()) {
                        rules.put(id.group(1), rule.group());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }
}
