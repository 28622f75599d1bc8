package com.partsbridge.web.api.body;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A JSON-P parser that reads whole numbers exactly. Yasson binds int and long members through
 * {@link #getInt()} and {@link #getLong()}, which in Parsson truncate: {@code 1.5} became 1 and
 * {@code 99999999999999999999} a wrapped-around long. Here a fraction or an overflow is refused instead. It
 * also remembers the last member name read, so a failure can name the member even where Yasson does not.
 */
final class StrictJsonParser implements JsonParser {

    /** Digits before the point beyond which no long fits; checked before BigDecimal does any real work. */
    private static final int MAX_INTEGER_DIGITS = 19;

    private final JsonParser parser;
    private String lastMember;

    StrictJsonParser(JsonParser parser) {
        this.parser = parser;
    }

    String lastMember() {
        return lastMember;
    }

    @Override
    public Event next() {
        Event event = parser.next();
        if (event == Event.KEY_NAME) {
            lastMember = parser.getString();
        }
        return event;
    }

    @Override
    public int getInt() {
        long value = getLong();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new NumberFormatException("out of range");
        }
        return (int) value;
    }

    @Override
    public long getLong() {
        if (parser.isIntegralNumber()) {
            String digits = parser.getString();
            if (digits.length() <= 18) { // fits a long for sure: the fast path of every ordinary id
                return Long.parseLong(digits);
            }
        }
        BigDecimal value = parser.getBigDecimal();
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) { // 1e40 and friends, cheaply
            throw new NumberFormatException("out of range");
        }
        try {
            return value.longValueExact(); // refuses a fraction and an overflow alike
        } catch (ArithmeticException e) {
            throw new NumberFormatException("not a whole number in range");
        }
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public String getString() {
        return parser.getString();
    }

    @Override
    public boolean isIntegralNumber() {
        return parser.isIntegralNumber();
    }

    @Override
    public BigDecimal getBigDecimal() {
        return parser.getBigDecimal();
    }

    @Override
    public JsonLocation getLocation() {
        return parser.getLocation();
    }

    @Override
    public JsonObject getObject() {
        return parser.getObject();
    }

    @Override
    public JsonValue getValue() {
        return parser.getValue();
    }

    @Override
    public JsonArray getArray() {
        return parser.getArray();
    }

    @Override
    public Stream<JsonValue> getArrayStream() {
        return parser.getArrayStream();
    }

    @Override
    public Stream<Map.Entry<String, JsonValue>> getObjectStream() {
        return parser.getObjectStream();
    }

    @Override
    public Stream<JsonValue> getValueStream() {
        return parser.getValueStream();
    }

    @Override
    public void skipArray() {
        parser.skipArray();
    }

    @Override
    public void skipObject() {
        parser.skipObject();
    }

    @Override
    public Event currentEvent() {
        return parser.currentEvent();
    }

    @Override
    public void close() {
        parser.close();
    }
}
