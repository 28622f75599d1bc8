package com.partsbridge.web.api.body;

import com.partsbridge.kernel.InvalidInputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of a body as they are read and refuses the one past the limit; for JSON it also follows
 * the nesting of arrays and objects (outside strings) and refuses a body nested deeper than the limit before
 * a parser recurses into it. The scan is byte by byte: UTF-8 never uses a byte below 0x80 inside a multi-byte
 * character, so the structural characters cannot be mistaken.
 */
final class BoundedStream extends FilterInputStream {

    static final int NO_DEPTH_LIMIT = -1;

    private final long maxBytes;
    private final int maxDepth;
    private long count;
    private int depth;
    private boolean inString;
    private boolean escaped;

    BoundedStream(InputStream in, long maxBytes, int maxDepth) {
        super(in);
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
            scan((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
            for (int i = offset; i < offset + n; i++) {
                scan(buffer[i]);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        int read = read(discard, 0, discard.length); // skipped bytes count and nest like read ones
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(int n) {
        count += n;
        if (count > maxBytes) {
            throw BoundedBody.tooLarge(maxBytes);
        }
    }

    private void scan(byte b) {
        if (maxDepth == NO_DEPTH_LIMIT) {
            return;
        }
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                inString = false;
            }
            return;
        }
        switch (b) {
            case '"' -> inString = true;
            case '[', '{' -> {
                if (++depth > maxDepth) {
                    throw new InvalidInputException("body", "the body is nested deeper than " + maxDepth + " levels");
                }
            }
            case ']', '}' -> depth--;
            default -> {}
        }
    }
}
