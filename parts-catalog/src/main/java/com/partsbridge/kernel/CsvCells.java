package com.partsbridge.kernel;

/**
 * Text cells of the CSV files we publish (royalty statements, public parts lists). Text that comes from
 * partners or staff is neutralised where a spreadsheet would run it as a formula (OWASP's CSV injection advice:
 * a leading quote before {@code = + - @}, tab or CR), then quoted per RFC 4180 where it needs to be. Numbers we
 * write ourselves are not text cells and stay numbers.
 */
public final class CsvCells {

    /** Cells starting with one of these would be read as a formula by a spreadsheet. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {}

    public static String text(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("[A-Za-z0-9./-]*") ? text : '"' + text.replace("\"", "\"\"") + '"';
    }
}
