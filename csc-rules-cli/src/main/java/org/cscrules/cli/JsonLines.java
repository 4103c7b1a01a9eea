package org.cscrules.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cscrules.json.CscRulesJson;

/**
 * JSON lines: one JSON document a line in, one JSON answer a line out, in the same order. A bad line
 * gets its problem object on its own line (with {@code inputLine}, counted from 1) and the rest go on.
 * Lines are answered on several threads and written in order; reading waits while too many answers
 * are pending, so memory stays bounded whatever the input's length.
 */
final class JsonLines {

    /** How many answers may wait to be written, per thread. */
    private static final int PENDING_PER_THREAD = 256;

    /** The answer to one line, as an object to write as JSON. */
    @FunctionalInterface
    interface Answerer {
        /**
         * @param line the line's JSON text
         * @return the answer
         * @throws Exception a problem with the line ({@link Problem#of}), or a fault
         */
        Object answer(String line) throws Exception;
    }

    /** What became of the lines: how many were answered, how many were bad input, how many met a fault. */
    record Tally(long answered, long bad, long faults) {
    }

    /** One line's written answer and what it was. */
    private record Line(String json, int kind) {
        static final int ANSWERED = 0;
        static final int BAD = 1;
        static final int FAULT = 2;
    }

    private JsonLines() {
    }

    /**
     * Answers every line of {@code in} on {@code out}.
     *
     * @param input what each line is, for its problem ("request", "record", "step")
     * @param maxLineBytes the most a line may be; a longer one is a problem of its own
     * @param threads how many lines are answered at once
     * @return the tally
     * @throws IOException if {@code in} cannot be read or {@code out} written
     */
    static Tally run(InputStream in, Writer out, Answerer answerer, String input, long maxLineBytes, int threads) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "csc-rules-lines");
            thread.setDaemon(true);
            return thread;
        });
        BlockingQueue<CompletableFuture<Line>> pending = new ArrayBlockingQueue<>(threads * PENDING_PER_THREAD);
        CompletableFuture<Line> end = CompletableFuture.completedFuture(null);
        CompletableFuture<Tally> written = CompletableFuture.supplyAsync(() -> write(pending, end, out));
        try (in) {
            LineReader lines = new LineReader(in, maxLineBytes);
            long number = 0;
            for (Object line = lines.next(); line != null; line = lines.next()) {
                long inputLine = ++number;
                Object read = line;
                put(pending, CompletableFuture.supplyAsync(() -> answer(read, inputLine, answerer, input, maxLineBytes), workers));
            }
        } finally {
            put(pending, end);
            workers.shutdown();
        }
        try {
            return written.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException unwritable) {
                throw unwritable.getCause();
            }
            throw e;
        }
    }

    private static void put(BlockingQueue<CompletableFuture<Line>> pending, CompletableFuture<Line> line) {
        try {
            pending.put(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Writes the answers in order until the end; the tally. */
    private static Tally write(BlockingQueue<CompletableFuture<Line>> pending, CompletableFuture<Line> end, Writer out) {
        long answered = 0;
        long bad = 0;
        long faults = 0;
        try {
            for (CompletableFuture<Line> next = pending.take(); next != end; next = pending.take()) {
                Line line = next.join();
                out.write(line.json());
                out.write('\n');
                answered += line.kind() == Line.ANSWERED ? 1 : 0;
                bad += line.kind() == Line.BAD ? 1 : 0;
                faults += line.kind() == Line.FAULT ? 1 : 0;
            }
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new Tally(answered, bad, faults);
    }

    /** One line's answer, or its problem, or a fault named without detail; never an exception. */
    private static Line answer(Object line, long inputLine, Answerer answerer, String input, long maxLineBytes) {
        try {
            if (line instanceof Exception tooLongOrEmpty) {
                throw tooLongOrEmpty;
            }
            return new Line(CscRulesJson.writeLine(answerer.answer((String) line)), Line.ANSWERED);
        } catch (Exception e) {
            Problem problem = Problem.of(e, input, maxLineBytes);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("inputLine", inputLine);
            if (problem == null) {
                json.put("error", "internal error");
                return new Line(CscRulesJson.writeLine(json), Line.FAULT);
            }
            json.putAll(problem.json());
            return new Line(CscRulesJson.writeLine(json), Line.BAD);
        }
    }

    /**
     * The lines of a stream, read through a buffer of its own: each a line's text, or the problem it
     * already is (too long, or empty). A line ends at a line feed, a carriage return before it
     * dropped; the last line needs none.
     */
    private static final class LineReader {
        private final InputStream in;
        private final long maxLineBytes;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;

        LineReader(InputStream in, long maxLineBytes) {
            this.in = in;
            this.maxLineBytes = maxLineBytes;
        }

        /** The next line, or null at the end. */
        Object next() throws IOException {
            if (position == limit && !fill()) {
                return null;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            long length = 0;
            while (true) {
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                int taken = position - start;
                if (length + taken <= maxLineBytes) {
                    line.write(buffer, start, taken);
                }
                length += taken;
                if (position < limit) {
                    position++; // the line feed
                    break;
                }
                if (!fill()) {
                    break;
                }
            }
            if (length > maxLineBytes) {
                return new Problem.InputTooLarge();
            }
            String text = line.toString(StandardCharsets.UTF_8);
            text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            return text.isBlank() ? new Problem.EmptyInput() : text;
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }
    }
}
