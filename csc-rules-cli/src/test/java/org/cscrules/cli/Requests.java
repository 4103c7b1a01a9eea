package org.cscrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cscrules.core.EligibilityService;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.request.ComplaintRequest;
import org.cscrules.json.CscRulesJson;

/** Requests for the command's tests, and the library's own answers to compare with. */
final class Requests {

    /** The day the tests take as today. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));

    private Requests() {
    }

    /** The built-in request (a care leaver's complaint, received 9 Nov 2026), as its JSON text. */
    static String careLeaver() {
        try (InputStream in = CscRulesCommand.class.getResourceAsStream("training-request.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code n}th of a run of different requests: the care leaver's complaint received {@code n}
     * days before today, the grounds 30 days before that (some late, so the answers differ), one line of JSON.
     */
    static String nth(int n) {
        LocalDate received = TODAY.minusDays(n % 900);
        return careLeaver().replace("\n", " ").replace("2026-11-09", received.toString())
                .replace("2026-10-20", received.minusDays(30 + 13L * (n % 40)).toString());
    }

    /** What the library itself answers to {@code json}, as the command writes it. */
    static String libraryAnswer(EligibilityService service, String json) {
        return CscRulesJson.writeLine(service.assess(CscRulesJson.read(json, ComplaintRequest.class)));
    }

    static EligibilityService service() {
        return EligibilityService.create(LocalPolicy.statutoryDefaults(), CLOCK);
    }
}
