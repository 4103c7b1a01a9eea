package org.cscrules.cli;

/**
 * A main that does nothing, in the command's jar: the baseline a call's start-up is measured
 * against (a JVM started the same way, with the same archive, that loads nothing of the library);
 * see {@code benchmarks/cli-start.sh}.
 */
public final class StartupBaseline {

    private StartupBaseline() {
    }

    /**
     * Returns at once.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // nothing: the cost measured is the JVM's own start
    }
}
