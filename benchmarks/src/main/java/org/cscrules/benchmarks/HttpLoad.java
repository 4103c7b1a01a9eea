package org.cscrules.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load generator for {@code csc-rules serve} on loopback, bounded in count and time. {@code max
 * CLIENTS SECONDS}: that many clients, each sending its next request when the last is answered (the
 * service's throughput). {@code rate PER_SECOND SECONDS}: requests sent at a fixed rate whatever the
 * answers (an open loop), each latency counted from when it was due to be sent, so that a stall is
 * not hidden (no coordinated omission). Each runs a warm-up of the same first, not counted.
 *
 * <p>Usage: {@code HttpLoad URL BODY_FILE max CLIENTS SECONDS} or {@code HttpLoad URL BODY_FILE rate PER_SECOND SECONDS}.
 */
public final class HttpLoad {

    private HttpLoad() {
    }

    /**
     * Runs the load and prints its figures.
     *
     * @param args URL, body file, mode, clients or rate, seconds
     * @throws Exception if the load cannot run
     */
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String body = Files.readString(Path.of(args[1]));
        String mode = args[2];
        int amount = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        if (mode.equals("max")) {
            closedLoop(client, request, amount, Math.max(2, seconds / 3));
            report("max, " + amount + " clients", closedLoop(client, request, amount, seconds), seconds);
        } else {
            openLoop(client, request, amount, Math.max(2, seconds / 3));
            report("fixed rate " + amount + "/s", openLoop(client, request, amount, seconds), seconds);
        }
        System.exit(0);
    }

    /** Latencies in microseconds, and the count of answers that were not 200. */
    private record Result(List<Long> latencies, long errors) {
    }

    private static Result closedLoop(HttpClient client, HttpRequest request, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                        errors.addAndGet(status == 200 ? 0 : 1);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - start) / 1000);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(new ArrayList<>(latencies), errors.get());
    }

    private static Result openLoop(HttpClient client, HttpRequest request, int perSecond, int seconds) throws Exception {
        long count = (long) perSecond * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        List<CompletableFuture<?>> sent = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        long first = System.nanoTime();
        AtomicLong next = new AtomicLong();
        timer.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            for (long n = next.get(); n < count && first + n * interval <= now; n = next.incrementAndGet()) {
                long due = first + n * interval;
                sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    latencies.add((System.nanoTime() - due) / 1000);
                    errors.addAndGet(failure == null && response.statusCode() == 200 ? 0 : 1);
                }));
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        while (next.get() < count) {
            Thread.sleep(10);
        }
        timer.shutdown();
        List<CompletableFuture<?>> all;
        synchronized (sent) {
            all = new ArrayList<>(sent);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).handle((v, e) -> null).get(60, TimeUnit.SECONDS);
        return new Result(new ArrayList<>(latencies), errors.get());
    }

    private static void report(String what, Result result, int seconds) {
        List<Long> sorted = result.latencies().stream().sorted().toList();
        System.out.printf("%s, %d s: %d requests, %.0f a second, latency p50 %.2f ms, p99 %.2f ms, max %.2f ms, %d not 200%n",
                what, seconds, sorted.size(), sorted.size() / (double) seconds, percentile(sorted, 0.50) / 1000.0,
                percentile(sorted, 0.99) / 1000.0, sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1000.0, result.errors());
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
