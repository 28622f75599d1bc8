package com.partsbridge.tradein.feed.control;

import com.partsbridge.kernel.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A JSON array of offer objects, read one object at a time so that a large feed never sits in memory whole:
 * {@code [{"partnerPartNumber":"X-1","ourPartNumber":"BD-880-U","price":19.90,"currency":"EUR","stock":5,
 * "leadTimeDays":3}, ...]}. Text fields must be strings and numbers numbers; a row that breaks that is
 * rejected on its own, a document that is not valid JSON is refused whole.
 */
final class JsonRows implements FeedRows.RowSource {

    private static final Set<String> TEXT = Set.of("partnerPartNumber", "ourPartNumber", "currency");
    private static final Set<String> NUMBERS = Set.of("price", "stock", "leadTimeDays");

    private final JsonParser parser;
    private JsonParser.Event pending;
    private int row;

    JsonRows(InputStream content) {
        // UTF-8 stated, not detected: detection needs four bytes and throws on an empty or one-byte body
        parser = Json.createParserFactory(null).createParser(content, StandardCharsets.UTF_8);
        JsonParser.Event first = advance();
        if (first != JsonParser.Event.START_ARRAY) {
            throw malformed("a JSON feed is an array of offer objects, [{...}, {...}]", parser.getLocation());
        }
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            pending = advance();
            if (pending == JsonParser.Event.END_ARRAY) {
                if (parser.hasNext()) {
                    throw malformed("unexpected content after the closing ]", parser.getLocation());
                }
            }
        }
        return pending != JsonParser.Event.END_ARRAY;
    }

    @Override
    public RawOffer next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        JsonParser.Event event = pending;
        pending = null;
        row++;
        try {
            if (event == JsonParser.Event.START_OBJECT) {
                return offer(parser.getObject());
            }
            if (event == JsonParser.Event.START_ARRAY) {
                parser.skipArray();
            }
            return RawOffer.broken(row, "row", "each offer is a JSON object, not " + describe(event));
        } catch (JsonParsingException e) {
            throw malformed(e.getMessage(), e.getLocation());
        } catch (JsonException e) {
            throw malformed(e.getMessage(), parser.getLocation());
        }
    }

    private RawOffer offer(JsonObject o) {
        if (o.toString().length() > FeedRows.MAX_ROW_CHARS) {
            return RawOffer.broken(row, "row", "the offer has more than " + FeedRows.MAX_ROW_CHARS + " characters");
        }
        for (Map.Entry<String, JsonValue> field : o.entrySet()) {
            String name = field.getKey();
            JsonValue value = field.getValue();
            if (!TEXT.contains(name) && !NUMBERS.contains(name)) {
                return RawOffer.broken(row, name, "unknown field '" + name + "'");
            }
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (TEXT.contains(name) && !(value instanceof JsonString)) {
                return RawOffer.broken(
                        row,
                        name,
                        name + " must be a string, not "
                                + value.getValueType().name().toLowerCase());
            }
            if (NUMBERS.contains(name) && !(value instanceof JsonNumber)) {
                return RawOffer.broken(
                        row,
                        name,
                        name + " must be a number, not "
                                + (value instanceof JsonString
                                        ? "the text " + value
                                        : value.getValueType().name().toLowerCase()));
            }
        }
        return new RawOffer(
                row,
                text(o, "partnerPartNumber"),
                text(o, "ourPartNumber"),
                number(o, "price"),
                text(o, "currency"),
                number(o, "stock"),
                number(o, "leadTimeDays"),
                null,
                null);
    }

    private static String text(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static String number(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.bigDecimalValue().toPlainString() : null;
    }

    private JsonParser.Event advance() {
        try {
            if (!parser.hasNext()) {
                throw malformed("the document ends before the closing ]", parser.getLocation());
            }
            return parser.next();
        } catch (JsonParsingException e) {
            throw malformed(e.getMessage(), e.getLocation());
        } catch (JsonException e) {
            throw malformed(e.getMessage(), parser.getLocation());
        }
    }

    private static String describe(JsonParser.Event event) {
        return switch (event) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> event.name().toLowerCase();
        };
    }

    @Override
    public void close() {
        parser.close();
    }

    private static InvalidInputException malformed(String message, JsonLocation at) {
        String where = at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
        String reason = message == null ? "invalid JSON" : message.length() > 200 ? message.substring(0, 200) : message;
        return new InvalidInputException("body", "the JSON feed cannot be read" + where + ": " + reason);
    }
}
