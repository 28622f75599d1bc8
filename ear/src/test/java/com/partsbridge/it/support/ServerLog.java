package com.partsbridge.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The log of the server under test, read from its file: what an operator would see. A test marks where the log
 * ends, acts, then reads what was written since.
 */
public final class ServerLog {

    private static final Path FILE = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");

    private final long start;

    private ServerLog(long start) {
        this.start = start;
    }

    /** From here on. */
    public static ServerLog mark() {
        try {
            return new ServerLog(Files.size(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was written since the mark, waiting up to a second for a line containing {@code expected}. */
    public String since(String expected) throws InterruptedException {
        String text = read();
        for (int i = 0; i < 20 && !text.contains(expected); i++) {
            Thread.sleep(50);
            text = read();
        }
        return text;
    }

    private String read() {
        try {
            byte[] all = Files.readAllBytes(FILE);
            int from = (int) Math.min(start, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
