package com.partsbridge.it.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the sweep saw: counts per status class, and every broken rule, grouped by (method, path template,
 * battery item, status) so that one cause reads as one line with its count and an example.
 */
public final class Findings {

    /** Text that only an exception or a stack trace puts in a response. */
    static final List<String> LEAKS = List.of("Exception", "java.", "org.eclipse.yasson", "jakarta.", "\tat ");

    /** One cause: an operation, a status and the rules broken; the battery items that met it. */
    private record Key(String operation, int status, String rules) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = operation.compareTo(o.operation);
            c = c != 0 ? c : Integer.compare(status, o.status);
            return c != 0 ? c : rules.compareTo(o.rules);
        }
    }

    private static final class Group {
        int count;
        final Map<String, Integer> items = new TreeMap<>();
        String example;
    }

    private final Map<Key, Group> failures = new TreeMap<>();
    private final Map<String, Integer> byStatusClass = new TreeMap<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byRule = new TreeMap<>();
    private final Map<String, java.util.Set<String>> operationsByRule = new TreeMap<>();
    private final List<String> accepted = new ArrayList<>();
    private int requests;
    private int failed;

    /** Checks one response against the rules; returns the broken ones (empty when it is fine). */
    static List<String> brokenRules(int status, String contentType, String body) {
        List<String> broken = new ArrayList<>();
        if (status >= 500) {
            broken.add("server error");
        }
        if (status >= 400 && status < 500 && !contentType.toLowerCase().startsWith("application/problem+json")) {
            broken.add("4xx not problem+json (" + (contentType.isEmpty() ? "no content type" : contentType) + ")");
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                broken.add("body leaks \"" + leak.replace("\t", "\\t") + "\"");
            }
        }
        return broken;
    }

    public void record(Operation op, Probe probe, int status, String contentType, String body) {
        requests++;
        byStatusClass.merge(status / 100 + "xx", 1, Integer::sum);
        byStatus.merge(status, 1, Integer::sum);
        List<String> broken = brokenRules(status, contentType, body);
        if (!broken.isEmpty()) {
            fail(op, probe, status, broken, body);
        } else if (status < 300 && probe.credential().valid() && isMalformed(op, probe)) {
            accepted.add(op.label() + "  " + probe.describe() + "  -> " + status);
        }
    }

    /** No answer at all (timeout, connection reset) counts as a failure of its own. */
    public void noAnswer(Operation op, Probe probe, Exception e) {
        requests++;
        byStatusClass.merge("no answer", 1, Integer::sum);
        fail(op, probe, 0, List.of("no answer: " + e), "");
    }

    private void fail(Operation op, Probe probe, int status, List<String> rules, String body) {
        failed++;
        for (String rule : rules) {
            String kind = rule.replaceAll(" \\(.*", "");
            byRule.merge(kind, 1, Integer::sum);
            operationsByRule
                    .computeIfAbsent(kind, r -> new java.util.TreeSet<>())
                    .add(op.label());
        }
        Group g = failures.computeIfAbsent(new Key(op.label(), status, String.join("; ", rules)), k -> new Group());
        g.count++;
        g.items.merge(probe.describe(), 1, Integer::sum);
        if (g.example == null) {
            g.example = excerpt(body);
        }
    }

    /** The start of the body and, where it leaks, the text around the first leak. */
    static String excerpt(String body) {
        String flat = body.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        String head = flat.length() > 120 ? flat.substring(0, 120) + "..." : flat;
        int leak =
                LEAKS.stream().mapToInt(body::indexOf).filter(i -> i >= 0).min().orElse(-1);
        if (leak < 120) {
            return head;
        }
        return head + " ..." + flat.substring(Math.max(120, leak - 80), Math.min(flat.length(), leak + 80)) + "...";
    }

    /** Broken or wrong-typed for what the document declares (a guessed member name is not "wrong"). */
    private static boolean isMalformed(Operation op, Probe p) {
        if (p.item().startsWith("member ")) {
            return op.bodyProperties()
                    .containsKey(p.item().substring("member ".length()).split(" = ")[0]);
        }
        return p.item().startsWith("body ") && !p.item().equals("body {}")
                || p.item().startsWith("broken")
                || p.item().startsWith("empty")
                || p.item().contains("/");
    }

    public int requests() {
        return requests;
    }

    public int failures() {
        return failed;
    }

    public boolean clean() {
        return failures.isEmpty();
    }

    public String counts(int operations, long millis) {
        return "operations swept: " + operations + ", requests sent: " + requests + ", responses per status class: "
                + byStatusClass + ", per status: " + byStatus + ", failures: " + failed + " in "
                + failures.size() + " groups, duration: " + millis / 1000 + " s";
    }

    /** Per broken rule: how many responses broke it, in how many operations. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        byRule.forEach((rule, n) -> text.append("    ")
                .append(rule)
                .append(": ")
                .append(n)
                .append(" responses in ")
                .append(operationsByRule.get(rule).size())
                .append(" operations\n"));
        return text.toString();
    }

    /** The failures by operation, then by (status, rules broken): the battery items, and one example body. */
    public String failureList() {
        StringBuilder text = new StringBuilder();
        String operation = null;
        for (Map.Entry<Key, Group> e : failures.entrySet()) {
            Key k = e.getKey();
            if (!k.operation().equals(operation)) {
                operation = k.operation();
                text.append('\n').append(operation).append('\n');
            }
            Group g = e.getValue();
            text.append("    ")
                    .append(k.status() == 0 ? "no status" : k.status())
                    .append(' ')
                    .append(k.rules())
                    .append("  x")
                    .append(g.count)
                    .append('\n');
            g.items.forEach((item, n) -> text.append("        ")
                    .append(item)
                    .append(n > 1 ? "  x" + n : "")
                    .append('\n'));
            text.append("        e.g. ").append(g.example).append('\n');
        }
        return text.toString();
    }

    /** Malformed bodies that a valid caller got a 2xx for: not a failure here, worth a look. */
    public List<String> accepted() {
        return accepted;
    }
}
