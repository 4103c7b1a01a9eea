package org.cscrules.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.cscrules.core.decision.Provenance;
import org.cscrules.core.policy.LocalPolicy;
import org.cscrules.core.process.DeadlineBasis;

/** Values the core tests share where a decision or a state needs them but the test is not about them. */
public final class Fixtures {

    /** A provenance for decisions built by hand: the statutory defaults, as at noon on 22 November 2026. */
    public static final Provenance PROVENANCE = new Provenance("test", "sha256:0000000000000000", "sha256:1111111111111111",
            LocalDate.of(2028, 12, 31), LocalPolicy.statutoryDefaults(), Instant.parse("2026-11-22T12:00:00Z"),
            ZoneId.of("Europe/London"), LocalDate.of(2026, 11, 22));

    /** The statutory defaults on this release's bank-holiday data (the fingerprint's horizon does not matter in core's tests). */
    public static final DeadlineBasis BASIS = DeadlineBasis.of(LocalPolicy.statutoryDefaults(), LocalDate.of(2026, 11, 22));

    private Fixtures() {
    }
}
