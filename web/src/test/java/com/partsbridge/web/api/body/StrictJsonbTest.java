package com.partsbridge.web.api.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.partsbridge.kernel.InvalidInputException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonbTest {

    public enum Reason {
        DEFECTIVE,
        DAMAGED
    }

    public record Line(String partNumber, int quantity, Reason reason) {}

    public record Request(Long unitId, List<Line> lines, long version, Integer limit, BigDecimal price) {}

    final Jsonb jsonb = StrictJsonb.create(new JsonbConfig());

    Request read(String json) {
        return jsonb.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Request.class);
    }

    InvalidInputException refused(String json) {
        return assertThrows(InvalidInputException.class, () -> read(json));
    }

    @Test
    void bindsOrdinaryValuesAsBefore() {
        Request r = read("{\"unitId\":7,\"lines\":[{\"partNumber\":\"BD-1\",\"quantity\":2,\"reason\":\"DAMAGED\"}],"
                + "\"version\":-3,\"limit\":600,\"price\":12.50,\"unknown\":true}");

        assertEquals(7L, r.unitId());
        assertEquals(new Line("BD-1", 2, Reason.DAMAGED), r.lines().get(0));
        assertEquals(-3L, r.version());
        assertEquals(600, r.limit());
        assertEquals(new BigDecimal("12.50"), r.price());
        assertEquals(Long.MAX_VALUE, read("{\"unitId\":9223372036854775807}").unitId());
        assertEquals(2, read("{\"lines\":[{\"quantity\":2.0}]}").lines().get(0).quantity());
    }

    @Test
    void refusesAFractionInAWholeNumberInsteadOfTruncatingIt() {
        assertEquals("unitId", refused("{\"unitId\":1.5}").field());
        assertEquals("quantity", refused("{\"lines\":[{\"quantity\":1.5}]}").field());
        assertEquals("version", refused("{\"version\":0.1}").field());
    }

    @Test
    void refusesNumbersOutOfRangeInsteadOfWrappingThem() {
        assertEquals("unitId", refused("{\"unitId\":99999999999999999999}").field());
        assertEquals("quantity", refused("{\"lines\":[{\"quantity\":1e40}]}").field());
        assertEquals("limit", refused("{\"limit\":2147483648}").field());
        assertEquals("unitId", refused("{\"unitId\":1e999999999}").field());
    }

    @Test
    void namesTheMemberOfTheWrongTypeInWordsWithoutJavaTypes() {
        InvalidInputException quantity = refused("{\"lines\":[{\"quantity\":\"abc\"}]}");
        assertEquals("quantity", quantity.field());
        assertFalse(quantity.getMessage().contains("int"), quantity::getMessage);

        assertEquals("lines", refused("{\"lines\":{}}").field());
        assertEquals("unitId", refused("{\"unitId\":{}}").field());

        InvalidInputException reason = refused("{\"lines\":[{\"reason\":\"NOPE\"}]}");
        assertEquals("reason", reason.field());
        assertFalse(reason.getMessage().contains("com."), reason::getMessage);
    }

    @Test
    void aBodyThatIsNoObjectOrNoJsonIsTheBodysFault() {
        for (String body : List.of("\"x\"", "42", "[]", "{", "{\"a\":}")) {
            assertEquals("body", refused(body).field(), body);
        }
    }
}
