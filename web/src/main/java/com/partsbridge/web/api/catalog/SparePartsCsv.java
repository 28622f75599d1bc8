package com.partsbridge.web.api.catalog;

import com.partsbridge.catalog.fitment.boundary.SparePart;
import com.partsbridge.tradein.obligation.boundary.PublishedPartsList;
import java.time.LocalDate;

/** A model's public spare parts list as CSV (RFC 4180, CRLF), one row per part and position. */
final class SparePartsCsv {

    /** Cells starting with one of these would be read as a formula by a spreadsheet. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SparePartsCsv() {}

    static String of(PublishedPartsList list) {
        StringBuilder csv = new StringBuilder("model,position,part_number,description,list_price,currency,"
                + "availability,available_until,superseded_by,delivery_working_days,serial_ranges\r\n");
        for (SparePart p : list.parts()) {
            csv.append(cell(list.modelCode()))
                    .append(',')
                    .append(cell(p.position()))
                    .append(',')
                    .append(cell(p.partNumber()))
                    .append(',')
                    .append(cell(p.description()))
                    .append(',')
                    .append(p.listPrice().toPlainString())
                    .append(',')
                    .append(cell(p.currency()))
                    .append(',')
                    .append(p.availability())
                    .append(',')
                    .append(date(p.availableUntil()))
                    .append(',')
                    .append(cell(p.supersededBy()))
                    .append(',')
                    .append(list.deliveryWorkingDays())
                    .append(',')
                    .append(cell(String.join(" ", p.serialRanges())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** A text cell: neutralised if a spreadsheet would read it as a formula, then quoted if it needs to be. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("[A-Za-z0-9./-]*") ? text : '"' + text.replace("\"", "\"\"") + '"';
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
