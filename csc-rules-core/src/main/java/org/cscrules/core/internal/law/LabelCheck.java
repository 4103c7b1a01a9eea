package org.cscrules.core.internal.law;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cscrules.core.law.Basis;
import org.cscrules.core.law.Citation;
import org.cscrules.core.law.LawSection;
import org.cscrules.core.law.Verification;

/**
 * Whether a citation's labels are honest to the sections it names: its verification no surer than
 * the weakest source it cites (and UNVERIFIED where it cites no source at all), and its basis one
 * that a cited section supports. The library's tests hold every rule and every cited constant to
 * it. Not an API: the library's own check, public only so that its modules' tests can share it.
 */
public final class LabelCheck {

    private LabelCheck() {
    }

    /**
     * Every way the labels of {@code citation} and {@code basis} claim more than its sections.
     *
     * @param citation a citation of the library's; not null
     * @param basis what the citation is said to rest on; not null
     * @return the problems, in words, empty when the labels are honest; never null
     */
    public static List<String> problems(Citation citation, Basis basis) {
        List<String> problems = new ArrayList<>();
        List<LawSection> sections = citation.lawSections();
        if (sections.isEmpty() || sections.size() != citation.sections().size()) {
            problems.add("its sections do not all resolve in docs/LAW.md");
        }
        Verification weakest = sections.stream().flatMap(section -> section.verification().stream())
                .max(Comparator.naturalOrder()).orElse(Verification.UNVERIFIED);
        if (citation.verification().compareTo(weakest) < 0) {
            problems.add("it is labelled " + citation.verification() + " but its weakest source is " + weakest
                    + (sections.stream().noneMatch(section -> section.kind().isSource()) ? " (it cites no source of law)" : ""));
        }
        if (citation.verification() == Verification.UNVERIFIED && basis == Basis.STATUTE) {
            problems.add("an unverified reading is labelled STATUTE");
        }
        Set<LawSection.Kind> kinds = sections.stream().map(LawSection::kind).collect(Collectors.toSet());
        LawSection.Kind needed = switch (basis) {
            case STATUTE -> LawSection.Kind.LEGISLATION;
            case STATUTORY_GUIDANCE -> LawSection.Kind.GUIDANCE;
            case LIBRARY_PROCEDURE -> LawSection.Kind.PROCEDURE;
            case LOCAL_POLICY -> null;
        };
        if (needed != null && !kinds.contains(needed)) {
            problems.add("its basis is " + basis + " but it cites no section of " + needed);
        }
        if (basis == Basis.LOCAL_POLICY && kinds.stream().noneMatch(kind -> kind == LawSection.Kind.SETTING
                || kind == LawSection.Kind.OMBUDSMAN || kind == LawSection.Kind.GUIDANCE || kind == LawSection.Kind.LEGISLATION)) {
            problems.add("its basis is LOCAL_POLICY but it cites neither a setting nor the source of a practice");
        }
        return problems;
    }
}
