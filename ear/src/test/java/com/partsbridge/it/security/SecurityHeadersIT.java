package com.partsbridge.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.SystemTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Browser protections on every answer: pages, API answers, and the 401 the sign-in mechanism writes. */
class SecurityHeadersIT extends SystemTest {

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndTheOtherProtections() {
        HttpResponse<String> page = new Http(base).get("/parts.xhtml");

        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals(
                "strict-origin-when-cross-origin",
                page.headers().firstValue("Referrer-Policy").orElse(null));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
    }

    @Test
    void apiAnswersAndRefusalsCarryThemToo() {
        Api.Reply ping = Api.at(base).get("/api/v1/ping");
        Api.Reply unauthorized = Api.at(base).get("/api/v1/my/units");
        Api.Reply notFound = Api.at(base).get("/api/v1/no-such-thing");

        for (Api.Reply reply : new Api.Reply[] {ping, unauthorized, notFound}) {
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply::toString);
            assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"), reply::toString);
        }
        assertEquals(401, unauthorized.status());
    }
}
