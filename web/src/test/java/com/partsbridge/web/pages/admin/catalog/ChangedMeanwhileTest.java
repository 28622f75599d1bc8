package com.partsbridge.web.pages.admin.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.catalog.audit.boundary.ChangeView;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChangedMeanwhileTest {

    /** The pages pass the reader's time format; any will do here. */
    private final Function<Instant, String> time = at -> "at-" + at.getEpochSecond();

    @Test
    void namesWhoChangedWhatFromTheNewestChangeOfTheTrail() {
        List<ChangeView> trail = List.of(
                new ChangeView(Instant.parse("2026-12-07T11:01:00Z"), "rita", "list price", "12.40 EUR", "13.00 EUR"),
                new ChangeView(Instant.parse("2026-12-01T08:00:00Z"), "admin", "stock on hand", "1", "2"));

        String said = ChangedMeanwhile.message("BD-880-U", trail, time);

        assertTrue(
                said.startsWith("BD-880-U was changed by rita at "
                        + time.apply(trail.get(0).at())),
                said);
        assertTrue(said.contains("(list price: 12.40 EUR to 13.00 EUR)"), said);
        assertTrue(said.contains("your change was not saved"), said);
    }

    @Test
    void aFirstValueAndAnEmptyTrailAreSaidToo() {
        String added = ChangedMeanwhile.message(
                "HARMONY-880", List.of(new ChangeView(Instant.EPOCH, "admin", "successor", null, "HARMONY-950")), time);
        assertTrue(added.contains("(successor: HARMONY-950)"), added);
        assertTrue(ChangedMeanwhile.message("X-1", List.of(), time).startsWith("X-1 was changed by someone"));
    }
}
