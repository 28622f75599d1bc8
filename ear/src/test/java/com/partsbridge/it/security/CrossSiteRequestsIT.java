package com.partsbridge.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.CatalogFixtures;
import com.partsbridge.it.support.SystemTest;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page on another site must not make a signed-in person's browser change anything here: the page session
 * cookie signs in API calls too, so the API checks where a cookie-signed write comes from; the cookie is
 * SameSite; page forms need a view state the other site cannot know, and are never taken by GET.
 */
class CrossSiteRequestsIT extends SystemTest {

    static final String EVIL = "https://evil.example";

    Http http;
    String model;

    @BeforeEach
    void fixtures() {
        http = new Http(base);
        model = new CatalogFixtures(Api.at(base)).model("XS");
    }

    @Test
    void apiRefusesACookieSignedWriteFromAnotherSiteAndChangesNothing() {
        String cookie = http.sessionOf("alice", "alice-demo-pw");

        HttpResponse<String> fromEvil =
                http.postJson("/api/v1/my/units", unit("A0101"), "Cookie", cookie, "Origin", EVIL);
        HttpResponse<String> noOrigin = http.postJson("/api/v1/my/units", unit("A0102"), "Cookie", cookie);
        HttpResponse<String> evilReferer = http.postJson(
                "/api/v1/my/units", unit("A0103"), "Cookie", cookie, "Referer", EVIL + "/win-a-prize.html");

        for (HttpResponse<String> refused : java.util.List.of(fromEvil, noOrigin, evilReferer)) {
            assertEquals(403, refused.statusCode(), refused::body);
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(refused.body().contains("urn:partsbridge:problem:cross-site-request"), refused::body);
        }
        assertEquals(0, unitsOfAliceWithSerialsFrom("A0101", "A0102", "A0103"), "no unit was registered");
    }

    @Test
    void apiTakesACookieSignedWriteFromAPageOfThisSite() {
        String cookie = http.sessionOf("alice", "alice-demo-pw");

        HttpResponse<String> byOrigin =
                http.postJson("/api/v1/my/units", unit("A0201"), "Cookie", cookie, "Origin", http.origin());
        HttpResponse<String> byReferer = http.postJson(
                "/api/v1/my/units", unit("A0202"), "Cookie", cookie, "Referer", http.origin() + "/my/units.xhtml");

        assertEquals(201, byOrigin.statusCode(), byOrigin::body);
        assertEquals(201, byReferer.statusCode(), byReferer::body);
        assertEquals(2, unitsOfAliceWithSerialsFrom("A0201", "A0202"));
    }

    @Test
    void apiCallsSignedWithBasicNeedNoOrigin() {
        Api.Reply registered = Api.at(base).as(Api.ALICE).post("/api/v1/my/units", unit("A0301"));

        assertEquals(201, registered.status(), registered::toString);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnlyAndNewAtSignIn() {
        HttpResponse<String> signedIn = http.signIn("alice", "alice-demo-pw");

        assertEquals(302, signedIn.statusCode(), signedIn::body);
        String setCookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
    }

    @Test
    void anonymousPageViewsOpenNoSession() {
        for (String page : new String[] {
            "/", "/parts.xhtml?model=" + model + "&serial=A0001", "/login.xhtml", "/no-such-page.xhtml"
        }) {
            HttpResponse<String> view = http.get(page);

            assertTrue(view.statusCode() == 200 || view.statusCode() == 404, page + ": " + view.statusCode());
            assertNull(Http.sessionCookie(view), page + " opened a session");
        }
        assertEquals(
                "stateless",
                Http.viewState(http.get("/login.xhtml").body()),
                "the sign-in form works without a session");
    }

    @Test
    void aFormSentByGetRunsNoAction() {
        HttpResponse<String> byGet = http.get("/login.xhtml?login=login&login:username=alice"
                + "&login:password=alice-demo-pw&login:submit=Sign+in&jakarta.faces.ViewState=stateless");

        assertEquals(400, byGet.statusCode(), byGet::body);
        assertNull(Http.sessionCookie(byGet), "nobody was signed in");
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        HttpResponse<String> fromEvil = http.signIn("alice", "alice-demo-pw", "Origin", EVIL);
        HttpResponse<String> fromHere = http.signIn("alice", "alice-demo-pw", "Origin", http.origin());

        assertEquals(403, fromEvil.statusCode(), fromEvil::body);
        assertNull(Http.sessionCookie(fromEvil), "nobody was signed in");
        assertEquals(302, fromHere.statusCode(), fromHere::body);
    }

    @Test
    void aPageFormRunsOnlyWithTheViewStateThePageHandedOut() {
        CatalogFixtures catalog = new CatalogFixtures(Api.at(base));
        String ownModel = catalog.model("VS");
        String part = catalog.part("HG", "2.40", 5, "ACTIVE");
        catalog.fit(ownModel, part, "A0000", "A9999", "hinge");
        Api.Reply unit = Api.at(base).as(Api.BOB).post("/api/v1/my/units", """
                {"modelCode":"%s","serial":"A0042","purchasedOn":"2025-06-01","proofOfPurchase":"receipt"}""".formatted(ownModel));
        assertEquals(201, unit.status(), unit::toString);
        String cookie = http.sessionOf("bob", "bob-demo-pw");
        // the request page's two steps (review, then confirm), each a form with the page's view state
        String requestPage =
                "/my/request.xhtml?unit=" + unit.json().getJsonNumber("id").longValue() + "&part=" + part;
        String page = http.get(requestPage, "Cookie", cookie).body();
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "request",
                "request",
                "request:part",
                part,
                "request:quantity",
                "1",
                "request:reason",
                "DAMAGED",
                "request:review",
                "Review the request"));

        form.put("jakarta.faces.ViewState", "-1234567890123456789:-1234567890123456789");
        HttpResponse<String> forged = http.postForm(requestPage, form, "Cookie", cookie);
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        String review = http.postForm(requestPage, form, "Cookie", cookie).body();
        Map<String, String> confirm = new LinkedHashMap<>(Map.of(
                "confirm",
                "confirm",
                "confirm:submit",
                "Confirm the request",
                "jakarta.faces.ViewState",
                Http.viewState(review)));
        HttpResponse<String> genuine = http.postForm(requestPage, confirm, "Cookie", cookie);

        assertTrue(forged.headers().firstValue("Location").isEmpty(), "a forged view state runs no action");
        assertTrue(
                genuine.headers().firstValue("Location").orElse("").contains("/my/rma.xhtml"),
                () -> "the page's own view state does: " + genuine.statusCode() + " " + genuine.body());
        assertEquals(
                1,
                pagesOf(Api.BOB, "/api/v1/my/rmas").stream()
                        .filter(r -> r.toString().contains(part))
                        .count(),
                "one RMA, from the genuine post");
        String number = genuine.headers().firstValue("Location").orElseThrow().replaceAll(".*number=", "");
        long version = Api.at(base)
                .as(Api.BOB)
                .get("/api/v1/my/rmas/" + number)
                .json()
                .getJsonNumber("version")
                .longValue();
        assertEquals(
                200,
                Api.at(base)
                        .as(Api.BOB)
                        .post("/api/v1/my/rmas/" + number + "/cancellation", "{\"version\":" + version + "}")
                        .status(),
                "cancelled again: an open case would keep bob from marketing in other tests");
    }

    private String unit(String serial) {
        return """
                {"modelCode":"%s","serial":"%s","purchasedOn":"2025-06-01","proofOfPurchase":"receipt"}""".formatted(model, serial);
    }

    private long unitsOfAliceWithSerialsFrom(String... serials) {
        return pagesOf(Api.ALICE, "/api/v1/my/units").stream()
                .filter(u -> model.equals(u.getString("modelCode")))
                .filter(u -> java.util.Arrays.asList(serials).contains(u.getString("serial")))
                .count();
    }

    /** Every item of a paged list (the demo customers gather units and RMAs from many tests). */
    private java.util.List<JsonObject> pagesOf(String user, String path) {
        java.util.List<JsonObject> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject reply =
                    Api.at(base).as(user).get(path + "?size=200&page=" + page).json();
            reply.getJsonArray("items").stream().map(JsonObject.class::cast).forEach(all::add);
            if ((long) (page + 1) * 200 >= reply.getJsonNumber("total").longValue()) {
                return all;
            }
        }
    }
}
