package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a user reads (the README, docs/, and the text of the main code: Javadoc, comments, strings,
 * the rules' descriptions and reasons) sends them to nothing they cannot find: not to the team's
 * working notes ({@code statute.md}, {@code ../shared}), not to the project's source documents by
 * number, not to the team's codes for readings and categories, and uses no abbreviation that the
 * glossary of {@code docs/LAW.md} does not explain.
 */
class UserTextTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern NOTES = Pattern.compile("statute\\.md|\\.\\./shared|legal-review\\.md");
    private static final Pattern SEED = Pattern.compile("(?i)\\bseeds? (?:0\\d\\d|and |documents?)|\\bseeds'|\\bthe seeds?\\b");
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\w-])[AE](?:[1-9]|1\\d|2[0-5])(?:[-\u2013 to]+[AE](?:[1-9]|1\\d|2[0-5]))?(?![\\w-])|§\\s?\\d");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+(?:[-.][A-Za-z0-9_]+)*");
    private static final Pattern CAPITALS = Pattern.compile("[A-Z]{2,}");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]+(?:-[A-Z0-9]+)+");
    /**
     * Capitals that are not abbreviations: a name in mixed case (a type, a product), the number of
     * a section of an Act (s23CZB), a date pattern's letters (EEE, MMM) or a Roman numeral, a
     * snapshot version.
     */
    private static final Pattern NOT_AN_ABBREVIATION = Pattern.compile(
            "(?:.*[a-z].*[a-z].*)|(?:s{0,2}\\d+[A-Z]{1,4}\\d*)|(?:([A-Z])\\1+)|(?:.*SNAPSHOT)");
    private static final Pattern JAVA_TEXT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:[^\"\\\\\\n]|\\\\.)*\"", Pattern.DOTALL);
    private static final Pattern JAVADOC_CODE = Pattern.compile("\\{@(?:code|link|linkplain|value) [^}]*}|<code>.*?</code>|<pre>.*?</pre>", Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile("```.*?```", Pattern.DOTALL);
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)|<a id=\"[^\"]*\"></a>|https?://\\S+");

    /** The files a user reads, and the text in each that is prose rather than code. */
    static List<Path> userFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        files.add(ROOT.resolve("CHANGELOG.md"));
        files.add(ROOT.resolve("benchmarks/RESULTS.md"));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".json")).forEach(files::add);
        }
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("csc-")
                    || p.getFileName().toString().equals("examples")).toList()) {
                Path main = module.resolve("src/main");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> sources = Files.walk(main)) {
                        sources.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".drl")).forEach(files::add);
                    }
                }
            }
        }
        return files;
    }

    /** All the text of a file a user may read: for code, its comments and strings, {@code {@code}} included. */
    static String text(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".java") || name.endsWith(".drl")) {
            StringBuilder prose = new StringBuilder();
            Matcher matcher = JAVA_TEXT.matcher(text);
            while (matcher.find()) {
                prose.append(matcher.group()).append('\n');
            }
            return prose.toString();
        }
        return text;
    }

    /** The prose of a file: its text less code ({@code {@code}}, code blocks and spans) and link targets. */
    static String prose(Path file) {
        String text = text(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".java") || name.endsWith(".drl")) {
            return JAVADOC_CODE.matcher(text).replaceAll(" ");
        }
        if (name.endsWith(".md")) {
            return LINK_TARGET.matcher(CODE_SPAN.matcher(FENCE.matcher(text).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        }
        return text;
    }

    /** The terms the glossary of docs/LAW.md explains: the first cell of each row of its table. */
    static Set<String> glossary() throws IOException {
        String law = Files.readString(ROOT.resolve("docs/LAW.md"), StandardCharsets.UTF_8);
        String section = law.substring(law.indexOf("<a id=\"glossary\"></a>"), law.indexOf("<a id=\"attribution\"></a>"));
        Set<String> terms = new TreeSet<>();
        section.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| term")).forEach(line -> {
            for (String term : line.substring(2, line.indexOf(" |", 2)).split(", ")) {
                terms.add(term.strip());
            }
        });
        return terms;
    }

    /** Names of the library's own API a reader may meet in capitals: the constants of its public enums. */
    static Set<String> apiConstants() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String module : List.of("csc-rules-core", "csc-calendar", "csc-rules-json")) {
            Path classes = ROOT.resolve(module).resolve("target/classes");
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String className = classes.relativize(file).toString().replace('/', '.').replace('\\', '.')
                            .replaceAll("\\.class$", "");
                    try {
                        Class<?> type = Class.forName(className, false, UserTextTest.class.getClassLoader());
                        if (type.isEnum() && Modifier.isPublic(type.getModifiers())) {
                            for (Object constant : type.getEnumConstants()) {
                                names.add(((Enum<?>) constant).name());
                            }
                        }
                    } catch (ClassNotFoundException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return names;
    }

    @Test
    void noTextSendsAUserToTheTeamsNotesOrCodes() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : userFiles()) {
            String prose = text(file);
            for (Pattern forbidden : List.of(NOTES, SEED, CODE)) {
                Matcher matcher = forbidden.matcher(prose);
                while (matcher.find()) {
                    found.add(ROOT.relativize(file) + ": \"" + matcher.group() + "\"");
                }
            }
        }
        assertThat(found).as("mentions of the team's notes, the source documents by number, or the team's codes").isEmpty();
    }

    @Test
    void everyAbbreviationIsInTheGlossary() throws IOException {
        Set<String> glossary = glossary();
        Set<String> constants = apiConstants();
        Set<String> prefixes = new TreeSet<>();
        RuleBase.allRules().forEach(rule -> prefixes.add(rule.getMetaData().get("ruleId").toString().split("-")[0]));
        Set<String> unexplained = new TreeSet<>();
        for (Path file : userFiles()) {
            Matcher word = WORD.matcher(prose(file));
            while (word.find()) {
                String token = word.group().replaceAll("^[.-]+|[.-]+$", "");
                if (CAPITALS.matcher(token).find() && !token.contains("_") && !RULE_ID.matcher(token).matches()
                        && !NOT_AN_ABBREVIATION.matcher(token).matches() && !constants.contains(token)
                        && !prefixes.contains(token) && !glossary.contains(token) && !glossary.contains(token.replaceAll("s$", ""))
                        && !token.matches(".*\\.(md|json|java|drl|txt)")) {
                    unexplained.add(token + " (" + ROOT.relativize(file) + ")");
                }
            }
        }
        assertThat(unexplained).as("runs of capitals the glossary of docs/LAW.md lacks").isEmpty();
    }

    @Test
    void theGlossaryExplainsEachTermOnce() throws IOException {
        assertThat(glossary()).contains("SI", "LGSCO", "DfES").allMatch(term -> CAPITALS.matcher(term).find());
    }
}
