package com.partsbridge.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.Axe;
import com.partsbridge.it.support.Browser;
import com.partsbridge.it.support.Screenshots;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Write to us in real Chromium: the contact page with its errors beside the fields and an acknowledgement
 * naming owner and deadline, the owner answering from the inbox, the customer reading the answer; the public
 * form for visitors.
 */
class CasesPagesIT extends SystemTest {

    private static final Pattern CODES =
            Pattern.compile("\\b(OPEN|ANSWERED|OWNER|TEAM_LEAD|EXECUTIVE|PARTS|BILLING|LEADERSHIP)\\b");
    private static final java.util.Map<String, String[]> STAFF = java.util.Map.of(
            "rita", new String[] {"rita", "rep-demo-pw"}, "admin", new String[] {"admin", "admin-demo-pw"});

    @Test
    void theContactPageShowsErrorsBesideTheFieldsThenAcknowledgesWithOwnerAndDeadline() {
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/contact.xhtml");
            alice.submit("contact:send");
            assertEquals(
                    "Choose what your message is about.",
                    alice.find(By.id("contact:topic-message")).getText());
            assertEquals(
                    "Write your message.",
                    alice.find(By.id("contact:message-message")).getText());
            Screenshots.save(alice, "cases-contact-errors");

            new Select(alice.find(By.id("contact:topic"))).selectByVisibleText("A part or finding the right one");
            alice.type("contact:message", "My battery door keeps falling off. Which one fits? " + Api.unique());
            alice.submit("contact:send");

            String ack = alice.find(By.id("acknowledgement")).getText();
            assertTrue(ack.contains("We have your message"), ack);
            assertTrue(ack.contains("will answer you by"), ack);
            assertTrue(ack.contains("Rita Alvarez") || ack.contains("Sam Becker"), ack);
            assertTrue(alice.driver().getCurrentUrl().contains("sent=true"), "redirected after the post");
            assertTrue(alice.find(By.id("owner")).getText().contains("its owner"));
            assertFalse(CODES.matcher(alice.text()).find(), () -> "codes on the page: " + alice.text());
            Screenshots.save(alice, "cases-acknowledgement");
            assertTrue(
                    Axe.check(alice.driver()).stream().noneMatch(Axe.Violation::seriousOrCritical),
                    () -> Axe.check(alice.driver()).toString());

            alice.atWidth(390);
            assertEquals(0, alice.horizontalOverflow(), "the case page fits a phone");
            alice.go("/my/contact.xhtml");
            alice.find(By.id("contact:send"));
            assertEquals(0, alice.horizontalOverflow(), "the contact page fits a phone");
        }
    }

    @Test
    void theOwnerAnswersFromTheInboxAndTheCustomerReadsTheAnswer() {
        String question = "Can I still get a cradle for my Harmony 880? " + Api.unique();
        JsonObject c = Api.at(base)
                .as(Api.ALICE)
                .post("/api/v1/my/cases", "{\"topic\":\"PARTS\",\"message\":\"" + question + "\"}")
                .json();
        long id = c.getJsonNumber("id").longValue();
        String[] owner = STAFF.get(c.getString("owner"));

        try (Browser staff = Browser.open(base)) {
            staff.signIn(owner[0], owner[1], "/rep/inbox.xhtml");
            // the inbox is ordered by deadline: the newest case may be on a later page
            String link = "Answer case " + id;
            for (int page = 1; staff.driver().findElements(By.linkText(link)).isEmpty() && page < 20; page++) {
                staff.go("/rep/inbox.xhtml?page=" + page);
                staff.find(By.tagName("h1"));
            }
            assertTrue(staff.text().contains(question), "the inbox shows the thread");
            staff.click(By.linkText(link));
            staff.find(By.id("answer:send"));
            Screenshots.save(staff, "cases-inbox-case");

            staff.submit("answer:send");
            assertEquals(
                    "Write your answer.",
                    staff.find(By.id("answer:text-message")).getText());

            staff.type("answer:text", "Yes: the refurbished cradle fits; it ships tomorrow.");
            staff.submit("answer:send");
            assertTrue(staff.driver().getCurrentUrl().contains("/rep/inbox.xhtml"), "back to the inbox");
            assertTrue(staff.text().contains("Your answer to case " + id + " is on its way"), staff.text());
            assertTrue(staff.driver().findElements(By.linkText(link)).isEmpty(), "no longer waiting");
            Screenshots.save(staff, "cases-inbox-answered");
        }
        try (Browser alice = Browser.open(base)) {
            alice.signIn("alice", "alice-demo-pw", "/my/case.xhtml?id=" + id);
            assertEquals("Answered", alice.find(By.id("status")).getText());
            String thread = alice.find(By.id("thread")).getText();
            assertTrue(thread.contains("the refurbished cradle fits"), thread);
            assertTrue(thread.contains("Our answer, from"), thread);
            Screenshots.save(alice, "cases-customer-sees-answer");

            // the answer did not help: she replies on the page, and the case is open again with its owner
            assertEquals("Reply to our answer", alice.find(By.id("reply-title")).getText());
            alice.submit("reply:send");
            assertEquals(
                    "Write your message.",
                    alice.find(By.id("reply:message-message")).getText());
            alice.type("reply:message", "The refurbished one is sold out. What else fits?");
            alice.submit("reply:send");
            assertTrue(alice.driver().getCurrentUrl().contains("replied=true"), "redirected after the post");
            String banner = alice.find(By.id("reply-acknowledgement")).getText();
            assertTrue(banner.contains("We have your message") && banner.contains("will answer you by"), banner);
            assertEquals("Waiting for our answer", alice.find(By.id("status")).getText());
            assertTrue(alice.find(By.id("thread")).getText().contains("sold out. What else fits?"));
            assertTrue(
                    alice.find(By.id("history")).getText().contains("You replied to our answer; it is open again with"),
                    alice.find(By.id("history")).getText());
            assertEquals("Add to your message", alice.find(By.id("reply-title")).getText());
            assertFalse(CODES.matcher(alice.text()).find(), () -> "codes on the page: " + alice.text());
            Screenshots.save(alice, "cases-customer-replied");
            assertTrue(
                    Axe.check(alice.driver()).stream().noneMatch(Axe.Violation::seriousOrCritical),
                    () -> Axe.check(alice.driver()).toString());

            alice.go("/my/cases.xhtml");
            assertTrue(alice.find(By.id("cases")).getText().contains("Case " + id), "listed among her messages");
        }
        Api.Reply inbox = Api.at(base).as(owner[0] + ":" + owner[1]).get("/api/v1/inbox/" + id);
        assertEquals(200, inbox.status(), "back in its owner's inbox: " + inbox);
        assertEquals("OPEN", inbox.json().getString("status"));
        try (Browser bob = Browser.open(base)) {
            bob.signIn("bob", "bob-demo-pw", "/my/case.xhtml?id=" + id);
            assertTrue(bob.driver().findElements(By.id("thread")).isEmpty(), "bob cannot read alice's case");
            assertTrue(bob.text().contains("you have no case " + id), bob.text());
            assertTrue(bob.driver().findElements(By.id("reply:send")).isEmpty(), "and has nothing to reply to");
        }
    }

    @Test
    void aVisitorWritesWithoutAnAccountAndIsToldWhoHasIt() {
        try (Browser visitor = Browser.open(base)) {
            visitor.go("/contact.xhtml");
            visitor.submit("letter:send");
            assertEquals(
                    "Tell us your name.",
                    visitor.find(By.id("letter:name-message")).getText());
            assertEquals(
                    "Give the e-mail address we should answer.",
                    visitor.find(By.id("letter:email-message")).getText());

            visitor.type("letter:name", "Vera Visitor");
            visitor.type("letter:email", "vera-" + Api.unique().toLowerCase() + "@example.org");
            new Select(visitor.find(By.id("letter:topic"))).selectByVisibleText("Something else");
            visitor.type("letter:message", "Do you repair units from 2012?");
            visitor.submit("letter:send");

            String ack = visitor.find(By.id("acknowledgement")).getText();
            assertTrue(ack.contains("We have your message") && ack.contains("will answer you by"), ack);
            assertTrue(visitor.find(By.id("letter:name")).getAttribute("value").isEmpty(), "the form is empty again");
            Screenshots.save(visitor, "cases-public-acknowledgement");
            visitor.driver().navigate().refresh();
            assertTrue(visitor.driver().findElements(By.id("acknowledgement")).isEmpty(), "a reload sends nothing");
            assertEquals(
                    List.of(),
                    visitor.driver().findElements(By.className("field-error")).stream()
                            .map(e -> e.getText())
                            .filter(t -> !t.isBlank())
                            .toList());
        }
    }
}
