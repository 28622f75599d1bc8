package com.partsbridge.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.RmaFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Write to us: a message is a case stored and acknowledged with its owner and deadline (by real SMTP mail),
 * customers see only their own cases and owners only their inbox, an unanswered case climbs the ladder once
 * per rung with the customer told each time (the ladder run "as of" a later time instead of waiting a day),
 * letters to leadership start at the executive, and marketing waits while a case is open.
 */
class CasesApiIT extends SystemTest {

    static final String LENA = "lena:lead-demo-pw";
    static final String VICTOR = "victor:exec-demo-pw";
    static final Map<String, String> STAFF =
            Map.of("rita", Api.REP, "admin", Api.ADMIN, "lena", LENA, "victor", VICTOR);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 3125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    Api api;
    CaseMail mail;

    @BeforeEach
    void api() {
        api = Api.at(base);
        mail = new CaseMail(SMTP);
    }

    @Test
    void aMessageIsStoredAndAcknowledgedWithItsOwnerAndDeadlineByMail() throws Exception {
        Instant before = Instant.now();
        Api.Reply written = write(Api.ALICE, "PARTS", "Which battery door fits my unit? " + Api.unique());

        assertEquals(201, written.status(), written::toString);
        JsonObject c = written.json();
        assertTrue(List.of("rita", "admin").contains(c.getString("owner")), c::toString);
        assertEquals("OPEN", c.getString("status"));
        assertEquals("OWNER", c.getString("step"));
        Duration toDeadline = Duration.between(before, Instant.parse(c.getString("deadline")));
        assertTrue(
                toDeadline.compareTo(Duration.ofHours(24)) >= 0 && toDeadline.compareTo(Duration.ofHours(25)) < 0,
                () -> "parts are answered within 24 hours: " + toDeadline);
        JsonObject stored = api.as(Api.ALICE).get(path(written.location())).json();
        assertEquals(c.getJsonNumber("id"), stored.getJsonNumber("id"));
        assertEquals(1, stored.getJsonArray("messages").size());

        MimeMessage ack = mail.await("We have your message (case " + c.getJsonNumber("id") + ")");
        assertEquals("alice@example.com", CaseMail.to(ack));
        String body = CaseMail.body(ack);
        assertTrue(body.contains(c.getString("ownerName")), body);
        assertTrue(body.contains("will answer you by"), body);
        assertTrue(body.contains(" UTC"), body);
    }

    @Test
    void customersSeeOnlyTheirOwnCasesAndOwnersOnlyTheirInbox() {
        RmaFixtures fx = new RmaFixtures(api);
        long bobsUnit = fx.unitOf(Api.BOB);
        long alicesUnit = fx.unitOf(Api.ALICE);
        Api.Reply written = api.as(Api.ALICE).post("/api/v1/my/cases", """
                {"topic":"RMA","message":"About my unit %s","unitId":%d}""".formatted(Api.unique(), alicesUnit));
        assertEquals(201, written.status(), written::toString);
        long id = written.json().getJsonNumber("id").longValue();
        String owner = written.json().getString("owner");
        String other = owner.equals("rita") ? "admin" : "rita";

        assertEquals(404, api.as(Api.BOB).get("/api/v1/my/cases/" + id).status(), "bob cannot read alice's case");
        assertTrue(
                ids(api.as(Api.BOB).get("/api/v1/my/cases?size=200")).stream().noneMatch(i -> i == id));
        assertTrue(ids(api.as(Api.ALICE).get("/api/v1/my/cases?size=200")).contains(id));
        assertTrue(ids(api.as(STAFF.get(owner)).get("/api/v1/inbox?size=200")).contains(id), "in its owner's inbox");
        assertFalse(ids(api.as(STAFF.get(other)).get("/api/v1/inbox?size=200")).contains(id), "not in another's");
        assertFalse(ids(api.as(LENA).get("/api/v1/inbox?size=200")).contains(id), "not with the team lead yet");
        assertEquals(404, api.as(STAFF.get(other)).get("/api/v1/inbox/" + id).status());
        assertEquals(
                404,
                api.as(STAFF.get(other))
                        .post("/api/v1/inbox/" + id + "/answer", "{\"message\":\"not mine\"}")
                        .status());
        assertEquals(403, api.as(Api.ALICE).get("/api/v1/inbox").status(), "customers have no inbox");
        assertEquals(403, api.as(Api.REP).get("/api/v1/my/cases").status());
        assertEquals(401, api.get("/api/v1/my/cases").status());

        assertBadRequestNaming("unitId", api.as(Api.ALICE).post("/api/v1/my/cases", """
                {"topic":"RMA","message":"About bob's unit","unitId":%d}""".formatted(bobsUnit)));
        assertBadRequestNaming("rmaNumber", api.as(Api.ALICE).post("/api/v1/my/cases", """
                {"topic":"RMA","message":"About an RMA","rmaNumber":"RMA-1999-000001"}"""));
    }

    @Test
    void anUnansweredCaseClimbsOncePerRungAndTheCustomerIsToldEachTime() throws Exception {
        JsonObject c = write(Api.ALICE, "BILLING", "I was charged twice " + Api.unique())
                .json();
        long id = c.getJsonNumber("id").longValue();
        Instant deadline = Instant.parse(c.getString("deadline"));

        Instant firstRun = deadline.plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        runLadder(firstRun.minusSeconds(120)); // before its deadline: nothing happens to it
        assertEquals(c.getString("owner"), mine(id).getString("owner"));
        runLadder(firstRun);
        runLadder(firstRun); // the same run again, as a second node would: no second climb
        JsonObject atLead = mine(id);
        assertEquals("TEAM_LEAD", atLead.getString("step"));
        assertEquals("lena", atLead.getString("owner"));
        assertEquals("Lena Ortiz, Customer Care Team Lead", atLead.getString("ownerName"));
        assertEquals(firstRun.plus(Duration.ofHours(24)), Instant.parse(atLead.getString("deadline")));
        assertTrue(ids(api.as(LENA).get("/api/v1/inbox?size=200")).contains(id), "now in the team lead's inbox");
        assertFalse(ids(api.as(STAFF.get(c.getString("owner"))).get("/api/v1/inbox?size=200"))
                .contains(id));

        Instant secondRun = firstRun.plus(Duration.ofHours(25));
        runLadder(secondRun);
        runLadder(secondRun.plus(Duration.ofHours(100))); // the executive is the top rung
        JsonObject atTop = mine(id);
        assertEquals("EXECUTIVE", atTop.getString("step"));
        assertEquals("victor", atTop.getString("owner"));
        assertEquals(secondRun.plus(Duration.ofHours(8)), Instant.parse(atTop.getString("deadline")));
        assertEquals(
                List.of("OPENED", "CLIMBED", "CLIMBED"),
                atTop.getJsonArray("history").stream()
                        .map(e -> ((JsonObject) e).getString("kind"))
                        .toList(),
                "each climb is on the case's record once");

        String toLead = "Your message is now with Lena Ortiz, Customer Care Team Lead (case " + id + ")";
        String toExecutive = "Your message is now with Victor Hale, Chief Executive (case " + id + ")";
        assertTrue(CaseMail.body(mail.await(toLead)).contains("did not answer your message"));
        mail.await(toExecutive);
        Thread.sleep(11_000); // two more rounds of the sender: a second mail would have gone by now
        assertEquals(1, mail.count(toLead), "told once that the team lead has it");
        assertEquals(1, mail.count(toExecutive), "told once that the executive has it");
    }

    @Test
    void aLetterToLeadershipGoesToTheExecutiveWhoHandsItDownAndStaysNamedOnTheAnswer() throws Exception {
        JsonObject parts =
                write(Api.ALICE, "PARTS", "A parts question " + Api.unique()).json();
        JsonObject letter = write(Api.ALICE, "LEADERSHIP", "Nobody answered me twice. " + Api.unique())
                .json();
        long id = letter.getJsonNumber("id").longValue();

        assertEquals("victor", letter.getString("owner"));
        assertEquals("EXECUTIVE", letter.getString("step"));
        Duration leadership = Duration.between(
                Instant.parse(letter.getString("createdAt")), Instant.parse(letter.getString("deadline")));
        Duration partsTime = Duration.between(
                Instant.parse(parts.getString("createdAt")), Instant.parse(parts.getString("deadline")));
        assertEquals(Duration.ofHours(8), leadership);
        assertTrue(leadership.compareTo(partsTime) < 0, "the shortest deadline");
        assertTrue(ids(api.as(VICTOR).get("/api/v1/inbox?size=200")).contains(id));

        assertEquals(
                404,
                api.as(Api.REP)
                        .post("/api/v1/inbox/" + id + "/hand-down", "{\"to\":\"lena\"}")
                        .status(),
                "only its owner hands it down");
        assertBadRequestNaming(
                "to",
                api.as(VICTOR).post("/api/v1/inbox/" + id + "/hand-down", "{\"to\":\"nobody-" + Api.unique() + "\"}"));
        Api.Reply handed = api.as(VICTOR)
                .post("/api/v1/inbox/" + id + "/hand-down", "{\"to\":\"rita\",\"note\":\"Please fix this today\"}");
        assertEquals(200, handed.status(), handed::toString);
        assertEquals("victor", handed.json().getString("owner"), "the executive keeps the case");
        assertEquals("rita", handed.json().getString("handedDownTo"));
        assertTrue(ids(api.as(Api.REP).get("/api/v1/inbox?size=200")).contains(id), "in rita's inbox now");
        assertTrue(ids(api.as(VICTOR).get("/api/v1/inbox?size=200")).contains(id), "and still in victor's");

        Api.Reply answered = api.as(Api.REP)
                .post("/api/v1/inbox/" + id + "/answer", "{\"message\":\"Your door ships today, by express.\"}");
        assertEquals(200, answered.status(), answered::toString);
        Api.Reply again = api.as(VICTOR).post("/api/v1/inbox/" + id + "/answer", "{\"message\":\"Twice\"}");
        assertEquals(409, again.status(), "answered once");

        JsonObject seen = mine(id);
        assertEquals("ANSWERED", seen.getString("status"));
        assertEquals("victor", seen.getString("owner"));
        JsonObject answer = seen.getJsonArray("messages").getJsonObject(1);
        assertFalse(answer.getBoolean("fromCustomer"));
        assertEquals(
                "Victor Hale, Chief Executive (prepared by Rita Alvarez, Customer Care)", answer.getString("author"));
        assertTrue(
                seen.getJsonArray("history").stream()
                        .noneMatch(e -> ((JsonObject) e).getString("kind").equals("HANDED_DOWN")),
                "the customer reads who answers, not our internal hand-downs");
        String body = CaseMail.body(mail.await("Our answer to your message (case " + id + ")"));
        assertTrue(body.contains("Your door ships today") && body.contains("Victor Hale, Chief Executive"), body);
    }

    @Test
    void aReplyToOurAnswerOpensTheCaseAgainWithANewDeadlineAndEachRoundIsMailedOnce() throws Exception {
        JsonObject c = write(Api.ALICE, "PARTS", "My hinge pin is loose " + Api.unique())
                .json();
        long id = c.getJsonNumber("id").longValue();
        Api owner = api.as(STAFF.get(c.getString("owner")));
        String reply = "We have your reply (case " + id + ")";
        String answer = "Our answer to your message (case " + id + ")";

        // more to say before our answer: it joins the thread, the deadline stands, nothing more is mailed
        JsonObject added = writeAgain(id, "It is the left one.").json();
        assertEquals("OPEN", added.getString("status"));
        assertEquals(c.getString("deadline"), added.getString("deadline"));
        assertEquals(2, added.getJsonArray("messages").size());
        assertEquals(List.of("OPENED", "WROTE_AGAIN"), kinds(added));

        assertEquals(
                200,
                owner.post("/api/v1/inbox/" + id + "/answer", "{\"message\":\"Tighten it.\"}")
                        .status());
        mail.await(answer);

        Instant before = Instant.now();
        Api.Reply replied = writeAgain(id, "Tightened twice, it is still loose.");
        JsonObject reopened = replied.json();
        assertEquals("OPEN", reopened.getString("status"), "our answer did not help: open again");
        assertEquals(c.getString("owner"), reopened.getString("owner"), "with its owner, who answered it");
        Duration toDeadline = Duration.between(before, Instant.parse(reopened.getString("deadline")));
        assertTrue(
                toDeadline.compareTo(Duration.ofHours(24)) >= 0 && toDeadline.compareTo(Duration.ofHours(25)) < 0,
                () -> "a new parts deadline: " + toDeadline);
        assertEquals(List.of("OPENED", "WROTE_AGAIN", "ANSWERED", "REOPENED"), kinds(reopened));
        assertEquals(4, reopened.getJsonArray("messages").size());
        assertTrue(ids(owner.get("/api/v1/inbox?size=200")).contains(id), "back in the owner's inbox");
        String ack = CaseMail.body(mail.await(reply));
        assertTrue(ack.contains(reopened.getString("ownerName")) && ack.contains("still loose"), ack);

        assertEquals(
                200,
                owner.post("/api/v1/inbox/" + id + "/answer", "{\"message\":\"A new pin ships today.\"}")
                        .status());
        Instant until = Instant.now().plusSeconds(30);
        while (mail.count(answer) < 2 && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        assertEquals(2, mail.count(answer), "each round's answer is mailed, the second as the first");
        Thread.sleep(11_000); // two more rounds of the sender: a repeat would have gone by now
        assertEquals(1, mail.count(reply), "the reply acknowledged once");
        assertEquals(2, mail.count(answer));
        assertEquals("ANSWERED", mine(id).getString("status"));
    }

    @Test
    void onlyTheWriterWritesAgainOnACaseAndAnEmptyMessageIsRefused() {
        long id = write(Api.ALICE, "OTHER", "A question " + Api.unique())
                .json()
                .getJsonNumber("id")
                .longValue();

        assertEquals(
                404,
                api.as(Api.BOB)
                        .post("/api/v1/my/cases/" + id + "/messages", "{\"message\":\"hi\"}")
                        .status());
        assertEquals(
                403,
                api.as(Api.REP)
                        .post("/api/v1/my/cases/" + id + "/messages", "{\"message\":\"hi\"}")
                        .status());
        assertBadRequestNaming(
                "message", api.as(Api.ALICE).post("/api/v1/my/cases/" + id + "/messages", "{\"message\":\" \"}"));
        assertBadRequestNaming("message", api.as(Api.ALICE).post("/api/v1/my/cases/" + id + "/messages", "{}"));
        assertEquals(1, mine(id).getJsonArray("messages").size(), "nothing was added");
    }

    @Test
    void marketingWaitsWhileACaseIsOpenAndResumesOnceItIsAnswered() {
        assertTrue(eligibility("bob"), "bob has no open case to begin with");
        JsonObject c = write(Api.BOB, "OTHER", "Do you sell gift cards? " + Api.unique())
                .json();
        long id = c.getJsonNumber("id").longValue();
        try {
            assertFalse(eligibility("bob"));
        } finally { // bob must end with no open case (ServiceRecoveryIT counts on it)
            Api.Reply answered = api.as(STAFF.get(c.getString("owner")))
                    .post("/api/v1/inbox/" + id + "/answer", "{\"message\":\"Not yet, but soon.\"}");
            assertEquals(200, answered.status(), answered::toString);
        }
        assertTrue(eligibility("bob"));
    }

    @Test
    void anyoneWithAnEmailAddressWritesWithinTheSpamLimits() throws Exception {
        String email = "visitor-" + Api.unique().toLowerCase() + "@example.org";
        Api.Reply first = letter(email, "");
        assertEquals(201, first.status(), first::toString);
        JsonObject ack = first.json();
        assertFalse(ack.getString("ownerName").isBlank());
        assertTrue(
                Instant.parse(ack.getString("deadline")).isAfter(Instant.now().plus(Duration.ofHours(23))));
        MimeMessage mailed = mail.await("We have your message (case " + ack.getJsonNumber("caseId") + ")");
        assertEquals(email, CaseMail.to(mailed));

        Api.Reply bot = letter("bot-" + Api.unique().toLowerCase() + "@example.org", "http://spam.example");
        assertEquals(422, bot.status(), "the hidden field filled in: a bot");
        assertEquals(201, letter(email, "").status());
        assertEquals(201, letter(email, "").status());
        Api.Reply fourth = letter(email, "");
        assertEquals(422, fourth.status(), "three letters an hour per address");
        assertTrue(fourth.json().getString("type").endsWith(":too-many-letters"), fourth::toString);
        assertBadRequestNaming("email", api.post("/api/v1/letters", """
                {"name":"V","email":"not-an-address","topic":"OTHER","message":"hello"}"""));
    }

    @Test
    void badMessagesAreRefusedNamingTheField() {
        assertBadRequestNaming("topic", api.as(Api.ALICE).post("/api/v1/my/cases", "{\"message\":\"hello\"}"));
        assertBadRequestNaming(
                "topic", api.as(Api.ALICE).post("/api/v1/my/cases", "{\"topic\":\"GOSSIP\",\"message\":\"hello\"}"));
        assertBadRequestNaming(
                "message", api.as(Api.ALICE).post("/api/v1/my/cases", "{\"topic\":\"PARTS\",\"message\":\"  \"}"));
        assertBadRequestNaming(
                "message",
                api.as(Api.ALICE)
                        .post("/api/v1/my/cases", "{\"topic\":\"PARTS\",\"message\":\"" + "x".repeat(4001) + "\"}"));
        assertBadRequestNaming("asOf", api.as(Api.ADMIN).post("/api/v1/cases/ladder-runs", "{}"));
        assertEquals(
                403,
                api.as(Api.REP)
                        .post("/api/v1/cases/ladder-runs", "{\"asOf\":\"2030-01-01T00:00:00Z\"}")
                        .status());
        assertNotEquals(500, api.as(Api.ALICE).get("/api/v1/my/cases/abc").status());
    }

    private Api.Reply write(String customer, String topic, String message) {
        Api.Reply r = api.as(customer)
                .post("/api/v1/my/cases", "{\"topic\":\"%s\",\"message\":\"%s\"}".formatted(topic, message));
        assertEquals(201, r.status(), r::toString);
        return r;
    }

    private Api.Reply writeAgain(long id, String message) {
        Api.Reply r = api.as(Api.ALICE)
                .post("/api/v1/my/cases/" + id + "/messages", "{\"message\":\"%s\"}".formatted(message));
        assertEquals(200, r.status(), r::toString);
        return r;
    }

    private static List<String> kinds(JsonObject c) {
        return c.getJsonArray("history").stream()
                .map(e -> ((JsonObject) e).getString("kind"))
                .toList();
    }

    private Api.Reply letter(String email, String website) {
        return api.post("/api/v1/letters", """
                {"name":"A visitor","email":"%s","topic":"OTHER","message":"Do you repair old units?","website":"%s"}""".formatted(email, website));
    }

    private JsonObject mine(long id) {
        Api.Reply r = api.as(Api.ALICE).get("/api/v1/my/cases/" + id);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private void runLadder(Instant asOf) {
        Api.Reply r = api.as(Api.ADMIN).post("/api/v1/cases/ladder-runs", "{\"asOf\":\"" + asOf + "\"}");
        assertEquals(200, r.status(), r::toString);
    }

    private boolean eligibility(String user) {
        return api.as(Api.ADMIN)
                .get("/api/v1/marketing/eligibility/" + user)
                .json()
                .getBoolean("mayReceiveMarketing");
    }

    private static List<Long> ids(Api.Reply page) {
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").stream()
                .map(i -> ((JsonObject) i).getJsonNumber("id").longValue())
                .toList();
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
