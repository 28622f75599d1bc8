package com.partsbridge.catalog.diagram.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A drawing's user coordinate system ("0 0 400 300"): hotspots are placed in it, the page scales it. */
public record ViewBox(double minX, double minY, double width, double height) {

    private static final Pattern FOUR_NUMBERS = Pattern.compile(
            "\\s*(-?\\d+(?:\\.\\d+)?)[\\s,]+(-?\\d+(?:\\.\\d+)?)[\\s,]+(\\d+(?:\\.\\d+)?)[\\s,]+(\\d+(?:\\.\\d+)?)\\s*");

    /** The box written as four numbers, or empty when it is not one with a positive size. */
    public static java.util.Optional<ViewBox> parse(String text) {
        Matcher m = FOUR_NUMBERS.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        ViewBox box = new ViewBox(
                Double.parseDouble(m.group(1)),
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)));
        return box.width > 0 && box.height > 0 ? java.util.Optional.of(box) : java.util.Optional.empty();
    }

    public boolean contains(double x, double y) {
        return x >= minX && y >= minY && x <= minX + width && y <= minY + height;
    }

    /** "0 0 400 300", as a viewBox attribute says it. */
    public String text() {
        return number(minX) + " " + number(minY) + " " + number(width) + " " + number(height);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
