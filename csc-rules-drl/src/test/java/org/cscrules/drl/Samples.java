package org.cscrules.drl;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/** Reproducible samples of a jqwik arbitrary outside a property: the same values for the same seed. */
public final class Samples {

    /** jqwik's default size for generated values. */
    private static final int GENERATION_SIZE = 1000;

    private Samples() {
    }

    /** {@code count} values of {@code arbitrary}, the same for the same {@code seed}. */
    public static <T> List<T> of(Arbitrary<T> arbitrary, int count, long seed) {
        JqwikSession.start();
        try {
            RandomGenerator<T> generator = arbitrary.generator(GENERATION_SIZE);
            Random random = new Random(seed);
            return Stream.generate(() -> generator.next(random).value()).limit(count).toList();
        } finally {
            JqwikSession.finish();
        }
    }
}
