package com.partsbridge.it.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When we are at fault the customer hears from us first, once, with a concession, by real SMTP mail. */
class ServiceRecoveryIT extends SystemTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    Api api;

    @BeforeEach
    void api() {
        api = Api.at(base);
    }

    @Test
    void aWrongPartDeliveredBringsAnApologyByMailAndACreditWithoutAsking() throws Exception {
        RmaFixtures fx = new RmaFixtures(api);
        JsonObject rma = fx.request(Api.ALICE, fx.unitOf(Api.ALICE), fx.hinge);
        rma = fx.done(fx.done(rma, "verification", null), "approval", null);
        rma = fx.done(fx.done(rma, "shipment", "\"scannedParts\":[\"" + fx.hinge + "\"]"), "delivery", null);
        String number = rma.getString("number");

        Api.Reply reported = api.as(Api.ALICE)
                .post(
                        "/api/v1/my/rmas/" + number + "/wrong-part-received",
                        "{\"version\":" + rma.getJsonNumber("version") + ",\"partNumber\":\"" + fx.universalDoor
                                + "\"}");
        assertEquals(200, reported.status(), reported::toString);

        MimeMessage mail = awaitMail("We sent you the wrong part (" + number + ")");
        assertEquals("alice@example.com", mail.getAllRecipients()[0].toString());
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("That was our mistake"), body);
        assertTrue(body.contains("store credit of 15.00 EUR"), body);
        assertTrue(body.contains("nothing for you to claim"), body);

        JsonObject notice = noticesOf(Api.ALICE).stream()
                .filter(n -> n.getString("caseRef").equals(number))
                .findFirst()
                .orElseThrow();
        List<String> grants = notice.getJsonArray("concessions").stream()
                .map(g -> ((JsonObject) g).getString("kind"))
                .sorted()
                .toList();
        assertEquals(List.of("FREE_EXPEDITED_SHIPPING", "STORE_CREDIT"), grants);
    }

    @Test
    void theSameFaultReportedTwiceIsNoticedMailedAndCompensatedOnce() throws Exception {
        String key = "support-call-" + Api.unique();
        String failure = """
                {"kind":"LATE_SHIPMENT","occurrenceKey":"%s","customer":"bob","caseRef":"%s",
                 "whatWentWrong":"Your order left our warehouse four days late"}""".formatted(key, key);

        Api.Reply first = api.as(Api.ADMIN).post("/api/v1/recovery/failures", failure);
        Api.Reply second = api.as(Api.ADMIN).post("/api/v1/recovery/failures", failure);

        assertEquals(200, first.status(), first::toString);
        assertEquals(first.json().getJsonNumber("id"), second.json().getJsonNumber("id"));
        awaitMail("We did not ship your part when we promised (" + key + ")");
        Thread.sleep(11_000); // two more rounds of the sender: a second mail would have gone by now
        assertEquals(1, mailsWithSubject("We did not ship your part when we promised (" + key + ")"));
        assertEquals(
                1,
                noticesOf(Api.BOB).stream()
                        .filter(n -> n.getString("caseRef").equals(key))
                        .count());
    }

    @Test
    void anIncidentTellsEachAffectedCustomerOnce() throws Exception {
        String title = "Parts site down " + Api.unique();
        Api.Reply declared = api.as(Api.ADMIN).post("/api/v1/incidents", """
                {"title":"%s","description":"Between 10:00 and 14:00 UTC nobody could request a part",
                 "startedAt":"2026-11-20T10:00:00Z","endedAt":"2026-11-20T14:00:00Z",
                 "customers":["alice","bob","alice"]}""".formatted(title));

        assertEquals(201, declared.status(), declared::toString);
        assertEquals(2, declared.json().getJsonArray("notices").size());
        awaitMail("We let you down: " + title);
        JsonObject incident = api.as(Api.ADMIN)
                .get(declared.location().replaceFirst("^https?://[^/]+", ""))
                .json();
        assertEquals(
                List.of("alice", "bob"),
                incident.getJsonArray("notices").stream()
                        .map(n -> ((JsonObject) n).getString("customer"))
                        .toList());
    }

    @Test
    void anIncidentWithAHundredAndTwentyCharacterTitleIsDeclaredAndMailed() throws Exception {
        String title = ("Parts site down " + Api.unique() + " ").repeat(5).substring(0, 120);
        Api.Reply declared = api.as(Api.ADMIN).post("/api/v1/incidents", """
                {"title":"%s","description":"The parts site answered errors for four hours",
                 "startedAt":"2026-11-20T10:00:00Z","endedAt":"2026-11-20T14:00:00Z","customers":["bob"]}""".formatted(title));
        Api.Reply tooLong = api.as(Api.ADMIN).post("/api/v1/incidents", """
                {"title":"%s","description":"d","startedAt":"2026-11-20T10:00:00Z","endedAt":"2026-11-20T14:00:00Z",
                 "customers":["bob"]}""".formatted(title + "x"));

        assertEquals(201, declared.status(), declared::toString);
        JsonObject notice = declared.json().getJsonArray("notices").getJsonObject(0);
        assertEquals(title, notice.getString("caseRef"), "the notice names the incident in full");
        awaitMail("We let you down: " + title);
        assertBadRequestNaming("title", tooLong);
    }

    @Test
    void marketingWaitsWhileACaseIsOpen() {
        RmaFixtures fx = new RmaFixtures(api);
        JsonObject rma = fx.request(Api.BOB, fx.unitOf(Api.BOB), fx.hinge);

        assertFalse(eligibility("bob").getBoolean("mayReceiveMarketing"));
        Api.Reply cancelled = api.as(Api.BOB)
                .post(
                        "/api/v1/my/rmas/" + rma.getString("number") + "/cancellation",
                        "{\"version\":" + rma.getJsonNumber("version") + "}");
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertTrue(eligibility("bob").getBoolean("mayReceiveMarketing"));
    }

    @Test
    void customersSeeOnlyTheirOwnNoticesAndNoStaffTools() {
        String key = "alice-only-" + Api.unique();
        api.as(Api.ADMIN).post("/api/v1/recovery/failures", """
                {"kind":"LOST_SHIPMENT","occurrenceKey":"%s","customer":"alice","caseRef":"%s",
                 "whatWentWrong":"The carrier lost your parcel"}""".formatted(key, key));

        assertTrue(noticesOf(Api.ALICE).stream()
                .anyMatch(n -> n.getString("caseRef").equals(key)));
        assertTrue(noticesOf(Api.BOB).stream()
                .noneMatch(n -> n.getString("caseRef").equals(key)));
        assertEquals(
                403, api.as(Api.ALICE).get("/api/v1/marketing/eligibility/bob").status());
        assertEquals(403, api.as(Api.ALICE).post("/api/v1/incidents", "{}").status());
    }

    @Test
    void rejectsBadReportsNamingTheField() {
        Api.Reply noKind = api.as(Api.ADMIN)
                .post(
                        "/api/v1/recovery/failures",
                        "{\"occurrenceKey\":\"k\",\"customer\":\"bob\",\"caseRef\":\"c\",\"whatWentWrong\":\"w\"}");
        Api.Reply backwards = api.as(Api.ADMIN).post("/api/v1/incidents", """
                {"title":"t","description":"d","startedAt":"2026-11-20T14:00:00Z","endedAt":"2026-11-20T10:00:00Z",
                 "customers":["bob"]}""");
        Api.Reply unknownCustomer = api.as(Api.ADMIN).get("/api/v1/marketing/eligibility/nobody-" + Api.unique());

        assertBadRequestNaming("kind", noKind);
        assertBadRequestNaming("endedAt", backwards);
        assertEquals(404, unknownCustomer.status());
    }

    private JsonObject eligibility(String user) {
        return api.as(Api.ADMIN).get("/api/v1/marketing/eligibility/" + user).json();
    }

    private List<JsonObject> noticesOf(String customer) {
        return api.as(customer).get("/api/v1/my/notices?size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .toList();
    }

    private static MimeMessage awaitMail(String subject) throws Exception {
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            for (MimeMessage m : SMTP.getReceivedMessages()) {
                if (subject.equals(m.getSubject())) {
                    return m;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail '" + subject + "' within 30 s; got "
                + Arrays.stream(SMTP.getReceivedMessages())
                        .map(ServiceRecoveryIT::subject)
                        .toList());
    }

    private static long mailsWithSubject(String subject) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> subject.equals(subject(m)))
                .count();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "?";
        }
    }
}
