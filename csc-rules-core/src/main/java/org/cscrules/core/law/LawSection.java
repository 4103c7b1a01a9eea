package org.cscrules.core.law;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One section of the library's legal reference, {@code docs/LAW.md}: a provision the rules rest
 * on (an Act's section, a regulation, a passage of statutory guidance, an Ombudsman's decision),
 * a council's setting, or one of the library's own procedural rules. The reference ships in the
 * jar, so a caseworker system can show a reason's law with no network.
 *
 * <p>Immutable and thread-safe. The sections are read once, when first asked for.
 */
public final class LawSection {

    /** The form of a section id: lower-case letters, digits and hyphens, starting with a letter. */
    public static final String ID_FORM = "[a-z][a-z0-9-]*";

    /** The chapters of the reference, each with the fields its sections must give. */
    public enum Kind {
        /** An Act of Parliament or a statutory instrument; its address is on legislation.gov.uk. */
        LEGISLATION,
        /** Statutory guidance, which councils must follow unless there is good reason not to. */
        GUIDANCE,
        /** A decision or publication of the Local Government and Social Care Ombudsman. */
        OMBUDSMAN,
        /** A council's setting: the question the law leaves open and why the default is what it is. */
        SETTING,
        /** The library's own procedural rule, where the law says nothing of the bookkeeping. */
        PROCEDURE;

        /**
         * Whether a section of this kind is a source of law, with an address and a verification.
         *
         * @return true for legislation, guidance and the Ombudsman
         */
        public boolean isSource() {
            return this == LEGISLATION || this == GUIDANCE || this == OMBUDSMAN;
        }
    }

    private final String id;
    private final Kind kind;
    private final String title;
    private final Map<String, String> fields;
    private final String text;

    LawSection(String id, Kind kind, String title, Map<String, String> fields, String text) {
        this.id = id;
        this.kind = kind;
        this.title = title;
        this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        this.text = text;
    }

    /**
     * The section called {@code id}.
     *
     * @param id a section id, as a {@link Citation} carries it, or null
     * @return the section, or empty if the reference has none of that id or {@code id} is null;
     *     never null
     */
    public static Optional<LawSection> find(@Nullable String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(LawText.INSTANCE.byId().get(id));
    }

    /**
     * Every section of the reference, in its order.
     *
     * @return the sections, unmodifiable, never null
     */
    public static List<LawSection> all() {
        return LawText.INSTANCE.sections();
    }

    static boolean isWellFormedId(@Nullable String id) {
        return id != null && id.matches(ID_FORM);
    }

    /**
     * The section's stable id, also its anchor in {@code docs/LAW.md}: {@code ca1989-s26},
     * {@code si2006-reg14}, {@code setting-child-consent}. Never derived from its title, and never
     * withdrawn once released.
     *
     * @return the id, never null
     */
    public String id() {
        return id;
    }

    /**
     * Which chapter the section is in.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The section's heading, e.g. "Children Act 1989, section 26: who may make representations".
     *
     * @return the title, never null
     */
    public String title() {
        return title;
    }

    /**
     * How a citation names the provision, e.g. "Children Act 1989 s26" or "SI 2006/1738 reg. 14".
     *
     * @return the short form, never null
     */
    public String citedAs() {
        return fields.get(LawText.CITED_AS);
    }

    /**
     * Where to read the provision: its legislation.gov.uk address for legislation, or the
     * address of the guidance or decision. Settings and procedural rules have none.
     *
     * @return the address, or empty for a setting or procedural rule; never null
     */
    public Optional<String> address() {
        return Optional.ofNullable(fields.get(LawText.ADDRESS));
    }

    /**
     * How firmly the provision's text was checked: VERIFIED only where its primary text was seen
     * (which is not a lawyer's review). Settings and procedural rules have none.
     *
     * @return the verification, or empty for a setting or procedural rule; never null
     */
    public Optional<Verification> verification() {
        String value = fields.get(LawText.VERIFICATION);
        if (value == null) {
            return Optional.empty();
        }
        int end = 0;
        while (end < value.length() && Character.isUpperCase(value.charAt(end))) {
            end++;
        }
        return Optional.of(Verification.valueOf(value.substring(0, end)));
    }

    /**
     * The section's fields by name ("Cited as", "Address", "Verification", "Seen", "Words relied
     * on", "Retrieved", "The library takes" for a source; "Question", "Practice", "Default" for a
     * setting; "Rule", "Why" for a procedural rule), as written.
     *
     * @return the fields, unmodifiable, in the order written, never null
     */
    public Map<String, String> fields() {
        return fields;
    }

    /**
     * The whole section as written in {@code docs/LAW.md}, heading included (Markdown).
     *
     * @return the text, never null
     */
    public String text() {
        return text;
    }

    /**
     * Where the section is in the repository's documentation: {@code docs/LAW.md#} and its id.
     *
     * @return the link, never null
     */
    public String link() {
        return "docs/LAW.md#" + id;
    }

    /**
     * The section's id, as in a citation's {@link Citation#sections()}.
     *
     * @return {@link #id()}, never null
     */
    @Override
    public String toString() {
        return id;
    }
}
