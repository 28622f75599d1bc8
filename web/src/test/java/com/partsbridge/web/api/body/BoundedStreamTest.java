package com.partsbridge.web.api.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.TooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BoundedStreamTest {

    static byte[] readAll(String body, long maxBytes, int maxDepth) throws IOException {
        try (InputStream in = new BoundedStream(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), maxBytes, maxDepth)) {
            return in.readAllBytes();
        }
    }

    @Test
    void passesABodyWithinTheLimitsUnchanged() throws IOException {
        String body = "{\"a\":[[1],{\"b\":\"[[[[ not nesting \\\" [[\"}]}";

        assertEquals(body, new String(readAll(body, body.length(), 3), StandardCharsets.UTF_8));
    }

    @Test
    void refusesTheByteBeyondTheLimitWhateverTheDeclaredLength() {
        assertThrows(TooLargeException.class, () -> readAll("x".repeat(101), 100, BoundedStream.NO_DEPTH_LIMIT));
    }

    @Test
    void refusesNestingBeyondTheLimitEarlyAndFast() {
        String deep = "[".repeat(3000) + "]".repeat(3000);

        InvalidInputException refused = assertTimeoutPreemptively(
                Duration.ofSeconds(1),
                () -> assertThrows(InvalidInputException.class, () -> readAll(deep, 1 << 20, 64)));
        assertEquals("body", refused.field());
    }

    @Test
    void bracketsInsideStringsDoNotCount() throws IOException {
        String body = "{\"text\":\"" + "[".repeat(500) + "\"}";

        assertEquals(body.length(), readAll(body, 1 << 20, 2).length);
    }

    @Test
    void depthIsNotCheckedForBodiesThatAreNotJson() throws IOException {
        assertEquals(100, readAll("[".repeat(100), 1 << 20, BoundedStream.NO_DEPTH_LIMIT).length);
    }
}
