/**
 * JMH benchmarks and start-up measurements of csc-rules, each against its peers in the same run.
 * Results, with date and machine, go in {@code benchmarks/RESULTS.md}.
 */
package org.cscrules.benchmarks;
