package com.partsbridge.web.api.body;

import com.partsbridge.kernel.TooLargeException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Reads a request body through a {@link BoundedStream}: the declared length is checked first, then what
 * actually arrives is counted, since a client can understate its Content-Length or send chunks.
 */
final class BoundedBody implements ReaderInterceptor {

    private final long maxBytes;
    private final int maxDepth;

    BoundedBody(long maxBytes, int maxDepth) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredTooLong(declared.trim())) {
            throw tooLarge(maxBytes);
        }
        context.setInputStream(new BoundedStream(
                context.getInputStream(),
                maxBytes,
                isJson(context.getMediaType()) ? maxDepth : BoundedStream.NO_DEPTH_LIMIT));
        return context.proceed();
    }

    private boolean declaredTooLong(String declared) {
        try {
            return Long.parseLong(declared) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // the server refuses a malformed length before we see it
        }
    }

    static TooLargeException tooLarge(long maxBytes) {
        return new TooLargeException("body-too-large", "the request body is larger than " + maxBytes + " bytes");
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }
}
