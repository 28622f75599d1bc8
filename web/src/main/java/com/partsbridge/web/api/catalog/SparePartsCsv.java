package com.partsbridge.web.api.catalog;

import com.partsbridge.catalog.fitment.boundary.SparePart;
import com.partsbridge.kernel.CsvCells;
import com.partsbridge.tradein.obligation.boundary.PublishedPartsList;
import java.time.LocalDate;

/** A model's public spare parts list as CSV (RFC 4180, CRLF), one row per part and position. */
final class SparePartsCsv {

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

    /** A text cell: see {@link CsvCells}. */
    static String cell(String value) {
        return CsvCells.text(value);
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
