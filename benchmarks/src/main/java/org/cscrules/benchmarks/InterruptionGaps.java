package org.cscrules.benchmarks;

/**
 * The machine's own latency floor: a thread that does nothing but read the clock for five seconds
 * counts the gaps between two readings, by length. Any gap is time the thread did not run (timer
 * ticks, the hypervisor, other processes). An operation that lasts D is hit by such a gap with
 * probability of about (gaps per second) × D, so once that passes 1 %, the p99 of the operation
 * is the length of the gaps, whatever the operation does.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.cscrules.benchmarks.InterruptionGaps}
 */
public final class InterruptionGaps {

    private static final long RUN_NANOS = 5_000_000_000L;
    /** Upper edges of the buckets, in µs; the last bucket is open. */
    private static final long[] EDGES_MICROS = {10, 20, 30, 50, 100, 1000};
    private static final long SMALLEST_GAP_MICROS = 5;

    private InterruptionGaps() {
    }

    public static void main(String[] args) {
        long[] counts = new long[EDGES_MICROS.length + 1];
        long lost = 0;
        long last = System.nanoTime();
        long end = last + RUN_NANOS;
        while (last < end) {
            long now = System.nanoTime();
            long gapMicros = (now - last) / 1000;
            if (gapMicros >= SMALLEST_GAP_MICROS) {
                int bucket = 0;
                while (bucket < EDGES_MICROS.length && gapMicros >= EDGES_MICROS[bucket]) {
                    bucket++;
                }
                counts[bucket]++;
                lost += now - last;
            }
            last = now;
        }
        double seconds = RUN_NANOS / 1e9;
        long from = SMALLEST_GAP_MICROS;
        for (int bucket = 0; bucket < counts.length; bucket++) {
            String range = bucket < EDGES_MICROS.length ? from + "–" + EDGES_MICROS[bucket] + " µs" : "≥ " + from + " µs";
            System.out.printf("gaps of %-12s %7d  (%.0f a second)%n", range, counts[bucket], counts[bucket] / seconds);
            from = bucket < EDGES_MICROS.length ? EDGES_MICROS[bucket] : from;
        }
        System.out.printf("time the thread did not run: %.2f %%%n", 100.0 * lost / RUN_NANOS);
    }
}
