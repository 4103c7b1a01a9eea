package org.cscrules.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.cscrules.core.RequestValidator;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cscrules.core.request.Child;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ChildViews;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintDates;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.CouncilFindings;
import org.cscrules.core.request.Finding;
import org.cscrules.core.request.Grievance;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.cscrules.core.request.PointOfReceipt;
import org.cscrules.core.request.ReceiptMethod;
import org.cscrules.core.request.Reporting;
import org.cscrules.core.request.Representation;
import org.cscrules.core.request.RepresentationMode;
import org.cscrules.core.request.RepresentativeKind;
import org.cscrules.core.request.SampleRequests;
import org.cscrules.core.request.ServiceArea;
import org.cscrules.core.request.Subject;
import org.cscrules.core.request.Suitability;
import org.cscrules.core.request.Understanding;

/**
 * Random requests with nulls anywhere (a fifth of every value, at every level, elements of sets
 * included) and dates from before the calendar to after it: validation either accepts them or
 * throws {@link InvalidRequestException}, never another exception. 5,000 tries.
 */
class RandomRequestProperties {

    private static final RequestValidator VALIDATOR = RequestValidator.create(SampleRequests.CLOCK);
    /** The share of nulls injected at every level. */
    private final double nulls = 0.2;

    private <T extends Enum<T>> Arbitrary<T> maybe(Class<T> type) {
        return Arbitraries.of(type).injectNull(nulls);
    }

    private <T extends Enum<T>> Arbitrary<Set<T>> setOf(Class<T> type) {
        return maybe(type).set().ofMaxSize(3).injectNull(nulls);
    }

    /** Mostly dates since the Regulations, some from outside the calendar's range. */
    private Arbitrary<LocalDate> dates() {
        Arbitrary<LocalDate> recent = Arbitraries.longs()
                .between(LocalDate.of(2006, 9, 1).toEpochDay(), LocalDate.of(2026, 11, 23).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> anywhere = Arbitraries.longs()
                .between(LocalDate.of(1985, 1, 1).toEpochDay(), LocalDate.of(2105, 1, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, recent), net.jqwik.api.Tuple.of(1, anywhere))
                .injectNull(nulls);
    }

    @Provide
    Arbitrary<ComplaintRequest> requests() {
        Arbitrary<Child> child = Combinators.combine(setOf(ChildStatus.class), dates(),
                Arbitraries.integers().between(-2, 30).injectNull(nulls), maybe(Understanding.class))
                .as(Child::new).injectNull(nulls);
        Arbitrary<Representation> representation = Combinators.combine(maybe(RepresentationMode.class),
                maybe(RepresentativeKind.class), maybe(ChildViews.class), maybe(Suitability.class),
                Arbitraries.of(true, false).injectNull(nulls))
                .as(Representation::new).injectNull(nulls);
        Arbitrary<Subject> subject = Combinators.combine(maybe(LocalAuthorityFunction.class), setOf(Grievance.class))
                .as(Subject::new).injectNull(nulls);
        Arbitrary<ComplaintDates> complaintDates = Combinators.combine(dates(), dates(), dates(), dates())
                .as(ComplaintDates::new).injectNull(nulls);
        Arbitrary<Reporting> reporting = Combinators.combine(maybe(ReceiptMethod.class), maybe(PointOfReceipt.class),
                maybe(ServiceArea.class), maybe(Finding.class), maybe(Finding.class), maybe(Finding.class))
                .as(Reporting::new).injectNull(nulls);
        Arbitrary<CouncilFindings> findings = Combinators.combine(maybe(Suitability.class),
                Arbitraries.of(true, false).injectNull(nulls), Arbitraries.of(true, false).injectNull(nulls))
                .as(CouncilFindings::new).injectNull(nulls);
        return Combinators.combine(maybe(ComplainantRole.class), child, representation, subject, complaintDates,
                setOf(Circumstance.class), findings, reporting).as(ComplaintRequest::new);
    }

    @Property(tries = 5000)
    void validationAcceptsOrThrowsInvalidRequestNeverAnythingElse(@ForAll("requests") ComplaintRequest request) {
        Throwable thrown = catchThrowable(() -> VALIDATOR.validate(request));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InvalidRequestException.class);
            assertThat(((InvalidRequestException) thrown).violations()).isNotEmpty()
                    .allSatisfy(v -> assertThat(v.message()).isNotBlank());
        }
    }
}
