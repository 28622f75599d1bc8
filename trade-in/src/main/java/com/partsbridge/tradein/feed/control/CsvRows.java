package com.partsbridge.tradein.feed.control;

import com.partsbridge.kernel.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV (UTF-8, optional byte-order mark) with a header row naming the columns in any order:
 * partner_part_number, our_part_number, price, currency (optional), stock, lead_time_days. Header names are
 * matched ignoring case, underscores and dashes, so {@code partnerPartNumber} is accepted too.
 */
final class CsvRows implements FeedRows.RowSource {

    private static final List<String> REQUIRED =
            List.of("partnerpartnumber", "ourpartnumber", "price", "stock", "leadtimedays");
    private static final Set<String> KNOWN =
            Set.of("partnerpartnumber", "ourpartnumber", "price", "currency", "stock", "leadtimedays");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> column = new HashMap<>();
    private final int width;
    private int row;

    CsvRows(InputStream content) {
        try {
            parser = FORMAT.parse(utf8(content));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw malformed("the header row cannot be read: " + reason(e));
        }
        List<String> names = parser.getHeaderNames();
        for (int i = 0; i < names.size(); i++) {
            String key = names.get(i)
                    .toLowerCase(Locale.ROOT)
                    .replace("_", "")
                    .replace("-", "")
                    .replace(" ", "");
            if (!KNOWN.contains(key)) {
                throw malformed("unknown column '" + names.get(i) + "'; the columns are partner_part_number, "
                        + "our_part_number, price, currency, stock, lead_time_days");
            }
            column.put(key, i);
        }
        for (String required : REQUIRED) {
            if (!column.containsKey(required)) {
                throw malformed("the header row has no column " + required + " (partner_part_number, "
                        + "our_part_number, price, stock and lead_time_days are required)");
            }
        }
        width = names.size();
        records = parser.iterator();
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw malformed("after row " + row + ": " + reason(e));
        }
    }

    @Override
    public RawOffer next() {
        CSVRecord record;
        try {
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw malformed("after row " + row + ": " + reason(e));
        }
        row++;
        int length = 0;
        for (String value : record) {
            length += value.length();
        }
        if (length > FeedRows.MAX_ROW_CHARS) {
            return RawOffer.broken(
                    row,
                    "row",
                    "the row has " + length + " characters; at most " + FeedRows.MAX_ROW_CHARS + " are allowed");
        }
        if (record.size() != width) {
            return RawOffer.broken(
                    row, "row", "the row has " + record.size() + " values but the header names " + width + " columns");
        }
        return new RawOffer(
                row,
                value(record, "partnerpartnumber"),
                value(record, "ourpartnumber"),
                value(record, "price"),
                value(record, "currency"),
                value(record, "stock"),
                value(record, "leadtimedays"),
                null,
                null);
    }

    private String value(CSVRecord record, String key) {
        Integer index = column.get(key);
        return index == null ? null : record.get(index);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // reading is over; nothing was written through this parser
        }
    }

    /** Malformed bytes are an error, not replacement characters silently stored as part numbers. */
    private static Reader utf8(InputStream content) throws IOException {
        InputStream in = content.markSupported() ? content : new java.io.BufferedInputStream(content, 65_536);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static InvalidInputException malformed(String message) {
        return new InvalidInputException("body", "the CSV feed cannot be read: " + message);
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (t instanceof java.nio.charset.CharacterCodingException) {
            message = "the file is not UTF-8 text";
        }
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
