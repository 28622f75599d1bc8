package db.migration.catalog;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Catalog V3: indexes for text search over a million parts ({@code Parts.search}, {@code like '%text%'}).
 *
 * <p>On PostgreSQL, trigram GIN indexes (pg_trgm) on the lower-cased columns the search compares, so a substring
 * match is an index lookup rather than a scan. H2 has neither pg_trgm nor indexes on expressions, so there this
 * migration changes nothing: H2 keeps the scan (measured in the README). A Java migration, so that one version
 * serves both databases: the PostgreSQL statements would not even parse on H2.
 */
public class V3__search_index extends BaseJavaMigration {

    private static final String[] POSTGRESQL = {
        "create extension if not exists pg_trgm",
        "create index cat_part_number_trgm_idx on cat_part using gin (lower(part_number) gin_trgm_ops)",
        "create index cat_part_description_trgm_idx on cat_part using gin (lower(description) gin_trgm_ops)",
        "create index cat_model_name_trgm_idx on cat_product_model using gin (lower(name) gin_trgm_ops)",
        "create index cat_model_code_trgm_idx on cat_product_model using gin (lower(code) gin_trgm_ops)"
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
