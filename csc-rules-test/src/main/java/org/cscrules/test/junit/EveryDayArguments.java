package org.cscrules.test.junit;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The days of an {@link EveryDay}. Implements the one method of {@link ArgumentsProvider} that every
 * JUnit 5 and JUnit 6 has, so that it runs on both.
 */
final class EveryDayArguments implements ArgumentsProvider, AnnotationConsumer<EveryDay> {

    /** The first and last day: null until JUnit has given the annotation to {@link #accept}. */
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;

    @Override
    public void accept(EveryDay days) {
        from = Settings.date("@EveryDay.from", days.from());
        to = Settings.date("@EveryDay.to", days.to());
        if (to.isBefore(from)) {
            throw new ExtensionConfigurationException("@EveryDay.to must not be before @EveryDay.from");
        }
    }

    @Override
    @SuppressWarnings("deprecation")
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return from.datesUntil(to.plusDays(1)).map(Arguments::of);
    }
}
