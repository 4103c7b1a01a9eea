/**
 * The {@code csc-rules} command: the library's answers as JSON for systems and test suites that are
 * not Java, three ways: one call ({@code csc-rules assess FILE}), JSON lines in bulk ({@code --lines})
 * and an HTTP service ({@code csc-rules serve}). An application, not a library: its only public types
 * are the command and the inputs it documents ({@link org.cscrules.cli.ProcessStep}, {@link org.cscrules.cli.StartRequest}).
 */
package org.cscrules.cli;
