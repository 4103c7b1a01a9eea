package org.cscrules.core.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code docs/LAW.md}, which the build copies into the jar, into its sections, and checks
 * that each gives every field its chapter requires. One reading serves the whole JVM.
 *
 * <p>The form: a chapter is an anchor line {@code <a id="legislation"></a>} and a {@code ##}
 * heading; a section is an anchor line with its id and a {@code ###} heading; a field is a line
 * {@code - **Cited as:** ...}, continued on lines indented by two spaces.
 */
final class LawText {

    static final String RESOURCE = "LAW.md";
    static final String CITED_AS = "Cited as";
    static final String ADDRESS = "Address";
    static final String VERIFICATION = "Verification";
    static final String SEEN = "Seen";
    static final String WORDS = "Words relied on";
    static final String RETRIEVED = "Retrieved";
    static final String TAKES = "The library takes";
    static final String QUESTION = "Question";
    static final String PRACTICE = "Practice";
    static final String DEFAULT = "Default";
    static final String RULE = "Rule";
    static final String WHY = "Why";

    /** The chapters whose sections may be cited, by the chapter's anchor. */
    static final Map<String, LawSection.Kind> CHAPTERS = Map.of(
            "legislation", LawSection.Kind.LEGISLATION,
            "guidance", LawSection.Kind.GUIDANCE,
            "ombudsman", LawSection.Kind.OMBUDSMAN,
            "settings", LawSection.Kind.SETTING,
            "procedure", LawSection.Kind.PROCEDURE);

    private static final List<String> SOURCE_FIELDS = List.of(CITED_AS, ADDRESS, VERIFICATION, SEEN, WORDS, RETRIEVED, TAKES);

    /** The fields each kind of section must give, in the order they are written. */
    static final Map<LawSection.Kind, List<String>> REQUIRED = Map.of(
            LawSection.Kind.LEGISLATION, SOURCE_FIELDS,
            LawSection.Kind.GUIDANCE, SOURCE_FIELDS,
            LawSection.Kind.OMBUDSMAN, SOURCE_FIELDS,
            LawSection.Kind.SETTING, List.of(CITED_AS, QUESTION, PRACTICE, DEFAULT),
            LawSection.Kind.PROCEDURE, List.of(CITED_AS, RULE, WHY));

    private static final Pattern ANCHOR = Pattern.compile("^<a id=\"([^\"]*)\"></a>\\s*$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) (.+)$");
    private static final Pattern FIELD = Pattern.compile("^- \\*\\*([^*]+):\\*\\* ?(.*)$");
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern VERIFICATION_VALUE = Pattern.compile("^(?:VERIFIED|SECONDARY|UNVERIFIED)\\b.*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\b(?:tbd|tbc|todo)\\b|^(?:n/?a|none|-+|\u2014|\\?+|\\.{3}|\u2026)\\.?$",
            Pattern.CASE_INSENSITIVE);
    /** A provision's own page on legislation.gov.uk: a section, regulation, schedule paragraph or part, not the whole Act. */
    private static final Pattern PROVISION_ADDRESS = Pattern.compile(
            "https://www\\.legislation\\.gov\\.uk/(?:ukpga|uksi)/\\d{4}/\\d+/(?:section|regulation|schedule|part)/\\S+");

    /** The reference in the jar, read when first needed. */
    static final LawText INSTANCE = fromJar();

    private final List<LawSection> sections;
    private final Map<String, LawSection> byId;

    private LawText(List<LawSection> sections) {
        this.sections = List.copyOf(sections);
        this.byId = sections.stream().collect(Collectors.toUnmodifiableMap(LawSection::id, Function.identity()));
    }

    List<LawSection> sections() {
        return sections;
    }

    Map<String, LawSection> byId() {
        return byId;
    }

    private static LawText fromJar() {
        try (InputStream in = LawText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The library's legal reference " + RESOURCE + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the library's legal reference " + RESOURCE, e);
        }
    }

    /**
     * Reads a legal reference.
     *
     * @throws IllegalStateException listing every problem: a section outside a citable chapter, a
     *     repeated or malformed id, a field missing, empty, a placeholder or of the wrong form
     */
    static LawText parse(String markdown) {
        List<String> problems = new ArrayList<>();
        List<LawSection> sections = new ArrayList<>();
        String[] lines = markdown.split("\r?\n", -1);
        LawSection.Kind chapter = null;
        int i = 0;
        while (i < lines.length) {
            Matcher anchor = ANCHOR.matcher(lines[i]);
            Matcher heading = i + 1 < lines.length ? HEADING.matcher(lines[i + 1]) : null;
            if (anchor.matches() && heading != null && heading.matches()) {
                String id = anchor.group(1);
                int level = heading.group(1).length();
                if (level == 2) {
                    chapter = CHAPTERS.get(id);
                    i += 2;
                    continue;
                }
                if (level == 3) {
                    int end = i + 2;
                    while (end < lines.length && !startsSection(lines, end)) {
                        end++;
                    }
                    String title = heading.group(2).strip();
                    if (chapter == null) {
                        problems.add(id + ": a section with an id must be in a chapter of legislation, guidance, "
                                + "the Ombudsman, settings or the library's procedure");
                    } else if (!LawSection.isWellFormedId(id)) {
                        problems.add(id + ": an id must match " + LawSection.ID_FORM);
                    } else {
                        Map<String, String> fields = fields(id, lines, i + 2, end, problems);
                        check(id, chapter, fields, problems);
                        String text = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, end)).strip();
                        sections.add(new LawSection(id, chapter, title, fields, text));
                    }
                    i = end;
                    continue;
                }
            }
            if (HEADING.matcher(lines[i]).matches() && lines[i].startsWith("## ")) {
                chapter = null;
            }
            i++;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (LawSection section : sections) {
            if (!seen.add(section.id())) {
                problems.add(section.id() + ": the id is used by two sections");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The legal reference has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
        return new LawText(sections);
    }

    /** Whether a section or chapter, or a heading of its level or above, starts at {@code line}. */
    private static boolean startsSection(String[] lines, int line) {
        if (ANCHOR.matcher(lines[line]).matches()) {
            return true;
        }
        Matcher heading = HEADING.matcher(lines[line]);
        return heading.matches() && heading.group(1).length() <= 3;
    }

    private static Map<String, String> fields(String id, String[] lines, int from, int to, List<String> problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (int line = from; line <= to; line++) {
            Matcher field = line < to ? FIELD.matcher(lines[line]) : null;
            boolean continues = line < to && name != null && field != null && !field.matches()
                    && lines[line].startsWith("  ") && !lines[line].isBlank();
            if (continues) {
                value.append(' ').append(lines[line].strip());
                continue;
            }
            if (name != null && fields.putIfAbsent(name, value.toString().strip()) != null) {
                problems.add(id + ": the field \"" + name + "\" is given twice");
            }
            name = null;
            if (field != null && field.matches()) {
                name = field.group(1).strip();
                value = new StringBuilder(field.group(2));
            }
        }
        return fields;
    }

    private static void check(String id, LawSection.Kind kind, Map<String, String> fields, List<String> problems) {
        List<String> required = REQUIRED.get(kind);
        for (String name : fields.keySet()) {
            if (!required.contains(name)) {
                problems.add(id + ": \"" + name + "\" is not a field of a " + kind + " section; its fields are " + required);
            }
        }
        for (String name : required) {
            String value = fields.get(name);
            if (value == null || value.isBlank()) {
                problems.add(id + ": the field \"" + name + "\" is missing or empty");
            } else if (PLACEHOLDER.matcher(value).find()) {
                problems.add(id + ": the field \"" + name + "\" is a placeholder");
            }
        }
        String verification = fields.get(VERIFICATION);
        if (verification != null && !VERIFICATION_VALUE.matcher(verification).matches()) {
            problems.add(id + ": the verification must start with VERIFIED, SECONDARY or UNVERIFIED");
        }
        String address = fields.get(ADDRESS);
        if (address != null && !address.isBlank()) {
            if (kind == LawSection.Kind.LEGISLATION ? !PROVISION_ADDRESS.matcher(address).matches()
                    : !address.startsWith("https://") || address.contains(" ")) {
                problems.add(id + ": the address must be one address, for legislation the provision's own page on "
                        + "https://www.legislation.gov.uk/ (a section, regulation, schedule paragraph or part)");
            }
        }
        String retrieved = fields.get(RETRIEVED);
        if (retrieved != null && !retrieved.isBlank() && !DATE.matcher(retrieved).find()) {
            problems.add(id + ": \"" + RETRIEVED + "\" must give the date (YYYY-MM-DD)");
        }
    }
}
