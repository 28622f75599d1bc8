package db.migration.catalog;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Catalog V6: text search at a million parts on H2 ({@code PartSearch}). H2 has neither trigram indexes nor
 * indexes on expressions, so a {@code like '%text%'} over descriptions scanned every part (0.5 searches a second
 * at a million parts). Here each text the search compares without regard to case gets a lower-cased generated
 * column with an ordinary index, and H2 searches by prefix: an index range on the part number (its unique key),
 * the model code (its unique key), and these keys. PostgreSQL keeps its trigram indexes (V3) and substring
 * search, so this migration changes nothing there. Java, so that one version serves both databases.
 */
public class V6__search_keys extends BaseJavaMigration {

    private static final String[] H2 = {
        "alter table cat_part add column description_key varchar(200) generated always as (lower(description))",
        "create index cat_part_description_key_idx on cat_part (description_key)",
        "alter table cat_product_model add column name_key varchar(120) generated always as (lower(name))",
        "create index cat_model_name_key_idx on cat_product_model (name_key)"
    };

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : H2) {
                statement.execute(sql);
            }
        }
    }
}
