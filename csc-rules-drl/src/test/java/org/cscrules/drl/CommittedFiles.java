package org.cscrules.drl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A generated document committed under docs/ must be what the code generates now. */
final class CommittedFiles {

    private CommittedFiles() {
    }

    /**
     * Fails, leaving the fresh text in target/ for review, when {@code docs/<name>} is not {@code generated}.
     *
     * @throws AssertionError naming the file to copy
     */
    static void assertCurrent(String name, String generated) throws IOException {
        Path committed = Path.of("..", "docs", name);
        String current = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        if (!current.equals(generated)) {
            Path fresh = Path.of("target", name).toAbsolutePath();
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, generated, StandardCharsets.UTF_8);
            throw new AssertionError("docs/" + name + " is stale: review and copy " + fresh + " to docs/" + name);
        }
    }
}
