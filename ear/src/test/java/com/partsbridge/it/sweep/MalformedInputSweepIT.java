package com.partsbridge.it.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.SystemTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads the server's OpenAPI document and sends every operation in it a fixed battery of malformed and odd
 * requests (see {@link Battery}): no answer may be a 5xx, every 4xx is {@code application/problem+json}
 * (a 401 too), and no body names an exception, a Java package or a stack frame. All failures are collected
 * and reported together, grouped by (method, path template, battery item, status); the counts go to
 * stdout (failsafe keeps them in {@code *-output.txt}). A new endpoint is swept without touching this class.
 *
 * <p>Demo data, which later test classes share through the H2 file that outlives each deployment:
 * <ul>
 * <li>the input battery on {@code /partners/{id}/...} aims at a partner the sweep creates, and the partner
 * API is swept with that partner's own key (rate 100,000 a minute); the demo key only takes part in the
 * credentials battery, so its rate (600 a minute) and its partner's keys and rate stay as they were;</li>
 * <li>a DELETE is never sent with a valid credential to known-good values only (it would really delete):
 * with valid credentials a DELETE gets odd path values;</li>
 * <li>wrong HTTP Basic credentials go to a few operations only (8 requests, for a user that does not exist),
 * so that a password-guessing throttle never locks out a demo account or this client's address;</li>
 * <li>an empty object body is a valid action on some operations (e.g. an RMA cancellation): the sweep may
 * move the demo RMA RMA-2026-000001 or alice's quotes along, which no other test relies on.</li>
 * </ul>
 * The sweep ends by checking that the demo key, alice and the catalog lookup still work.
 */
class MalformedInputSweepIT extends SystemTest {

    static final int CAP_PER_OPERATION = 60;
    static final int WRONG_BASIC_BUDGET = 8;
    static final String DEMO_PARTNER_KEY = "pbk_0000000de301.ReLinkDemoKeyForThePartnerApiOnly-012345678";

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void noOperationAnswersMalformedInputWithAServerErrorOrAnUnstructuredError() {
        long started = System.nanoTime();
        Api.Reply document = Api.at(base).get("/openapi?format=JSON");
        assertEquals(200, document.status(), document::toString);
        List<Operation> operations = Operation.allIn(document.json());
        assertTrue(operations.size() > 20, () -> "the document lists too few operations: " + operations);

        OwnPartner own = ownPartner();
        Credential customer = Credential.basic("customer alice", Api.ALICE);
        Credential rep = Credential.basic("rep rita", Api.REP);
        Credential admin = Credential.basic("admin", Api.ADMIN);
        Credential demoPartner = Credential.bearer("partner key", DEMO_PARTNER_KEY);
        List<Credential> roles = List.of(
                Credential.NONE,
                customer,
                rep,
                admin,
                demoPartner,
                Credential.wrongBearer(
                        "wrong partner secret", "Bearer pbk_0000000de301.NotTheSecretOfThisKeyAtAll-0123456789abcdef"),
                Credential.wrongBearer("malformed bearer", "Bearer not-a-key"));
        List<Credential> wrongBasic = List.of(
                Credential.wrongBasic("unknown user", "Basic " + Credential.base64("nobody-sweep:wrong-pw")),
                Credential.wrongBasic("malformed basic", "Basic %%not-base64%%"));

        Battery battery = new Battery(new KnownValues(Long.toString(own.id())), CAP_PER_OPERATION);
        Findings findings = new Findings();
        int wrongBasicSent = 0;
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            List<Credential> credentials = new ArrayList<>(roles);
            if (i % 16 == 0 && wrongBasicSent + wrongBasic.size() <= WRONG_BASIC_BUDGET) {
                credentials.addAll(wrongBasic);
                wrongBasicSent += wrongBasic.size();
            }
            Map<String, Integer> statusOf = new HashMap<>();
            List<Probe> first = battery.credentialProbes(op, credentials);
            for (Probe probe : first) {
                statusOf.put(probe.credential().name(), send(op, probe, findings));
            }
            // the input battery as the first role the operation lets through, the cheapest first
            Credential who = admin;
            for (Credential candidate : List.of(Credential.NONE, demoPartner, customer, rep, admin)) {
                Integer status = statusOf.get(candidate.name());
                if (status != null && status != 401 && status != 403 && status != 0) {
                    who = candidate == demoPartner ? own.key() : candidate;
                    break;
                }
            }
            for (Probe probe : battery.inputProbes(op, who, first.size())) {
                send(op, probe, findings);
            }
        }
        List<String> damage = demoDataStillServes();
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.println("OpenAPI sweep: " + findings.counts(operations.size(), millis));
        System.out.println("OpenAPI sweep, broken rules:\n" + findings.summary());
        System.out.println(
                "OpenAPI sweep, failures by (operation, [credential] battery item, status):" + findings.failureList());
        System.out.println("OpenAPI sweep, malformed bodies a valid caller got a 2xx for (not failures): "
                + findings.accepted().size());
        findings.accepted().forEach(a -> System.out.println("    " + a));
        System.out.println("OpenAPI sweep, demo data afterwards: " + (damage.isEmpty() ? "intact" : damage));

        if (!findings.clean() || !damage.isEmpty()) {
            fail(findings.failures() + " of " + findings.requests() + " responses broke a rule"
                    + (damage.isEmpty() ? "" : "; demo data damaged: " + damage) + "\n" + findings.summary()
                    + findings.failureList());
        }
    }

    /** Sends one probe and records its outcome; returns the status (0: no answer). */
    private int send(Operation op, Probe probe, Findings findings) {
        String root = base.toString().endsWith("/")
                ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + probe.target()))
                    .timeout(Duration.ofSeconds(20))
                    .header("Accept", "application/json, application/problem+json")
                    .method(
                            probe.method(),
                            probe.body() == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(probe.body()));
            if (probe.contentType() != null) {
                request.header("Content-Type", probe.contentType());
            }
            if (probe.credential().authorization() != null) {
                request.header("Authorization", probe.credential().authorization());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            findings.record(
                    op,
                    probe,
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
            return response.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            findings.noAnswer(op, probe, e);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record OwnPartner(long id, Credential key) {}

    /** A partner of the sweep's own, at the highest rate, and a key for it. */
    private OwnPartner ownPartner() {
        Api admin = Api.at(base).as(Api.ADMIN);
        Api.Reply partner = admin.post("/api/v1/partners", """
                {"name":"Sweep %s","royaltyRate":0.05,"requestsPerMinute":100000}""".formatted(Api.unique()));
        assertEquals(201, partner.status(), partner::toString);
        long id = partner.json().getJsonNumber("id").longValue();
        Api.Reply key = admin.post("/api/v1/partners/" + id + "/api-keys", "{\"label\":\"sweep\"}");
        assertEquals(201, key.status(), key::toString);
        return new OwnPartner(
                id, Credential.bearer("sweep's partner key", key.json().getString("key")));
    }

    /** What later test classes and the README's examples rely on, still there after the sweep. */
    private List<String> demoDataStillServes() {
        List<String> damage = new ArrayList<>();
        Api api = Api.at(base);
        expect(damage, "demo partner key", api.withKey(DEMO_PARTNER_KEY).get("/api/partner/v1/offers"));
        expect(damage, "alice", api.as(Api.ALICE).get("/api/v1/my/units"));
        expect(damage, "admin", api.as(Api.ADMIN).get("/api/v1/reports/parts-obligations"));
        expect(damage, "unit lookup", api.get("/api/v1/models/HARMONY-880/units/H880A01234/parts"));
        Api.Reply options = api.get("/api/v1/transitions?model=HARMONY-880&serial=H880A01234"
                + "&position=charging%20cradle&purchasedOn=2024-01-15&grade=B");
        expect(damage, "transition options", options);
        if (options.status() == 200 && options.array().size() < 3) {
            damage.add("transition options: fewer than three " + options.body());
        }
        return damage;
    }

    private static void expect(List<String> damage, String what, Api.Reply reply) {
        if (reply.status() != 200) {
            damage.add(what + ": " + reply);
        }
    }
}
