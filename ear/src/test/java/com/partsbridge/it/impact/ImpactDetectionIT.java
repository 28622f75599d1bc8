package com.partsbridge.it.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Impact found from the customers' own requests: with the test fault switch, the RMA tracking journey fails
 * for alice and bob; detection proposes one incident with exactly them, staff confirm it, and each gets one
 * notice (by mail and on their page) with one credit, however often it is confirmed. The server of the system
 * tests counts 4 failures by 2 customers within 10 minutes as an incident (ear/pom.xml).
 */
class ImpactDetectionIT extends SystemTest {

    static final String JOURNEY = "RMA_TRACKING";
    static final String SUBJECT = "We let you down: Our site failed you while following your requests";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    Api api;

    @BeforeEach
    void api() {
        api = Api.at(base);
    }

    @Test
    void failuresOfAliceAndBobBecomeOneIncidentWithExactlyThemAndOneNoticeAndCreditEach() throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        dismissOpenProposals(); // a proposal left by an earlier run of this test on the same database

        // below the threshold: 3 failures by 2 customers, and staff and other journeys are not counted
        arm(3);
        assertEquals(403, api.as(Api.REP).get("/api/v1/my/rmas").status(), "staff are not watched, nor failed");
        assertEquals(503, api.as(Api.ALICE).get("/api/v1/my/rmas").status());
        assertEquals(503, api.as(Api.ALICE).get("/api/v1/my/rmas").status());
        assertEquals(503, api.as(Api.BOB).get("/api/v1/my/rmas").status());
        assertEquals(200, api.as(Api.ALICE).get("/api/v1/my/rmas").status(), "the switch failed exactly 3");
        assertEquals(200, api.as(Api.ALICE).get("/api/v1/my/units").status());
        JsonObject below = awaitCounted(3, null);
        assertEquals(2, counted(below).getInt("customers"));
        assertTrue(proposal().isEmpty(), "below the threshold no incident is proposed");

        // the same failures seen from beyond the window are not counted
        JsonObject later = run(Instant.now().plus(Duration.ofMinutes(11)));
        assertTrue(
                later.getJsonArray("counted").stream()
                        .map(JsonObject.class::cast)
                        .noneMatch(c -> c.getString("journey").equals(JOURNEY)),
                later::toString);
        assertTrue(proposal().isEmpty(), "failures outside the window make no incident");

        // the fourth failure crosses the threshold: the timer proposes the incident on its own
        arm(1);
        assertEquals(503, api.as(Api.BOB).get("/api/v1/my/rmas").status());
        JsonObject incident = awaitProposal();
        assertEquals("PROPOSED", incident.getString("status"));
        assertEquals(Map.of("alice", 2, "bob", 2), affected(incident), "exactly the customers who had failures");
        assertEquals(0, incident.getJsonArray("notices").size(), "nobody is told before staff confirm");
        assertEquals(10.0, incident.getJsonNumber("totalCredit").doubleValue(), "2 x 5.00 EUR to be granted");
        long id = incident.getJsonNumber("id").longValue();
        assertEquals(
                1L,
                proposals().stream()
                        .filter(p -> p.getJsonNumber("id").longValue() == id)
                        .count());

        // the timer runs again: the open proposal is extended, not duplicated
        run(null);
        assertEquals(
                1,
                proposals().stream()
                        .filter(p -> JOURNEY.equals(p.getString("journey", null)))
                        .count());

        // staff amend it: an unknown customer is refused; bob removed stays removed when detection runs again;
        // added back, his failures are still known
        Api.Reply unknownCustomer = amend(id, "alice", "nobody-" + Api.unique());
        assertBadRequestNaming("customers", unknownCustomer);
        assertEquals(200, amend(id, "alice").status());
        run(null);
        assertEquals(
                Map.of("alice", 2),
                affected(api.as(Api.ADMIN).get("/api/v1/incidents/" + id).json()));
        Api.Reply restored = amend(id, "alice", "bob");
        assertEquals(200, restored.status(), restored::toString);
        assertEquals(Map.of("alice", 2, "bob", 2), affected(restored.json()));
        assertEquals("Errors on the RMA pages and API", restored.json().getString("description"));

        // staff confirm while the auto-confirm fires (a run two hours later): one of them wins
        long version = api.as(Api.ADMIN)
                .get("/api/v1/incidents/" + id)
                .json()
                .getJsonNumber("version")
                .longValue();
        CompletableFuture<Api.Reply> staff = CompletableFuture.supplyAsync(() ->
                api.as(Api.ADMIN).post("/api/v1/incidents/" + id + "/confirmation", "{\"version\":" + version + "}"));
        CompletableFuture<Api.Reply> auto = CompletableFuture.supplyAsync(() -> api.as(Api.ADMIN)
                .post(
                        "/api/v1/faults/detection-runs",
                        "{\"asOf\":\"" + Instant.now().plus(Duration.ofMinutes(121)) + "\"}"));
        int staffStatus = staff.get().status();
        assertEquals(200, auto.get().status(), auto.get()::toString);
        assertTrue(staffStatus == 200 || staffStatus == 409, staff.get()::toString);

        // a second confirmation changes nothing
        Api.Reply again = api.as(Api.ADMIN).post("/api/v1/incidents/" + id + "/confirmation", "{\"version\":0}");
        assertEquals(200, again.status(), again::toString);
        JsonObject confirmed = again.json();
        assertEquals("CONFIRMED", confirmed.getString("status"));
        assertEquals(
                List.of("alice", "bob"),
                confirmed.getJsonArray("notices").stream()
                        .map(n -> ((JsonObject) n).getString("customer"))
                        .toList());

        awaitMails(2);
        Thread.sleep(11_000); // two more rounds of the outbox: a second mail would have gone by now
        assertEquals(List.of("alice@example.com", "bob@example.com"), recipients());
        for (String customer : List.of(Api.ALICE, Api.BOB)) {
            List<JsonObject> notices =
                    api.as(customer).get("/api/v1/my/notices?size=200").json().getJsonArray("items").stream()
                            .map(JsonObject.class::cast)
                            .filter(n -> n.getString("caseRef").equals(confirmed.getString("title")))
                            .filter(n -> Instant.parse(n.getString("createdAt")).isAfter(started))
                            .toList();
            assertEquals(1, notices.size(), customer + ": one notice");
            List<JsonObject> credits = notices.get(0).getJsonArray("concessions").stream()
                    .map(JsonObject.class::cast)
                    .filter(g -> g.getString("kind").equals("STORE_CREDIT"))
                    .toList();
            assertEquals(1, credits.size(), customer + ": one credit");
            assertEquals(5.0, credits.get(0).getJsonNumber("amount").doubleValue());
        }
        System.out.printf(
                "Impact detection figures: failures recorded %d (alice %d, bob %d), customers affected %d,"
                        + " notices sent %d, mails %d, credits %s EUR in total%n",
                affected(incident).values().stream().mapToInt(Integer::intValue).sum(),
                affected(incident).get("alice"),
                affected(incident).get("bob"),
                affected(incident).size(),
                confirmed.getJsonArray("notices").size(),
                recipients().size(),
                confirmed.getJsonNumber("totalCredit"));
    }

    @Test
    void onlyAdminsDecideOnIncidentsAndUseTheSwitch() {
        String preview = """
                {"title":"t","description":"d","startedAt":"2026-11-20T10:00:00Z","endedAt":"2026-11-20T14:00:00Z",
                 "customers":["alice"]}""";

        assertEquals(
                403,
                api.as(Api.ALICE).post("/api/v1/incidents/preview", preview).status());
        assertEquals(
                403,
                api.as(Api.REP)
                        .post("/api/v1/incidents/1/confirmation", "{\"version\":0}")
                        .status());
        assertEquals(
                403,
                api.as(Api.BOB)
                        .post("/api/v1/incidents/1/dismissal", "{\"version\":0}")
                        .status());
        assertEquals(
                403,
                api.as(Api.ALICE)
                        .put("/api/v1/faults/RMA_TRACKING", "{\"requests\":5}")
                        .status());
        assertEquals(
                401, api.put("/api/v1/faults/RMA_TRACKING", "{\"requests\":5}").status());
    }

    @Test
    void actionsOnIncidentsNameTheFieldOrTheConflict() {
        Api.Reply noVersion = api.as(Api.ADMIN).post("/api/v1/incidents/1/confirmation", "{}");
        Api.Reply unknown = api.as(Api.ADMIN).post("/api/v1/incidents/987654321/confirmation", "{\"version\":0}");
        Api.Reply badStatus = api.as(Api.ADMIN).get("/api/v1/incidents?status=OPEN");
        Api.Reply badJourney = api.as(Api.ADMIN).put("/api/v1/faults/NOWHERE", "{\"requests\":1}");
        Api.Reply declared = api.as(Api.ADMIN).post("/api/v1/incidents", """
                {"title":"Declared %s","description":"d","startedAt":"2026-11-20T10:00:00Z",
                 "endedAt":"2026-11-20T14:00:00Z","customers":["bob"]}""".formatted(Api.unique()));
        Api.Reply dismissDeclared = api.as(Api.ADMIN)
                .post("/api/v1/incidents/" + declared.json().getJsonNumber("id") + "/dismissal", "{\"version\":0}");

        assertBadRequestNaming("version", noVersion);
        assertEquals(404, unknown.status());
        assertBadRequestNaming("status", badStatus);
        assertBadRequestNaming("journey", badJourney);
        assertEquals(409, dismissDeclared.status(), dismissDeclared::toString);
    }

    @Test
    void thePreviewTellsWhomAndHowMuchAndAKeyDeclaresOnce() {
        String title = "Preview " + Api.unique();
        String incident = """
                {"title":"%s","description":"Nobody could sign in","startedAt":"2026-11-20T10:00:00Z",
                 "endedAt":"2026-11-20T14:00:00Z","customers":["bob","alice","bob"]}""".formatted(title);

        Api.Reply preview = api.as(Api.ADMIN).post("/api/v1/incidents/preview", incident);
        assertEquals(200, preview.status(), preview::toString);
        assertEquals(
                List.of("alice", "bob"),
                preview.json().getJsonArray("customers").stream()
                        .map(c -> ((jakarta.json.JsonString) c).getString())
                        .toList());
        assertEquals(10.0, preview.json().getJsonNumber("totalCredit").doubleValue());
        assertTrue(incidentsTitled(title).isEmpty(), "a preview declares nothing");

        String key = "key-" + Api.unique();
        List<Api.Reply> both = new ArrayList<>(List.of(
                        CompletableFuture.supplyAsync(() -> declare(incident, key)),
                        CompletableFuture.supplyAsync(() -> declare(incident, key)))
                .stream()
                .map(CompletableFuture::join)
                .toList());
        both.add(declare(incident, key));
        assertTrue(both.stream().anyMatch(r -> r.status() == 201), both::toString);
        assertEquals(1, incidentsTitled(title).size(), "one incident for one key: " + both);
        assertEquals(2, incidentsTitled(title).get(0).getJsonArray("notices").size());
    }

    private Api.Reply declare(String incident, String key) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/incidents"))
                    .header(
                            "Authorization",
                            "Basic " + java.util.Base64.getEncoder().encodeToString(Api.ADMIN.getBytes()))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(incident))
                    .build();
            var response = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body(),
                    response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Reply amend(long id, String... customers) {
        JsonObject now = api.as(Api.ADMIN).get("/api/v1/incidents/" + id).json();
        return api.as(Api.ADMIN)
                .post(
                        "/api/v1/incidents/" + id + "/amendment",
                        "{\"version\":" + now.getJsonNumber("version") + ",\"title\":\"" + now.getString("title")
                                + "\",\"description\":\"Errors on the RMA pages and API\",\"customers\":[\""
                                + String.join("\",\"", customers) + "\"]}");
    }

    private List<JsonObject> incidentsTitled(String title) {
        return api.as(Api.ADMIN).get("/api/v1/incidents?size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(i -> i.getString("title").equals(title))
                .toList();
    }

    private void arm(int requests) {
        Api.Reply armed = api.as(Api.ADMIN).put("/api/v1/faults/" + JOURNEY, "{\"requests\":" + requests + "}");
        assertEquals(200, armed.status(), armed::toString);
    }

    private JsonObject run(Instant asOf) {
        Api.Reply run = api.as(Api.ADMIN)
                .post("/api/v1/faults/detection-runs", asOf == null ? "{}" : "{\"asOf\":\"" + asOf + "\"}");
        assertEquals(200, run.status(), run::toString);
        return run.json();
    }

    /** Runs the detector until the journey's failures are stored (recording is asynchronous). */
    private JsonObject awaitCounted(int failures, Instant asOf) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        JsonObject run = run(asOf);
        while (counted(run).getInt("failures") < failures && Instant.now().isBefore(until)) {
            Thread.sleep(300);
            run = run(asOf);
        }
        assertEquals(failures, counted(run).getInt("failures"), run::toString);
        return run;
    }

    private static JsonObject counted(JsonObject run) {
        return run.getJsonArray("counted").stream()
                .map(JsonObject.class::cast)
                .filter(c -> c.getString("journey").equals(JOURNEY))
                .findFirst()
                .orElse(jakarta.json.Json.createObjectBuilder()
                        .add("failures", 0)
                        .add("customers", 0)
                        .build());
    }

    private List<JsonObject> proposals() {
        return api.as(Api.ADMIN).get("/api/v1/incidents?status=PROPOSED&size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .toList();
    }

    private Optional<JsonObject> proposal() {
        return proposals().stream()
                .filter(p -> JOURNEY.equals(p.getString("journey", null)))
                .findFirst();
    }

    private JsonObject awaitProposal() throws InterruptedException {
        Instant until = Instant.now().plusSeconds(40); // the timer runs every 10 s; recording is asynchronous
        while (Instant.now().isBefore(until)) {
            Optional<JsonObject> found = proposal();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("no incident proposed within 40 s");
    }

    private void dismissOpenProposals() {
        proposal()
                .ifPresent(p -> api.as(Api.ADMIN)
                        .post(
                                "/api/v1/incidents/" + p.getJsonNumber("id") + "/dismissal",
                                "{\"version\":" + p.getJsonNumber("version") + "}"));
    }

    private static Map<String, Integer> affected(JsonObject incident) {
        Map<String, Integer> affected = new TreeMap<>();
        incident.getJsonArray("affected").stream()
                .map(JsonObject.class::cast)
                .forEach(a -> affected.put(a.getString("customer"), a.getInt("failures")));
        return affected;
    }

    private static void awaitMails(int count) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        while (recipients().size() < count && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        assertEquals(count, recipients().size(), () -> "mails: " + recipients());
    }

    private static List<String> recipients() {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> SUBJECT.equals(subject(m)))
                .map(ImpactDetectionIT::recipient)
                .sorted()
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            return "?";
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            return "?";
        }
    }
}
