package com.partsbridge.catalog.part.control;

import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Finds the ids of parts by text, an exact part number first, then by part number; each database with the index
 * it has. On PostgreSQL, a substring anywhere in the part number or in the code or name of a model the part fits
 * (case-insensitive), through the trigram indexes of migration V3, or every word of the text in the description
 * (the last word may be unfinished: "bench part 1234" finds "Bench part 123456"), through the text-search index
 * of migration V7. On H2, which has no such index,
 * the same fields by prefix (case-insensitive), through index ranges on the part number, the model code and the
 * lower-cased keys of migration V6: "BP-00123" and "bench part 12" find, "part 12" does not.
 *
 * <p>Each field is its own select, joined by {@code union}, so that each uses its own index (an {@code or} across
 * them made PostgreSQL's planner scan every part). The page and the total come from one pass over the matches
 * ({@code count(*) over ()}), not two, with the columns of each part and its successor's number: one query per
 * search (loading the page's entities by a list of ids cost a Hibernate translation per list length). The page's
 * bounds are in the SQL, not set with {@code setFirstResult}/{@code setMaxResults}: for those Hibernate searched
 * the native SQL with a regular expression on every call, a third of a search in a profile.
 */
@Dependent
public class PartSearch {

    /** The matches of a search: a page of parts, in order, and how many match in all. */
    public record Found(List<Match> parts, long total) {}

    /**
     * A part found, with the number of the part that replaced it (null when none did, or a kit did: then
     * {@code replacedByKit}).
     */
    public record Match(
            String partNumber,
            String description,
            BigDecimal listPrice,
            String currency,
            PartLifecycle lifecycle,
            int stockOnHand,
            String supersededBy,
            Interchangeability interchangeability,
            boolean replacedByKit) {}

    /**
     * The trigram indexes are asked for the key (see {@link #trigramKey}), and each candidate is then checked for
     * the whole text with {@code strpos}, which no index serves, so the planner cannot merge the two.
     */
    private static final String POSTGRESQL_MATCHES = """
            select id from cat_part
                  where lower(part_number) like :key escape '\\' and strpos(lower(part_number), :text) > 0
            union select id from cat_part
                  where :words <> '' and to_tsvector('simple', description) @@ to_tsquery('simple', :words)
            union select f.part_id from cat_fitment f join cat_product_model m on m.id = f.model_id
                  where lower(m.code) like :key escape '\\' and strpos(lower(m.code), :text) > 0
            union select f.part_id from cat_fitment f join cat_product_model m on m.id = f.model_id
                  where lower(m.name) like :key escape '\\' and strpos(lower(m.name), :text) > 0
            """;

    /** Ranges [from, to) over the keys: H2 reads each as an index range, with a parameter too. */
    private static final String H2_MATCHES = """
            select id from cat_part where part_number >= :upper and part_number < :upperEnd
            union select id from cat_part where description_key >= :lower and description_key < :lowerEnd
            union select f.part_id from cat_fitment f join cat_product_model m on m.id = f.model_id
                  where m.code >= :upper and m.code < :upperEnd
            union select f.part_id from cat_fitment f join cat_product_model m on m.id = f.model_id
                  where m.name_key >= :lower and m.name_key < :lowerEnd
            """;

    /** Above every character a key holds: the end of the range of keys that start with a prefix. */
    private static final char AFTER_ALL = Character.MAX_VALUE;

    private static volatile Boolean postgresql;

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    /** The catalog's data source, asked once which database it is. */
    @Resource(lookup = "java:jboss/datasources/PartsBridgeDS")
    DataSource dataSource;

    /** The columns of a match, of a part {@code p} and its successor {@code s}. */
    private static final String MATCH_COLUMNS = """
            p.part_number as part_no, p.description as descr, p.list_price as price,
            p.currency as cur, p.lifecycle as lc, p.stock_on_hand as stock,
            s.part_number as successor, p.interchangeability as how, p.kit_size as kit_size""";

    /** An exact part number first, then by number; a page of them. */
    private static String orderedPageBy(String partNumber) {
        return " order by case when " + partNumber + " = :exact then 0 else 1 end, " + partNumber
                + " offset :offset rows fetch first :size rows only";
    }

    /**
     * PostgreSQL reads each matching part by its key, in a lateral subquery that {@code offset 0} keeps from being
     * merged into a join: as a join, the planner's guess for the description words (2% of all parts for "bench &
     * part & 123456:*", where one matches) made it hash the matches against a scan of the whole part table,
     * 250 ms for one part found ({@code explain analyze}).
     */
    private static final String POSTGRESQL_PAGE = "select m.*, count(*) over () as total from ("
            + POSTGRESQL_MATCHES
            + ") ids join lateral (select " + MATCH_COLUMNS + """
              from cat_part p left join cat_part s on s.id = p.superseded_by_id
             where p.id = ids.id offset 0) m on true""" + orderedPageBy("m.part_no");

    private static final String H2_PAGE =
            "select " + MATCH_COLUMNS + """
            , count(*) over () as total
              from cat_part p left join cat_part s on s.id = p.superseded_by_id
             where p.id in (""" + H2_MATCHES + ")" + orderedPageBy("p.part_number");

    /** @param text the search text, trimmed, 1 to 80 characters */
    public Found find(String text, int offset, int size) {
        boolean onPostgresql = onPostgresql();
        String matches = onPostgresql ? POSTGRESQL_MATCHES : H2_MATCHES;
        var page = em.createNativeQuery(onPostgresql ? POSTGRESQL_PAGE : H2_PAGE)
                .setParameter("exact", text.toUpperCase())
                .setParameter("offset", offset)
                .setParameter("size", size);
        bind(page, text, onPostgresql);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        if (!rows.isEmpty()) {
            return new Found(rows.stream().map(PartSearch::match).toList(), ((Number) rows.get(0)[9]).longValue());
        }
        if (offset == 0) {
            return new Found(List.of(), 0);
        }
        var count = em.createNativeQuery("select count(*) from (" + matches + ") matching");
        bind(count, text, onPostgresql);
        return new Found(List.of(), ((Number) count.getSingleResult()).longValue());
    }

    private static Match match(Object[] r) {
        return new Match(
                (String) r[0],
                (String) r[1],
                (BigDecimal) r[2],
                (String) r[3],
                PartLifecycle.valueOf((String) r[4]),
                ((Number) r[5]).intValue(),
                (String) r[6],
                r[7] == null ? null : Interchangeability.valueOf((String) r[7]),
                ((Number) r[8]).intValue() > 0);
    }

    private static void bind(Query query, String text, boolean onPostgresql) {
        if (onPostgresql) {
            String lower = text.toLowerCase();
            query.setParameter("key", "%" + escapedForLike(trigramKey(lower)) + "%")
                    .setParameter("text", lower)
                    .setParameter("words", words(text));
        } else {
            String upper = text.toUpperCase();
            String lower = text.toLowerCase();
            query.setParameter("upper", upper)
                    .setParameter("upperEnd", upper + AFTER_ALL)
                    .setParameter("lower", lower)
                    .setParameter("lowerEnd", lower + AFTER_ALL);
        }
    }

    /**
     * The text's words as a text-search query that wants all of them, the last as a prefix: "Bench part 1234" is
     * {@code bench & part & 1234:*}. Only letters and digits reach the query, so its syntax cannot be injected;
     * a text without any is empty, and the query does not look at descriptions.
     */
    static String words(String text) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
        return words.isEmpty() ? "" : String.join(" & ", words) + ":*";
    }

    /**
     * The part of the text the trigram indexes are asked for: its longest word with a digit, else its longest
     * word, else the whole text. Every value that holds the text holds this word, so nothing is missed; and the
     * trigrams every value shares ("bp-" of every part number "BP-…") are left out: asked for "bp-0654321", the
     * index read the posting lists of all million part numbers for " bp" and "bp " (7 ms); asked for "0654321",
     * 0.4 ms ({@code explain analyze}).
     */
    static String trigramKey(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .max(java.util.Comparator.comparing((String w) -> w.chars().anyMatch(Character::isDigit))
                        .thenComparingInt(String::length))
                .orElse(text);
    }

    static String escapedForLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private boolean onPostgresql() {
        Boolean known = postgresql;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database the catalog is in", e);
            }
            postgresql = known;
        }
        return known;
    }
}
