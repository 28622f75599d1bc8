package com.partsbridge.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.SystemTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed: after 10 failures for one account (or 20 from one address, as the build
 * configures the test server, with a window of 10 s instead of 15 minutes,
 * long enough for 20 failures on a loaded machine) further attempts get a 429 with
 * Retry-After without the password being checked, and the owner gets in once the window has passed. Every
 * test client is 127.0.0.1, so each test starts after the failures of earlier tests have left the window.
 */
class SignInThrottleIT extends SystemTest {

    static final int ACCOUNT_LIMIT = 10;
    static final int ADDRESS_LIMIT = 20;
    static final long WINDOW_MILLIS = 10_000;

    @BeforeEach
    @AfterEach
    void letEarlierFailuresLeaveTheWindow() throws InterruptedException {
        Thread.sleep(WINDOW_MILLIS + 500);
    }

    @Test
    void tenWrongPasswordsPauseTheAccountEvenForTheRightOneUntilTheWindowHasPassed() throws Exception {
        Api api = Api.at(base);
        for (int i = 1; i <= ACCOUNT_LIMIT; i++) {
            assertEquals(401, api.as("bob:wrong-" + i).get("/api/v1/my/units").status(), "attempt " + i);
        }

        Api.Reply paused = api.as(Api.BOB).get("/api/v1/my/units");
        Api.Reply otherAccount = api.as(Api.ALICE).get("/api/v1/my/units");

        assertEquals(429, paused.status(), paused::toString);
        assertTrue(paused.isProblem(), paused::toString);
        assertEquals(
                "urn:partsbridge:problem:too-many-sign-in-attempts",
                paused.json().getString("type"));
        long retryAfter = Long.parseLong(paused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
        assertEquals(200, otherAccount.status(), "another account from the same address is not paused");

        Thread.sleep(retryAfter * 1000 + 200);
        assertEquals(200, api.as(Api.BOB).get("/api/v1/my/units").status(), "the owner gets in after the window");
    }

    @Test
    void failuresFromOneAddressPauseEveryAccountFromIt() throws Exception {
        Api api = Api.at(base);
        for (int i = 1; i <= ADDRESS_LIMIT; i++) {
            assertEquals(
                    401,
                    api.as("guess-" + Api.unique() + ":password")
                            .get("/api/v1/my/units")
                            .status());
        }

        Api.Reply paused = api.as(Api.ALICE).get("/api/v1/my/units");

        assertEquals(429, paused.status(), paused::toString);
        Thread.sleep(Long.parseLong(paused.header("Retry-After")) * 1000 + 200);
        assertEquals(200, api.as(Api.ALICE).get("/api/v1/my/units").status());
    }

    @Test
    void theSignInPageAnswers429WithAPlainMessageWhilePaused() throws Exception {
        Http http = new Http(base);
        for (int i = 1; i <= ACCOUNT_LIMIT; i++) {
            HttpResponse<String> wrong = http.signIn("rita", "wrong-" + i);
            assertEquals(200, wrong.statusCode(), "attempt " + i);
            assertTrue(wrong.body().contains("do not match an account"), "attempt " + i);
        }

        HttpResponse<String> paused = http.signIn("rita", "rep-demo-pw");

        assertEquals(429, paused.statusCode());
        assertTrue(paused.body().contains("Too many failed sign-ins"), paused::body);
        assertTrue(paused.headers().firstValue("Retry-After").isPresent());
        assertNull(Http.sessionCookie(paused), "not signed in");

        Thread.sleep(Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 200);
        HttpResponse<String> later = http.signIn("rita", "rep-demo-pw");
        assertEquals(302, later.statusCode(), later::body);
        assertTrue(Http.sessionCookie(later) != null, "signed in");
    }

    @Test
    void anUnknownUserCostsAsMuchHashWorkAsAKnownOne() {
        Api api = Api.at(base);
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // interleaved, so load on the machine hits both alike
            known.add(millis(() -> api.as("admin:wrong").get("/api/v1/rmas")));
            unknown.add(millis(() -> api.as("nobody-" + Api.unique() + ":wrong").get("/api/v1/rmas")));
        }
        long fastestKnown = Collections.min(known);
        long fastestUnknown = Collections.min(unknown);

        // without the dummy hash an unknown user answered in about a tenth of the time (9 ms against 80 ms)
        assertTrue(fastestUnknown * 2 >= fastestKnown, "known " + known + " ms, unknown " + unknown + " ms");
    }

    private static long millis(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
