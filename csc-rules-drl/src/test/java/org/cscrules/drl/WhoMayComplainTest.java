package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cscrules.core.decision.AlternativeRoute;
import org.cscrules.core.decision.Effect;
import org.cscrules.core.decision.EligibilityDecision;
import org.cscrules.core.decision.Outcome;
import org.cscrules.core.decision.Reason;
import org.cscrules.core.law.LawSection;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.CareLeaverCategory;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.FunctionScope;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.RepresentativeKind;
import org.cscrules.core.request.StatusBasis;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.request.Understanding;
import org.junit.jupiter.api.Test;

/**
 * The who-may-complain matrix, {@code docs/WHO-MAY-COMPLAIN.md}: every category of complainant,
 * each with the child's status and the representation it assumes, against every function, assessed
 * by the rules under the statutory defaults. Functions that give every row the same answer share a
 * column; the test fails if one stops doing so, so the merged columns are exact. The page a lawyer
 * checks: rows labelled by provision and plain name, no internal codes.
 */
class WhoMayComplainTest {

    private static final DroolsEligibilityService SERVICE = Requests.service(LocalPolicy.statutoryDefaults());

    /** A row: who complains, in plain words, with the provision, and the request assumed. */
    private record Row(String who, String provision, String assumes, ComplaintRequest request) {
    }

    /** A column: functions that answer alike for every row. */
    private record Column(String heading, List<LocalAuthorityFunction> functions) {
    }

    private static final List<Column> COLUMNS = List.of(
            column("Part 3 support (s17 services, accommodation)", LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES),
            column("The assessment of need, its finding, a refused service (s17)",
                    LocalAuthorityFunction.CHILD_IN_NEED_ASSESSMENT_OR_REFUSED_SERVICE),
            column("Parts 4 and 5 functions in reg. 3 (care and supervision orders, contact, child assessment and emergency "
                    + "protection orders), and a public-law report to court (statutory guidance)",
                    LocalAuthorityFunction.CARE_OR_SUPERVISION_ORDER_APPLICATION, LocalAuthorityFunction.EFFECT_OF_CARE_ORDER,
                    LocalAuthorityFunction.CONTACT_WITH_CHILD_IN_CARE, LocalAuthorityFunction.SUPERVISION_ORDER_DUTIES,
                    LocalAuthorityFunction.CHILD_ASSESSMENT_ORDER, LocalAuthorityFunction.EMERGENCY_PROTECTION_ORDER,
                    LocalAuthorityFunction.PUBLIC_LAW_COURT_REPORT),
            column("Adoption functions in reg. 4", Arrays.stream(functionsIn(FunctionScope.ADOPTION_FUNCTIONS))
                    .filter(f -> f != LocalAuthorityFunction.OTHER_SPECIFIED_ADOPTION_FUNCTION
                            && f != LocalAuthorityFunction.PROSPECTIVE_ADOPTER_ASSESSMENT).toArray(LocalAuthorityFunction[]::new)),
            column("A prospective adopter's assessment, and another adoption function (the rest of reg. 4's list, not seen)",
                    LocalAuthorityFunction.PROSPECTIVE_ADOPTER_ASSESSMENT, LocalAuthorityFunction.OTHER_SPECIFIED_ADOPTION_FUNCTION),
            column("Special guardianship support (reg. 5)", LocalAuthorityFunction.SPECIAL_GUARDIANSHIP_SUPPORT_SERVICES),
            column("Leaving-care support (ss23A-24B)", LocalAuthorityFunction.LEAVING_CARE_SUPPORT),
            column("A voluntary organisation's care of a child (reg. 21)", LocalAuthorityFunction.VOLUNTARY_ORGANISATION_ACCOMMODATION),
            column("Fostering limits (Part 5)", LocalAuthorityFunction.FOSTERING_LIMITS));

    private static Column column(String heading, LocalAuthorityFunction... functions) {
        return new Column(heading, List.of(functions));
    }

    private static LocalAuthorityFunction[] functionsIn(FunctionScope scope) {
        return Arrays.stream(LocalAuthorityFunction.values()).filter(f -> f.scope() == scope).toArray(LocalAuthorityFunction[]::new);
    }

    /** The functions outside the procedure: every row gets the same answer, so each is one line with its route. */
    private static final List<LocalAuthorityFunction> OUTSIDE = Arrays.stream(LocalAuthorityFunction.values())
            .filter(f -> f.scope() == FunctionScope.OUTSIDE_THE_PROCEDURE).toList();

    /** The grievances assumed for the functions outside: the decision, then conduct, each a line where the route differs. */
    private static final List<Grievance> OUTSIDE_GRIEVANCES = List.of(Grievance.UNWELCOME_OR_DISPUTED_DECISION,
            Grievance.ATTITUDE_OR_BEHAVIOUR_OF_STAFF);

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (ComplainantRole role : ComplainantRole.values()) {
            ChildStatus status = naturalStatus(role);
            rows.add(row(role, statusWords(status) + "; in their own right" + (needsReg12(role) ? "; reg. 12 not yet decided" : ""),
                    request(role, status)));
        }
        for (ComplainantRole role : List.of(ComplainantRole.PARENT, ComplainantRole.PARENTAL_RESPONSIBILITY_HOLDER,
                ComplainantRole.SUFFICIENT_INTEREST_IN_CHILD)) {
            rows.add(row(role, "the council found the child neither looked after nor in need, and that is settled; in their own right"
                    + (needsReg12(role) ? "; reg. 12 not yet decided" : ""), request(role, ChildStatus.NONE)));
            rows.add(row(role, "the child's status is disputed (the council found no need); in their own right"
                    + (needsReg12(role) ? "; reg. 12 not yet decided" : ""), withBasis(request(role, ChildStatus.NONE), StatusBasis.DISPUTED)));
        }
        rows.add(row(ComplainantRole.PARENT, "the child is disabled, whatever the council found; in their own right",
                request(ComplainantRole.PARENT, ChildStatus.DISABLED)));
        rows.add(new Row("a parent acting \"on behalf of\" the child", "Children Act 1989 s26(3)(b)",
                "a child looked after, of 15, who agrees; the council found the parent unsuitable as the child's representative",
                onBehalf(RepresentativeKind.PARENT, Suitability.NOT_SUITABLE)));
        rows.add(new Row("an advocate acting for the child", "Children Act 1989 s26(3)(a); Getting the Best from Complaints",
                "a child looked after, of 15, who agrees; the council has not yet decided the advocate is suitable",
                onBehalf(RepresentativeKind.ADVOCATE, Suitability.NOT_YET_DECIDED)));
        return rows;
    }

    private static Row row(ComplainantRole role, String assumes, ComplaintRequest request) {
        return new Row(role.text(), role.provision().citation().reference(), assumes, request);
    }

    /** The status the category names: the child the complainant is, or complains about. */
    private static ChildStatus naturalStatus(ComplainantRole role) {
        return switch (role) {
            case CHILD_LOOKED_AFTER, FOSTERING_LIMITS_REPRESENTATIONS -> ChildStatus.LOOKED_AFTER;
            case CHILD_WHO_MAY_BE_ADOPTED, PARENT_OR_GUARDIAN_OF_CHILD_WHO_MAY_BE_ADOPTED, PERSON_WISHING_TO_ADOPT, ADOPTED_PERSON,
                 PARENT_NATURAL_PARENT_OR_FORMER_GUARDIAN_OF_ADOPTED_PERSON, PERSON_TO_WHOM_ADOPTION_SUPPORT_EXTENDS,
                 SUFFICIENT_INTEREST_IN_ADOPTED_CHILD -> ChildStatus.ADOPTION_RELATED;
            case CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER, SPECIAL_GUARDIAN, PARENT_OF_CHILD_SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER,
                 SUFFICIENT_INTEREST_IN_SPECIAL_GUARDIANSHIP_CHILD, SPECIAL_GUARDIANSHIP_SUPPORT_ASSESSMENT_APPLICANT ->
                    ChildStatus.SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER;
            case CARE_LEAVER -> ChildStatus.CARE_LEAVER;
            case CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION, PARENT_OR_PR_HOLDER_OF_CHILD_ACCOMMODATED_BY_VOLUNTARY_ORGANISATION,
                 SUFFICIENT_INTEREST_IN_VOLUNTARY_ORGANISATION_CHILD -> ChildStatus.ACCOMMODATED_BY_VOLUNTARY_ORGANISATION;
            default -> ChildStatus.IN_NEED;
        };
    }

    private static String statusWords(ChildStatus status) {
        return switch (status) {
            case LOOKED_AFTER -> "a child looked after";
            case IN_NEED -> "a child in need, as the council assessed";
            case ADOPTION_RELATED -> "a child who is or may be adopted";
            case SUBJECT_TO_SPECIAL_GUARDIANSHIP_ORDER -> "a child subject to a special guardianship order";
            case CARE_LEAVER -> "a former relevant child of 20";
            case ACCOMMODATED_BY_VOLUNTARY_ORGANISATION -> "a child accommodated by a voluntary organisation, not looked after";
            default -> status.name();
        };
    }

    private static boolean needsReg12(ComplainantRole role) {
        return role.needsSufficientInterestDecision();
    }

    private static ComplaintRequest request(ComplainantRole role, ChildStatus status) {
        boolean careLeaver = role == ComplainantRole.CARE_LEAVER;
        int age = careLeaver ? 20 : role == ComplainantRole.ADOPTED_PERSON ? 30 : 12;
        Child child = Child.of(Understanding.SUFFICIENT, status).withAge(age)
                .withCareLeaverCategory(careLeaver ? CareLeaverCategory.FORMER_RELEVANT_CHILD : null);
        return ComplaintRequest.of(role, child, Representation.inOwnRight(),
                Subject.of(LocalAuthorityFunction.PART_3_SUPPORT_FOR_CHILDREN_AND_FAMILIES, Grievance.DELAY),
                ComplaintDates.of(Requests.RECEIVED, Requests.GROUNDS));
    }

    private static ComplaintRequest withBasis(ComplaintRequest request, StatusBasis basis) {
        return request.withChild(request.child().withStatusBasis(basis));
    }

    private static ComplaintRequest onBehalf(RepresentativeKind kind, Suitability suitability) {
        ComplaintRequest request = request(ComplainantRole.CHILD_LOOKED_AFTER, ChildStatus.LOOKED_AFTER);
        return request.withChild(request.child().withAge(15))
                .withRepresentation(Representation.onBehalfOfChild(kind, ChildViews.CONSENT_GIVEN, suitability));
    }

    /** A cell in words: yes, the council's decision first (with the provision), or no and where it goes. */
    static String cell(EligibilityDecision decision) {
        return switch (decision.outcome()) {
            case ELIGIBLE -> decision.reasons().stream().anyMatch(r -> r.effect() == Effect.ELIGIBLE
                    && r.basis() == org.cscrules.core.law.Basis.LOCAL_POLICY) ? "yes (the council's reading)" : "yes";
            case DISCRETION_REQUIRED -> "the council decides first ("
                    + decision.reasons().stream().filter(r -> r.effect() == Effect.DISCRETION_REQUIRED)
                    .map(r -> firstSection(r).citedAs()).distinct().collect(Collectors.joining("; ")) + ")";
            case NOT_ELIGIBLE -> decision.alternativeRoute() == AlternativeRoute.CORPORATE_COMPLAINTS_PROCEDURE ? "no"
                    : "no: " + decision.alternativeRoute().text();
        };
    }

    private static LawSection firstSection(Reason reason) {
        return reason.citation().lawSections().get(0);
    }

    private static ComplaintRequest about(ComplaintRequest request, LocalAuthorityFunction function, Grievance grievance) {
        return request.withSubject(Subject.of(function, grievance));
    }

    static String markdown() {
        List<Row> rows = rows();
        StringBuilder out = new StringBuilder()
                .append("# Who may complain, about what\n\n")
                .append("Generated by `WhoMayComplainTest` from the rules themselves, under the statutory defaults; the test fails\n")
                .append("when this file is stale. Each row is a category of complainant, with the provision that names it and the\n")
                .append("situation it assumes (the child's status, how the complaint is made, the council's decisions so far); each\n")
                .append("cell is what `EligibilityService.assess` answers for a complaint received in time, about delay, with\n")
                .append("nothing else in play. Functions that give every row the same answer share a column, and the test checks\n")
                .append("that they do. \"No\" alone means the council's corporate complaints procedure; another route is named.\n")
                .append("\"The council decides first\" names the provision of the decision it must take. Where a\n")
                .append("council's setting changes a cell, [POLICY.md](POLICY.md) says which; the provisions are in\n")
                .append("[LAW.md](LAW.md#who-may-complain). The library's reading of the provisions, not legal advice.\n\n")
                .append("| who complains | provision | assumes |");
        COLUMNS.forEach(column -> out.append(' ').append(column.heading()).append(" |"));
        out.append("\n|---|---|---|").append("---|".repeat(COLUMNS.size())).append('\n');
        for (Row row : rows) {
            out.append("| ").append(row.who()).append(" | ").append(row.provision()).append(" | ").append(row.assumes()).append(" |");
            for (Column column : COLUMNS) {
                out.append(' ').append(uniformCell(row, column.functions(), Function.identity())).append(" |");
            }
            out.append('\n');
        }
        out.append("\n## Outside the procedure\n\n")
                .append("Every row above gets the same answer for these functions: not the statutory procedure, and where the\n")
                .append("complaint goes instead. A complaint about a decision and one about how staff behaved can go different ways.\n\n")
                .append("| function | provision | about the decision | about how staff behaved |\n|---|---|---|---|\n");
        for (LocalAuthorityFunction function : OUTSIDE) {
            out.append("| ").append(function.text()).append(" | ").append(function.provision().citation().reference()).append(" |");
            for (Grievance grievance : OUTSIDE_GRIEVANCES) {
                out.append(' ').append(uniformCell(rows, function, grievance)).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The one answer every function of a column gives for the row; fails naming them if they differ. */
    private static String uniformCell(Row row, List<LocalAuthorityFunction> functions, Function<String, String> show) {
        Map<LocalAuthorityFunction, String> cells = new LinkedHashMap<>();
        for (LocalAuthorityFunction function : functions) {
            cells.put(function, cell(SERVICE.assess(about(row.request(), function, Grievance.DELAY))));
        }
        assertThat(Set.copyOf(cells.values())).as("the functions of one column answer alike for %s (%s): %s", row.who(),
                row.assumes(), cells).hasSize(1);
        return show.apply(cells.values().iterator().next());
    }

    /** The one answer every row gives for a function outside the procedure; fails naming them if they differ. */
    private static String uniformCell(List<Row> rows, LocalAuthorityFunction function, Grievance grievance) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Row row : rows) {
            cells.put(row.who() + " (" + row.assumes() + ")", cell(SERVICE.assess(about(row.request(), function, grievance))));
        }
        assertThat(Set.copyOf(cells.values())).as("every row answers alike for %s", function).hasSize(1);
        return cells.values().iterator().next();
    }

    @Test
    void theCommittedMatrixIsCurrent() throws IOException {
        String generated = markdown();
        CommittedFiles.assertCurrent("WHO-MAY-COMPLAIN.md", generated);
        assertThat(generated).doesNotContain("_").contains("| a parent | Children Act 1989 s26(3)(b) |");
    }

    /** Every function is in the matrix: in a column, or among those outside. */
    @Test
    void everyFunctionHasItsPlace() {
        Set<LocalAuthorityFunction> placed = EnumSet.noneOf(LocalAuthorityFunction.class);
        COLUMNS.forEach(column -> placed.addAll(column.functions()));
        placed.addAll(OUTSIDE);
        assertThat(placed).containsExactlyInAnyOrder(LocalAuthorityFunction.values());
        assertThat(rows()).extracting(row -> row.request().complainantRole()).contains(ComplainantRole.values());
        assertThat(rows()).allSatisfy(row -> assertThat(SERVICE.assess(row.request()).outcome()).isIn((Object[]) Outcome.values()));
    }
}
