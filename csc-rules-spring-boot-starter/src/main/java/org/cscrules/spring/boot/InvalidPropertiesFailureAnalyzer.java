package org.cscrules.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link InvalidCscRulesPropertiesException} into Spring Boot's start-up failure report. */
final class InvalidPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCscRulesPropertiesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidCscRulesPropertiesException cause) {
        return new FailureAnalysis("The council's csc-rules properties cannot be used:\n\n    "
                + String.join("\n    ", cause.problems()),
                "Correct each property named above. The policy settings, their values and the law behind each are "
                        + "listed in csc-rules' docs/POLICY.md; in properties they are written in kebab case under "
                        + PolicyProperties.POLICY + ".", cause);
    }
}
