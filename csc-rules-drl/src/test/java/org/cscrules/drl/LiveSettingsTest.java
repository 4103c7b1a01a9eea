package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.policy.PolicySetting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every setting is live: for each one, each value other than its default (a few values for a
 * number) changes some answer the library gives about the shared {@link Corpus}: an outcome, the
 * rules that gave reasons or rulings, an action, a route, a deadline, a stage. Provenance does not
 * count. A setting the library could not use would be retired, not kept. The values of a choice
 * must also differ from one another, not only from the default: two values that always answer
 * alike would be one reading under two names.
 *
 * <p>A value that needs another setting to be valid (consent from an age needs the age) is tried
 * with that setting, against a baseline that has it too.
 */
class LiveSettingsTest {

    private static final Map<List<Object>, List<Object>> ANSWERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** What the corpus gets under the defaults with {@code settings} in place of theirs. */
    private static List<Object> answers(Map<String, Object> settings) {
        LocalPolicy policy = LocalPolicy.builder().settings(settings).build();
        return ANSWERS.computeIfAbsent(List.of(policy), key -> Corpus.answers(policy));
    }

    /** The settings a value of {@code setting} needs beside it, and the baseline it is compared with. */
    private static Map<String, Object> baseline(PolicySetting setting) {
        Map<String, Object> baseline = new LinkedHashMap<>();
        if (setting == PolicySetting.CHILD_CONSENT_AGE) {
            baseline.put("childConsent", "REQUIRED_FROM_AGE");
            baseline.put("childConsentAge", 13);
        }
        return baseline;
    }

    private static Map<String, Object> with(PolicySetting setting, Object value) {
        Map<String, Object> settings = new LinkedHashMap<>(baseline(setting));
        settings.put(setting.settingName(), value);
        if (setting == PolicySetting.CHILD_CONSENT && "REQUIRED_FROM_AGE".equals(value)) {
            settings.put("childConsentAge", 13);
        }
        return settings;
    }

    /** The values to try: every other choice; for a number its bounds and one between; for days, three near the corpus. */
    private static List<Object> otherValues(PolicySetting setting) {
        Object current = baseline(setting).getOrDefault(setting.settingName(), setting.defaultValue().orElse(null));
        List<Object> values = new ArrayList<>();
        if (setting == PolicySetting.CLOSURE_DAYS) {
            values.add(List.of("2025-03-12", "2025-03-13", "2025-03-14"));
        } else if (setting.minimum().isPresent()) {
            int min = setting.minimum().getAsInt();
            int max = setting.maximum().getAsInt();
            IntStream.of(min, max, (min + max) / 2).forEach(values::add);
        } else {
            values.addAll(setting.choices().stream().map(choice -> choice.equals("true") || choice.equals("false")
                    ? (Object) Boolean.valueOf(choice) : choice).toList());
        }
        values.removeIf(value -> Objects.equals(value, current));
        return values.stream().distinct().toList();
    }

    static Stream<Arguments> settingsAndValues() {
        return Stream.of(PolicySetting.values())
                .flatMap(setting -> otherValues(setting).stream().map(value -> Arguments.of(setting, value)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("settingsAndValues")
    void everyOtherValueChangesAnAnswer(PolicySetting setting, Object value) {
        assertThat(answers(with(setting, value))).as("%s = %s changes no answer about the corpus: an inert setting",
                setting.settingName(), value).isNotEqualTo(answers(baseline(setting)));
    }

    static Stream<PolicySetting> choices() {
        return Stream.of(PolicySetting.values()).filter(setting -> setting.choices().size() > 2);
    }

    /** The values of a choice answer differently from one another, not only from the default. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("choices")
    void theValuesOfAChoiceAnswerDifferentlyFromOneAnother(PolicySetting setting) {
        List<String> choices = setting.choices();
        for (int i = 0; i < choices.size(); i++) {
            for (int j = i + 1; j < choices.size(); j++) {
                assertThat(answers(with(setting, choices.get(i)))).as("%s: %s and %s answer alike", setting.settingName(),
                        choices.get(i), choices.get(j)).isNotEqualTo(answers(with(setting, choices.get(j))));
            }
        }
    }

    /** The corpus is what the matrix rests on: it must stay one the rules answer, every request and every step. */
    @org.junit.jupiter.api.Test
    void theCorpusIsAnsweredWhole() {
        List<Object> answers = answers(Map.of());
        assertThat(answers).hasSize(Corpus.REQUESTS.size()
                + Corpus.JOURNEYS.stream().mapToInt(journey -> journey.events().size() + 1).sum());
        assertThat(Corpus.REQUESTS).hasSizeGreaterThan(30);
    }
}
