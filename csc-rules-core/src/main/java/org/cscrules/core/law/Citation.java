package org.cscrules.core.law;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to the provisions a fact rests on, e.g. "Children Act 1989 s26(3)(b)", with how
 * firmly it has been checked and the sections of the library's legal reference ({@code
 * docs/LAW.md}, shipped in the jar) that explain each provision it names.
 *
 * <p>The library writes its citations as templates in which each provision is the stable id of
 * its section in braces, with any pinpoint after it: {@code "{ca1989-s26}(3)(b)"} reads
 * "Children Act 1989 s26(3)(b)" and rests on the section {@code ca1989-s26}. So the words a
 * reason shows and the sections it rests on cannot drift apart. An id, once released, is never
 * withdrawn.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reference the provisions, written as a lawyer would cite them; never blank
 * @param verification how firmly the provisions were checked: never stronger than the weakest
 *     of the provisions' own sections
 * @param sections the ids of the sections of {@code docs/LAW.md} the reference names, in the
 *     order it names them; unmodifiable and never null: empty only in data written before
 *     sections existed (release 0.1.0, or null given to the constructor), and then left out of
 *     the JSON, as that release wrote it
 */
@JsonIgnoreProperties(value = "addresses", allowGetters = true)
public record Citation(String reference, Verification verification,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> sections) {

    private static final Pattern SECTION = Pattern.compile("\\{([^{}]*)}");
    /** How a reference separates the provisions it cites. */
    private static final String PROVISIONS = "; ";

    /**
     * Checks that the reference and verification are given and no section id is blank. An id
     * this release does not know (written by a later one) is kept, and left out by {@link
     * #lawSections()}.
     *
     * @param reference the provisions, written as a lawyer would cite them
     * @param verification how firmly the provisions were checked
     * @param sections the ids of the sections the reference names, copied; null means none
     * @throws IllegalArgumentException if the reference is null or blank, the verification null or a
     *     section id null or blank
     */
    public Citation {
        if (reference == null || reference.isBlank() || verification == null) {
            throw new IllegalArgumentException("A citation needs a reference and a verification");
        }
        sections = sections == null ? List.of() : List.copyOf(sections);
        for (String id : sections) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("A citation's sections must be ids, not null or blank");
            }
        }
    }

    /**
     * A citation written as a template: each provision is its section's id in braces, replaced by
     * how that section is cited, with any pinpoint written after it ({@code "{si2006-reg14}"},
     * {@code "{ca1989-s26}(3)(a), (3A)"}).
     *
     * @param verification how firmly the provisions were checked
     * @param template the reference, naming at least one section
     * @return the citation, never null
     * @throws IllegalArgumentException if the template is null, the verification null, or the
     *     template names no section, or one that {@code docs/LAW.md} lacks
     */
    public static Citation of(Verification verification, String template) {
        if (template == null) {
            throw new IllegalArgumentException("A citation needs a template naming its sections");
        }
        List<String> ids = new ArrayList<>();
        StringBuilder reference = new StringBuilder();
        Matcher matcher = SECTION.matcher(template);
        while (matcher.find()) {
            String id = matcher.group(1);
            LawSection section = LawSection.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "A citation names a section that docs/LAW.md lacks: " + id));
            if (!ids.contains(id)) {
                ids.add(id);
            }
            matcher.appendReplacement(reference, Matcher.quoteReplacement(section.citedAs()));
        }
        matcher.appendTail(reference);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("A citation must name at least one section of docs/LAW.md, as {id}");
        }
        return new Citation(reference.toString(), verification, ids);
    }

    /**
     * A citation of provisions whose primary text was seen.
     *
     * @param template the reference, as for {@link #of}
     * @return the citation, never null
     * @throws IllegalArgumentException as {@link #of} does
     */
    public static Citation verified(String template) {
        return of(Verification.VERIFIED, template);
    }

    /**
     * A citation of provisions stated by a reputable secondary source.
     *
     * @param template the reference, as for {@link #of}
     * @return the citation, never null
     * @throws IllegalArgumentException as {@link #of} does
     */
    public static Citation secondary(String template) {
        return of(Verification.SECONDARY, template);
    }

    /**
     * A citation not yet checked: a configurable default, not law.
     *
     * @param template the reference, as for {@link #of}
     * @return the citation, never null
     * @throws IllegalArgumentException as {@link #of} does
     */
    public static Citation unverified(String template) {
        return of(Verification.UNVERIFIED, template);
    }

    /**
     * This citation and {@code other} together, for an answer that rests on both: the references
     * joined ("; "), each provision once, the weaker of the two verifications, and the sections of
     * both, each once, in order.
     *
     * @param other the other citation
     * @return the joined citation, never null
     * @throws NullPointerException if {@code other} is null
     */
    public Citation and(Citation other) {
        List<String> joined = new ArrayList<>(sections);
        for (String id : other.sections) {
            if (!joined.contains(id)) {
                joined.add(id);
            }
        }
        List<String> provisions = new ArrayList<>(List.of(reference.split(PROVISIONS)));
        for (String provision : other.reference.split(PROVISIONS)) {
            if (!provisions.contains(provision)) {
                provisions.add(provision);
            }
        }
        Verification weaker = verification.compareTo(other.verification) >= 0 ? verification : other.verification;
        return new Citation(String.join(PROVISIONS, provisions), weaker, joined);
    }

    /**
     * The sections of the library's legal reference this citation rests on, read from the jar
     * with no network. A section id written by a later release, which this one does not know, is
     * left out.
     *
     * @return the sections, in the order of {@link #sections()}; never null
     */
    public List<LawSection> lawSections() {
        List<LawSection> found = new ArrayList<>(sections.size());
        for (String id : sections) {
            LawSection.find(id).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /**
     * Where to read each provision: the legislation.gov.uk address of each Act or regulation, the
     * address of the guidance or of the Ombudsman's decision. Settings and the library's own
     * procedural rules have none.
     *
     * @return the addresses, in the order of {@link #sections()}; never null
     */
    @JsonProperty("addresses")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> addresses() {
        List<String> addresses = new ArrayList<>(sections.size());
        for (String id : sections) {
            LawSection.find(id).flatMap(LawSection::address).ifPresent(addresses::add);
        }
        return List.copyOf(addresses);
    }

    /**
     * The reference, as a reason shows it.
     *
     * @return {@link #reference()}, never null
     */
    @Override
    public String toString() {
        return reference;
    }
}
