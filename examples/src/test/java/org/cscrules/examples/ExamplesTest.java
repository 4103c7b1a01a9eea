package org.cscrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The ten-line examples run and print what their comments promise. */
class ExamplesTest {

    private static String run(Consumer<String[]> main) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.accept(new String[0]);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void assessExample() {
        assertThat(run(AssessExample::main).lines()).startsWith("ELIGIBLE")
                .contains("WHO-E2-PARENT [Children Act 1989 s26(3)(b)]", "T2_STAGE_1_RESPONSE DUE 2022-09-27");
    }

    @Test
    void journeyExample() {
        assertThat(run(JourneyExample::main).lines())
                .anyMatch(l -> l.startsWith("STAGE_1_RESPONSE_SENT: ALLOWED -> STAGE_1_RESPONDED"))
                .anyMatch(l -> l.startsWith("STAGE_2_REQUESTED: ALLOWED -> STAGE_2"))
                .anyMatch(l -> l.startsWith("PANEL_HELD: REFUSED -> STAGE_2"));
    }

    @Test
    void councilPolicyExample() {
        assertThat(run(CouncilPolicyExample::main).lines())
                // 13-16 Dec (4), 19-23 (9), 26 and 27 Dec bank holidays, 28-30 closed, 2 Jan bank holiday, 3 Jan (10)
                .anyMatch(l -> l.startsWith("T2_STAGE_1_RESPONSE DUE 2023-01-03 [LOCAL_POLICY: LocalPolicy.closureDays (A12)]"));
    }
}
