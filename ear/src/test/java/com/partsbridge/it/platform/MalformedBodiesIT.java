package com.partsbridge.it.platform;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.it.support.Api;
import com.partsbridge.it.support.SystemTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Malformed input is the client's fault, never a 5xx: every broken, wrong-typed, out-of-range, too deep or too
 * large body is a 4xx problem+json naming the member (or "body"), and problem details never name our classes.
 * Driven against real endpoints that bind records: an RMA request (customer), a new part and a partner's
 * rate limit (admin).
 */
class MalformedBodiesIT extends SystemTest {

    static final String RMAS = "/api/v1/my/rmas";
    static final String PARTS = "/api/v1/parts";
    static final String RATE_LIMIT = "/api/v1/partners/1/rate-limit";

    Api alice() {
        return Api.at(base).as(Api.ALICE);
    }

    Api admin() {
        return Api.at(base).as(Api.ADMIN);
    }

    /** Each endpoint, sending a body its own way (POST or PUT). */
    Map<String, java.util.function.Function<String, Api.Reply>> endpoints() {
        return Map.of(
                RMAS, body -> alice().post(RMAS, body),
                PARTS, body -> admin().post(PARTS, body),
                RATE_LIMIT, body -> admin().put(RATE_LIMIT, body));
    }

    @Test
    void aBodyThatIsNoJsonObjectIsA400NamingTheBodyOnEveryEndpoint() {
        for (var endpoint : endpoints().entrySet()) {
            for (String body : List.of("\"x\"", "null", "[]", "42", "{", "{\"a\":}", "")) {
                Api.Reply reply = endpoint.getValue().apply(body);
                assertMalformed("body", reply, endpoint.getKey() + " <- " + body);
            }
        }
    }

    @Test
    void aBodyNestedThreeThousandLevelsDeepIsRefusedAtOnce() {
        String deepArray = "[".repeat(3000);
        String deepMember = "{\"unitId\":1,\"x\":" + "[".repeat(3000) + "]".repeat(3000) + "}";
        for (var endpoint : endpoints().entrySet()) {
            for (String body : List.of(deepArray, deepMember)) {
                long started = System.nanoTime();
                Api.Reply reply = endpoint.getValue().apply(body);
                assertMalformed("body", reply, endpoint.getKey());
                assertTrue(reply.json().getString("detail").contains("nested deeper than 64"), reply::toString);
                assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos(), "refused quickly");
            }
        }
    }

    @Test
    void aMemberOfTheWrongTypeIsA400NamingThatMember() {
        assertMalformed("unitId", alice().post(RMAS, "{\"unitId\":\"x\",\"lines\":[]}"), "string id");
        assertMalformed("quantity", alice().post(RMAS, rma("1", "\"abc\"", "\"DAMAGED\"")), "string quantity");
        assertMalformed("reason", alice().post(RMAS, rma("1", "1", "\"NOPE\"")), "unknown reason");
        assertMalformed("lines", alice().post(RMAS, "{\"unitId\":1,\"lines\":{}}"), "object for a list");
        assertMalformed("listPrice", admin().post(PARTS, part("\"abc\"", "1")), "string price");
        assertMalformed("requestsPerMinute", admin().put(RATE_LIMIT, "{\"requestsPerMinute\":\"x\"}"), "string");
        assertMalformed("requestsPerMinute", admin().put(RATE_LIMIT, "{\"requestsPerMinute\":{}}"), "object");
    }

    @Test
    void aNumberOutOfRangeOrWithAFractionIsRefusedNotTruncatedOrWrapped() {
        assertMalformed("quantity", alice().post(RMAS, rma("1", "1e40", "\"DAMAGED\"")), "1e40 into an int");
        assertMalformed("unitId", alice().post(RMAS, rma("99999999999999999999", "1", "\"DAMAGED\"")), "past long");
        assertMalformed("unitId", alice().post(RMAS, rma("1.5", "1", "\"DAMAGED\"")), "1.5 is not unit 1");
        assertMalformed("quantity", alice().post(RMAS, rma("1", "1.5", "\"DAMAGED\"")), "half a part");
        assertMalformed("stockOnHand", admin().post(PARTS, part("1", "1e40")), "1e40 into an int");
        assertMalformed("requestsPerMinute", admin().put(RATE_LIMIT, "{\"requestsPerMinute\":1.5}"), "fraction");
        assertMalformed("requestsPerMinute", admin().put(RATE_LIMIT, "{\"requestsPerMinute\":4294967297}"), "wrap");
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIsA400NamingPage() {
        assertMalformed("page", Api.at(base).get("/api/v1/parts?q=a&page=10737419&size=200"), "overflow");
        assertMalformed("page", Api.at(base).get("/api/v1/parts?q=a&page=99999999999&size=20"), "past int");
        assertMalformed("page", Api.at(base).get("/api/v1/parts?q=a&page=-1"), "negative");
        assertMalformed("size", Api.at(base).get("/api/v1/parts?q=a&size=201"), "too large");
        assertMalformed("size", Api.at(base).get("/api/v1/parts?q=a&size=0"), "empty page");
        assertEquals(
                200, Api.at(base).get("/api/v1/parts?q=a&page=1000000&size=200").status(), "deepest page");
    }

    @Test
    void wrongContentTypeAcceptMethodOrPathAreProblemsToo() {
        Api.Reply text = alice().post(RMAS, "text/plain", "unitId=1".getBytes(UTF_8));
        assertProblem(415, text);
        Api.Reply csv = alice().getAccepting(RMAS, "text/csv");
        assertProblem(406, csv);
        Api.Reply delete = Api.at(base).delete("/api/v1/parts?q=a");
        assertProblem(405, delete);
        assertTrue(delete.header("Allow").contains("GET"), delete::toString);
        assertProblem(404, Api.at(base).get("/api/v1/no-such-thing"));
        assertProblem(404, Api.at(base).get("/api/nothing/here"));
    }

    @Test
    void aJsonBodyBeyondTheLimitIsA413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String large = "{\"unitId\":1,\"pad\":\"" + "a".repeat(70 * 1024) + "\"}";
        assertProblem(413, alice().post(RMAS, large));

        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri(RMAS))
                .header("Authorization", basic(Api.ALICE))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large.getBytes(UTF_8)))));
        assertEquals(413, chunked.statusCode(), chunked::body);
        assertTrue(chunked.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        String fits = "{\"unitId\":1,\"pad\":\"" + "a".repeat(60 * 1024) + "\"}";
        assertMalformed("lines", alice().post(RMAS, fits), "just under the limit reaches validation");
    }

    @Test
    void nothingButTheFeedUploadTakesADeclared80MiBBody() throws IOException {
        String api = rawStatusLine("POST", RMAS, "application/json", 80L * 1024 * 1024);
        assertTrue(api.contains(" 413 "), api);
        String page = rawStatusLine("POST", "/login.xhtml", "application/x-www-form-urlencoded", 80L * 1024 * 1024);
        assertTrue(page.contains(" 413 "), page);
        String get = rawStatusLine("GET", "/api/v1/parts?q=a", "application/json", 80L * 1024 * 1024);
        assertTrue(get.contains(" 413 "), get);
    }

    @Test
    void offerFeedsStillTakeBodiesBeyondTheApiLimit() {
        Api.Reply partner = admin().post("/api/v1/partners", """
                {"name":"Feeds %s","royaltyRate":0.08,"requestsPerMinute":600}""".formatted(Api.unique()));
        assertEquals(201, partner.status(), partner::toString);
        Api.Reply key = admin().post("/api/v1/partners/" + partner.json().getJsonNumber("id") + "/api-keys", "{}");
        assertEquals(201, key.status(), key::toString);
        StringBuilder feed =
                new StringBuilder("partner_part_number,our_part_number,price,currency,stock,lead_time_days\n");
        for (int row = 1; feed.length() < 100 * 1024; row++) {
            feed.append("BIG-").append(row).append(",NO-SUCH-PART-").append(row).append(",1.00,EUR,1,1\n");
        }

        Api.Reply upload = Api.at(base)
                .withKey(key.json().getString("key"))
                .post("/api/partner/v1/offer-feeds", "text/csv", feed.toString().getBytes(UTF_8));

        assertEquals(201, upload.status(), upload::toString);
        assertTrue(upload.json().getInt("rejected") > 2000, upload::toString);
    }

    @Test
    void aForgedViewStateShowsThePageExpiredPageWithA400NotA500() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = browser.send(
                        HttpRequest.newBuilder(uri("/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, String> form = hiddenAndNamedInputs(login);
        assertTrue(form.containsKey("jakarta.faces.ViewState"), login);
        form.put("login:username", "malformed-" + Api.unique());
        form.put("login:password", "wrong");

        HttpResponse<String> genuine =
                browser.send(formPost("/login.xhtml", form), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, genuine.statusCode(), "the real view state still works");

        form.put("jakarta.faces.ViewState", "-1234567890:forged");
        HttpResponse<String> forged =
                browser.send(formPost("/login.xhtml", form), HttpResponse.BodyHandlers.ofString());

        assertEquals(400, forged.statusCode(), forged::body);
        assertTrue(forged.body().contains("Page expired"), forged::body);
        assertFalse(forged.body().contains("Exception"), forged::body);
    }

    // --- helpers

    static String rma(String unitId, String quantity, String reason) {
        return """
                {"unitId":%s,"lines":[{"partNumber":"BD-880-A","quantity":%s,"reason":%s}]}""".formatted(unitId, quantity, reason);
    }

    static String part(String listPrice, String stockOnHand) {
        return """
                {"partNumber":"MB-%s","description":"malformed","listPrice":%s,"stockOnHand":%s}""".formatted(Api.unique(), listPrice, stockOnHand);
    }

    /** A 400 problem naming {@code field}, with no trace of our classes, Yasson's or RESTEasy's. */
    static void assertMalformed(String field, Api.Reply reply, String what) {
        assertEquals(400, reply.status(), () -> what + ": " + reply);
        assertBadRequestNaming(field, reply);
        assertNoInternals(reply);
    }

    static void assertProblem(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertEquals(status, reply.json().getInt("status"), reply::toString);
        assertNoInternals(reply);
    }

    static void assertNoInternals(Api.Reply reply) {
        for (String internal : List.of("java.", "com.partsbridge", "yasson", "Exception", "RESTEASY", "class ")) {
            assertFalse(reply.body().contains(internal), () -> "names " + internal + ": " + reply);
        }
    }

    URI uri(String path) {
        return URI.create(base.toString()).resolve(path.substring(1));
    }

    static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(user.getBytes(UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Declares a huge body and sends only its first kilobyte: the answer must come without the rest. */
    String rawStatusLine(String method, String path, String contentType, long declaredLength) throws IOException {
        URI target = uri(path);
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target.getRawPath()
                            + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                            + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort() + "\r\nAuthorization: "
                            + basic(Api.ALICE) + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                            + declaredLength
                            + "\r\n\r\n")
                    .getBytes(UTF_8));
            out.write(new byte[1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
            return line.toString();
        }
    }

    private static final Pattern INPUT = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    static Map<String, String> hiddenAndNamedInputs(String html) {
        Map<String, String> inputs = new java.util.LinkedHashMap<>();
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            inputs.put(m.group(1), m.group(2));
        }
        return inputs;
    }

    HttpRequest formPost(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
