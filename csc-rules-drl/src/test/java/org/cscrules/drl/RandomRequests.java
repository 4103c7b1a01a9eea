package org.cscrules.drl;

import java.util.List;
import net.jqwik.api.Arbitrary;
import org.cscrules.core.RequestValidator;
import org.cscrules.core.request.Circumstance;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.test.jqwik.CscRulesArbitraries;

/**
 * Random valid requests for the library's own properties and benchmarks, from the test kit's
 * generator ({@link CscRulesArbitraries}, which other systems use too), and a fixed sample of them.
 */
public final class RandomRequests {

    static final RequestValidator VALIDATOR = RequestValidator.create(Requests.CLOCK);

    private RandomRequests() {
    }

    /** Valid requests of every role, function, representation, circumstance and finding: the test kit's generator. */
    public static Arbitrary<ComplaintRequest> valid() {
        return CscRulesArbitraries.validRequests(Requests.CLOCK);
    }

    /** The same {@code count} valid requests for the same {@code seed}: benchmark runs compare like with like. */
    public static List<ComplaintRequest> sample(int count, long seed) {
        return Samples.of(valid(), count, seed);
    }

    /** All the circumstances of reg. 8: concurrent proceedings. */
    static final List<Circumstance> PROCEEDINGS = List.of(Circumstance.CONCURRENT_COURT_PROCEEDINGS,
            Circumstance.CONCURRENT_CRIMINAL_PROCEEDINGS, Circumstance.CONCURRENT_DISCIPLINARY_PROCEEDINGS,
            Circumstance.CONCURRENT_TRIBUNAL_PROCEEDINGS);
}
