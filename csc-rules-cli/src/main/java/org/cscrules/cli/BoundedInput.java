package org.cscrules.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import org.cscrules.json.CscRulesJson;

/**
 * An input refused once longer than its bound, as it streams in: nothing is ever read whole into
 * memory before its length is known.
 */
final class BoundedInput extends FilterInputStream {

    private long left;

    private BoundedInput(InputStream in, long limit) {
        super(in);
        this.left = limit;
    }

    /**
     * Reads one JSON document of {@code type} from {@code in}, refused past {@code limit} bytes.
     *
     * @throws Problem.InputTooLarge past the limit
     * @throws Problem.EmptyInput when there is nothing to read
     * @throws IOException when the input cannot be read
     */
    static <T> T read(InputStream in, long limit, Class<T> type) throws IOException {
        PushbackInputStream bounded = new PushbackInputStream(new BoundedInput(in, limit), 1);
        int first = bounded.read();
        if (first < 0) {
            throw new Problem.EmptyInput();
        }
        bounded.unread(first);
        try {
            return CscRulesJson.read(bounded, type);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && --left < 0) {
            throw new Problem.InputTooLarge();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            left -= n;
            if (left < 0) {
                throw new Problem.InputTooLarge();
            }
        }
        return n;
    }
}
