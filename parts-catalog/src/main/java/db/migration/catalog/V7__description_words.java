package db.migration.catalog;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Catalog V7: on PostgreSQL, descriptions are searched by their words ({@code PartSearch}), through a GIN index
 * of their {@code simple} text-search vectors, instead of by trigrams (V3). Words such as "bench" or "part" that
 * nearly every description shares made the trigram match read the whole index (75 ms for "Bench part 123456" at a
 * million parts); a word search skips through the common words' lists with the rare word's (0.1 ms). The
 * description's trigram index is dropped: nothing reads it any more. H2 is left as it is (see V6).
 */
public class V7__description_words extends BaseJavaMigration {

    private static final String[] POSTGRESQL = {
        "create index cat_part_description_words_idx on cat_part using gin (to_tsvector('simple', description))",
        "drop index if exists cat_part_description_trgm_idx"
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : POSTGRESQL) {
                statement.execute(sql);
            }
        }
    }
}
