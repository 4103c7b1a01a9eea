package org.cscrules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.cscrules.core.ComplaintProcess;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.ProcessEvent;
import org.cscrules.core.request.ChildStatus;
import org.cscrules.core.request.ComplainantRole;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.core.request.LocalAuthorityFunction;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Nothing personal in the logs. The model has no field for names or free text, so none can be
 * logged; dates of birth it does hold. With every logger (Drools' included) at DEBUG and captured,
 * assessing requests with distinctive dates of birth leaves no trace of them in any log line, nor
 * does the free-text reason of a stage 1 extension, while the rule ids and outcomes the library
 * does log are there.
 */
class LogPrivacyTest {

    /** Free text a caseworker might write, with a name in it. */
    private static final String EXTENSION_REASON = "Jane Doe's social worker is on leave";

    @Test
    void noDateOfBirthAppearsInAnyLogLine() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
        List<LocalDate> birthdays = List.of(LocalDate.of(2013, 2, 17), LocalDate.of(2011, 7, 29), LocalDate.of(2009, 12, 3));
        try {
            EligibilityService service = EligibilityService.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);
            for (LocalDate born : birthdays) {
                ComplaintRequest request = Requests.of(ComplainantRole.CHILD_LOOKED_AFTER,
                        LocalAuthorityFunction.CONTACT_WITH_CHILD_IN_CARE, ChildStatus.LOOKED_AFTER);
                request = request.withChild(request.child().withAge(java.time.Period.between(born, Requests.RECEIVED).getYears())
                        .withDateOfBirth(born));
                service.assess(request);
                service.assessAll(List.of(request, request));
            }
            ComplaintProcess process = ComplaintProcess.create(LocalPolicy.statutoryDefaults(), Requests.CLOCK);
            process.apply(process.start(Requests.RECEIVED),
                    ProcessEvent.stage1Extended(Requests.RECEIVED.plusDays(2), 20, EXTENSION_REASON));
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }
        List<String> lines = captured.list.stream()
                .map(e -> e.getLoggerName() + " " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage()))
                .toList();
        assertThat(lines).as("the library's own debug lines are captured").anyMatch(l -> l.contains("WHO-E1-LOOKED-AFTER"))
                .anyMatch(l -> l.contains("STAGE-1-EXTENSION"));
        assertThat(lines).as("an extension's reason is free text, never logged").noneMatch(l -> l.contains(EXTENSION_REASON));
        for (LocalDate born : birthdays) {
            for (String form : List.of(born.toString(), DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).format(born),
                    DateTimeFormatter.ofPattern("dd/MM/uuuu").format(born), String.valueOf(born.toEpochDay()))) {
                assertThat(lines).as("log lines mentioning %s", form).noneMatch(l -> l.contains(form));
            }
        }
    }
}
