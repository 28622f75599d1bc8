package com.partsbridge.web.api.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partsbridge.catalog.fitment.boundary.FittingPart;
import com.partsbridge.catalog.part.boundary.KitView;
import com.partsbridge.catalog.part.boundary.PartView;
import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import com.partsbridge.web.api.JsonbConfiguration;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FitAnswerJsonTest {

    static final PartView DOOR = CompactFitTest.part("BD-1", PartLifecycle.ACTIVE, null);
    static final PartView OLD_HINGE = CompactFitTest.part("HG-1", PartLifecycle.DISCONTINUED, "HG-2");
    static final PartView NEW_HINGE = new PartView(
            "HG-2",
            "Hinge \"universal\" \u00e9dition / 2",
            new BigDecimal("12.50"),
            "EUR",
            PartLifecycle.LAST_TIME_BUY,
            7,
            true,
            null,
            null);
    static final PartView CRADLE = new PartView(
            "CR-1",
            "Cradle",
            new BigDecimal("0.00"),
            "USD",
            PartLifecycle.DISCONTINUED,
            0,
            false,
            "CR-2",
            Interchangeability.TWO_WAY);

    static final KitView DOOR_KIT = new KitView(
            "DR-2 + 2 × PIN-1",
            List.of(
                    new KitView.Member("DR-2", "Door", 1, new BigDecimal("20.00"), PartLifecycle.ACTIVE, 7, true),
                    new KitView.Member("PIN-1", "Pin", 2, new BigDecimal("1.50"), PartLifecycle.ACTIVE, 9, true)),
            new BigDecimal("23.00"),
            "EUR",
            4,
            true);
    static final PartView OLD_DOOR = new PartView(
            "DR-1",
            "Old door",
            new BigDecimal("30.00"),
            "EUR",
            PartLifecycle.DISCONTINUED,
            0,
            false,
            null,
            Interchangeability.ONE_WAY,
            DOOR_KIT);

    static final List<FittingPart> ANSWER = List.of(
            new FittingPart("door", OLD_DOOR, null, List.of("DR-1"), true, DOOR_KIT),
            new FittingPart("battery door", DOOR, DOOR, List.of("BD-1"), true),
            new FittingPart("hinge", OLD_HINGE, NEW_HINGE, List.of("HG-1", "HG-2"), true),
            new FittingPart("cradle", CRADLE, null, List.of("CR-1", "CR-2"), false));

    @Test
    void writesTheFullAnswerByteForByteAsJsonbDoes() {
        assertEquals(jsonb(ANSWER), written(ANSWER, false));
    }

    @Test
    void writesTheCompactAnswerByteForByteAsJsonbDoes() {
        assertEquals(jsonb(ANSWER.stream().map(CompactFit::of).toList()), written(ANSWER, true));
    }

    @Test
    void writesAnEmptyAnswerAsAnEmptyArray() {
        assertEquals("[]", written(List.of(), false));
        assertEquals("[]", written(List.of(), true));
    }

    private static String jsonb(Object entity) {
        return JsonbConfiguration.shared().toJson(entity);
    }

    private static String written(List<FittingPart> answer, boolean compact) {
        return new String(FitAnswerJson.of(answer, compact), StandardCharsets.UTF_8);
    }
}
