package com.partsbridge.tradein.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.tradein.feed.entity.FeedFormat;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedRowsTest {

    static final String HEADER = "partner_part_number,our_part_number,price,currency,stock,lead_time_days\n";

    @Test
    void readsCsvRowsWithColumnsInAnyOrderAndDefaultsTheCurrency() {
        List<CheckedRow> rows = rows(FeedFormat.CSV, """
                \uFEFFstock,price,ourPartNumber,partnerPartNumber,leadTimeDays
                5,19.90,bd-880-u,X-1,3
                "0","7","CR-880","X ""2"", blue",14
                """);
        assertEquals(
                List.of(
                        new CheckedRow.Valid(1, "X-1", "BD-880-U", new BigDecimal("19.90"), "EUR", 5, 3),
                        new CheckedRow.Valid(2, "X \"2\", blue", "CR-880", new BigDecimal("7"), "EUR", 0, 14)),
                rows);
    }

    @Test
    void rejectsEachBadRowOnItsOwnNamingTheField() {
        List<CheckedRow> rows = rows(FeedFormat.CSV, HEADER + """
                X-1,BD-880-U,abc,EUR,5,3
                X-2,BD-880-U,1.999,EUR,5,3
                X-3,BD-880-U,2.00,ZZZ,5,3
                X-4,BD-880-U,2.00,EUR,-1,3
                X-5,BD-880-U,2.00,EUR,5,400
                X-6,??,2.00,EUR,5,3
                ,BD-880-U,2.00,EUR,5,3
                X-8,BD-880-U,2.00,EUR,5
                X-9,BD-880-U,2.00,EUR,5,3
                """);
        assertEquals(
                List.of(
                        "price",
                        "price",
                        "currency",
                        "stock",
                        "leadTimeDays",
                        "ourPartNumber",
                        "partnerPartNumber",
                        "row"),
                rows.subList(0, 8).stream()
                        .map(r -> ((CheckedRow.Rejected) r).field())
                        .toList());
        assertInstanceOf(CheckedRow.Valid.class, rows.get(8));
        assertEquals(9, rows.get(8).row());
    }

    @Test
    void rejectsCurrenciesThatPriceNothing() {
        List<CheckedRow> rows = rows(FeedFormat.CSV, HEADER + "X-1,BD-880-U,2.00,XXX,5,3\nX-2,BD-880-U,2.00,jpy,5,3\n");
        assertEquals("currency", ((CheckedRow.Rejected) rows.get(0)).field());
        assertEquals("JPY", ((CheckedRow.Valid) rows.get(1)).currency());
    }

    @Test
    void rejectsAHugeRowAndASecondOfferForTheSamePartNumber() {
        String huge = "X-H,BD-880-U,2.00,EUR,5,\"" + "9".repeat(5_000) + "\"\n";
        List<CheckedRow> rows =
                rows(FeedFormat.CSV, HEADER + "X-1,BD-880-U,2.00,EUR,5,3\n" + huge + "X-1,CR-880,3.00,EUR,1,3\n");
        CheckedRow.Rejected tooLong = (CheckedRow.Rejected) rows.get(1);
        assertEquals("row", tooLong.field());
        assertTrue(tooLong.reason().contains("at most 2000"), tooLong.reason());
        CheckedRow.Rejected again = (CheckedRow.Rejected) rows.get(2);
        assertEquals("partnerPartNumber", again.field());
        assertTrue(again.reason().contains("row 1"), again.reason());
    }

    @Test
    void refusesACsvFeedWhoseQuotingBreaksAndNamesWhere() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> rows(FeedFormat.CSV, HEADER + "X-1,BD-880-U,2.00,EUR,5,3\nX-2,\"BD-880-U,2.00,EUR,5,3\n"));
        assertEquals("body", e.field());
        assertTrue(e.getMessage().contains("after row 1"), e.getMessage());
    }

    @Test
    void refusesACsvFeedWithAMissingOrUnknownColumn() {
        assertThrows(InvalidInputException.class, () -> rows(FeedFormat.CSV, "partner_part_number,price\nX,1\n"));
        InvalidInputException unknown = assertThrows(
                InvalidInputException.class, () -> rows(FeedFormat.CSV, HEADER.replace("currency", "curency")));
        assertTrue(unknown.getMessage().contains("curency"), unknown.getMessage());
    }

    @Test
    void readsJsonOffersAndRejectsWrongTypesRowByRow() {
        List<CheckedRow> rows = rows(FeedFormat.JSON, """
                [{"partnerPartNumber":"X-1","ourPartNumber":"BD-880-U","price":19.9,"stock":5,"leadTimeDays":3},
                 {"partnerPartNumber":"X-2","ourPartNumber":"BD-880-U","price":"19.90","stock":5,"leadTimeDays":3},
                 {"partnerPartNumber":7,"ourPartNumber":"BD-880-U","price":1,"stock":5,"leadTimeDays":3},
                 {"partnerPartNumber":"X-4","ourPartNumber":"BD-880-U","price":1,"stock":1.5,"leadTimeDays":3},
                 {"partnerPartNumber":"X-5","ourPartNumber":"BD-880-U","prize":1,"stock":1,"leadTimeDays":3},
                 "not an object"]
                """);
        assertEquals(new CheckedRow.Valid(1, "X-1", "BD-880-U", new BigDecimal("19.9"), "EUR", 5, 3), rows.get(0));
        assertEquals(
                List.of("price", "partnerPartNumber", "stock", "prize", "row"),
                rows.subList(1, 6).stream()
                        .map(r -> ((CheckedRow.Rejected) r).field())
                        .toList());
    }

    @Test
    void refusesJsonThatIsNotAnArrayOrIsCutShort() {
        assertThrows(InvalidInputException.class, () -> rows(FeedFormat.JSON, "{\"offers\":[]}"));
        InvalidInputException cut = assertThrows(
                InvalidInputException.class,
                () -> rows(
                        FeedFormat.JSON,
                        "[{\"partnerPartNumber\":\"X-1\",\"ourPartNumber\":\"BD-880-U\",\"price\":1,"));
        assertEquals("body", cut.field());
        assertTrue(cut.getMessage().contains("line 1"), cut.getMessage());
    }

    @Test
    void refusesAnEmptyOrOneCharacterJsonFeedAsUnreadableNotAsAServerFault() {
        for (String body : new String[] {"", "{", "["}) {
            InvalidInputException e =
                    assertThrows(InvalidInputException.class, () -> rows(FeedFormat.JSON, body), body);
            assertEquals("body", e.field(), body);
        }
    }

    @Test
    void countsRowsWithoutCheckingThemAndResumesAfterSkippedRows() {
        String feed = HEADER + "X-1,BD-880-U,1,EUR,1,1\nX-2,BD-880-U,abc,EUR,1,1\nX-1,BD-880-U,1,EUR,1,1\n";
        assertEquals(3, FeedRows.count(FeedFormat.CSV, stream(feed)));
        try (FeedRows rows = FeedRows.open(FeedFormat.CSV, stream(feed))) {
            rows.skip(2);
            CheckedRow third = rows.next();
            assertEquals(
                    "partnerPartNumber",
                    ((CheckedRow.Rejected) third).field(),
                    "a skipped row still counts for duplicates");
        }
    }

    private static List<CheckedRow> rows(FeedFormat format, String content) {
        List<CheckedRow> rows = new ArrayList<>();
        try (FeedRows feed = FeedRows.open(format, stream(content))) {
            feed.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static ByteArrayInputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
