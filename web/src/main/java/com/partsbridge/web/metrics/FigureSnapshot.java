package com.partsbridge.web.metrics;

import java.util.Map;

/**
 * The business figures as last read, keyed by metric name and then by its tag values (joined with "|"), so the
 * gauges read memory at scrape time instead of querying the database on the management thread.
 */
record FigureSnapshot(Map<String, Map<String, Double>> values, boolean databaseUp) {

    static final FigureSnapshot NONE = new FigureSnapshot(Map.of(), false);

    double value(String metric, String key) {
        return values.getOrDefault(metric, Map.of()).getOrDefault(key, 0.0);
    }
}
