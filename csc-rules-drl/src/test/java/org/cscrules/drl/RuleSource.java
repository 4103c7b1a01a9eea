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
