package org.cscrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the README and of the Markdown pages beside it (docs/, the changelog, the
 * benchmark results) leads somewhere: the file or directory it names exists, and an anchor it names
 * is a heading of the page or an {@code <a id>} in it. Links inside code are not links, and links to
 * other sites are not checked (the build runs offline).
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("^```.*?^```", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    /** An inline link or image: its target, up to a space (a title) or the closing parenthesis. */
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]\\n]*\\]\\(<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$", Pattern.MULTILINE);
    private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    /** The pages a reader follows links through. */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGELOG.md"),
                ROOT.resolve("benchmarks/RESULTS.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** A Markdown file's text without its code: fenced blocks and code spans. */
    static String withoutCode(String markdown) {
        return CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll(" ")).replaceAll(" ");
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces made hyphens. */
    static String slug(String heading) {
        String text = heading.replaceAll("<[^>]+>", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** The anchors of a page: its headings' (numbered as GitHub numbers repeats) and its explicit ones. */
    private Set<String> anchorsOf(Path page) {
        return anchors.computeIfAbsent(page, p -> {
            String markdown;
            try {
                markdown = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> found = new HashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            Matcher heading = HEADING.matcher(FENCE.matcher(markdown).replaceAll(" "));
            while (heading.find()) {
                String slug = slug(heading.group(1));
                int repeat = seen.merge(slug, 1, Integer::sum) - 1;
                found.add(repeat == 0 ? slug : slug + "-" + repeat);
            }
            Matcher explicit = EXPLICIT_ANCHOR.matcher(markdown);
            while (explicit.find()) {
                found.add(explicit.group(1));
            }
            return found;
        });
    }

    @Test
    void theSlugIsGitHubs() {
        assertThat(slug("The statute as data (`csc-rules-core`)")).isEqualTo("the-statute-as-data-csc-rules-core");
        assertThat(slug("Suspension under reg. 8")).isEqualTo("suspension-under-reg-8");
        assertThat(slug("1. A looked-after child complains")).isEqualTo("1-a-looked-after-child-complains");
    }

    @Test
    void everyRelativeLinkLeadsSomewhere() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            Matcher link = LINK.matcher(withoutCode(Files.readString(page, StandardCharsets.UTF_8)));
            while (link.find()) {
                String target = link.group(1);
                if (target.isEmpty() || target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                    continue; // another site, or mail
                }
                checked++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                String where = ROOT.relativize(page) + ": " + target;
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(where + " (no such file)");
                } else if (hash >= 0 && resolved.toString().endsWith(".md")
                        && !anchorsOf(resolved).contains(target.substring(hash + 1))) {
                    broken.add(where + " (no such heading or anchor)");
                }
            }
        }
        assertThat(checked).as("relative links checked").isGreaterThan(50);
        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    /** Every page that the README does not link is linked from one that it does, so nothing is lost. */
    @Test
    void everyDocsPageCanBeReachedFromTheReadme() throws IOException {
        Set<Path> reached = new HashSet<>();
        List<Path> toVisit = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        while (!toVisit.isEmpty()) {
            Path page = toVisit.remove(toVisit.size() - 1);
            if (!reached.add(page) || !page.toString().endsWith(".md") || !Files.isRegularFile(page)) {
                continue;
            }
            Matcher link = LINK.matcher(withoutCode(Files.readString(page, StandardCharsets.UTF_8)));
            while (link.find()) {
                String target = link.group(1).replaceAll("#.*", "");
                if (!target.isEmpty() && !target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                    toVisit.add(page.getParent().resolve(target).normalize());
                }
            }
        }
        List<Path> docs;
        try (Stream<Path> walk = Files.list(ROOT.resolve("docs"))) {
            docs = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(docs).hasSizeGreaterThan(5);
        assertThat(docs).allSatisfy(page -> assertThat(reached).as("pages reached from the README").contains(page));
    }
}
