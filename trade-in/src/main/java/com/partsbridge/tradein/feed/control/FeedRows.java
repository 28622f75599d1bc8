package com.partsbridge.tradein.feed.control;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.tradein.feed.entity.FeedFormat;
import java.io.Closeable;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rows of a feed, checked: each row comes out either valid or rejected with its reason, in feed order.
 * A feed that cannot be read as a whole (broken CSV quoting, invalid JSON, a missing column) throws an
 * {@link InvalidInputException} on field {@code body} naming the line, and nothing of it is applied.
 */
public final class FeedRows implements Iterator<CheckedRow>, Closeable {

    /** A single row longer than this is rejected: no real offer needs it, and it keeps reports readable. */
    public static final int MAX_ROW_CHARS = 2_000;

    private final RowSource source;
    private final Map<String, Integer> firstRowOf = new HashMap<>();

    private FeedRows(RowSource source) {
        this.source = source;
    }

    public static FeedRows open(FeedFormat format, InputStream content) {
        return new FeedRows(source(format, content));
    }

    /** Reads through the whole feed, checking its structure only; returns how many rows it has. */
    public static int count(FeedFormat format, InputStream content) {
        try (RowSource rows = source(format, content)) {
            int n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return n;
        }
    }

    private static RowSource source(FeedFormat format, InputStream content) {
        return format == FeedFormat.CSV ? new CsvRows(content) : new JsonRows(content);
    }

    /** Passes over rows already applied by an earlier run, remembering their part numbers for duplicates. */
    public void skip(int rows) {
        for (int i = 0; i < rows && hasNext(); i++) {
            next();
        }
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public CheckedRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CheckedRow row = OfferRowRules.check(source.next());
        if (row instanceof CheckedRow.Valid valid) {
            Integer first = firstRowOf.putIfAbsent(valid.partnerPartNumber(), valid.row());
            if (first != null) {
                return new CheckedRow.Rejected(
                        valid.row(),
                        "partnerPartNumber",
                        "partner part number " + valid.partnerPartNumber() + " appears again; row " + first
                                + " already offers it");
            }
        }
        return row;
    }

    @Override
    public void close() {
        source.close();
    }

    /** Raw rows in feed order; the format's own parser behind it. */
    interface RowSource extends Iterator<RawOffer>, Closeable {
        @Override
        void close();
    }
}
