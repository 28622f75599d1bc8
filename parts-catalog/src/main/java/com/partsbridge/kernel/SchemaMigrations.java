package com.partsbridge.kernel;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies one module's versioned migrations ({@code db/migration/<module>}) with a history table of its
 * own, so that each bounded context evolves its tables independently in a shared database.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    public static int migrate(DataSource dataSource, String module, ClassLoader moduleClassLoader) {
        return Flyway.configure(moduleClassLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module)
                .table("flyway_history_" + module)
                // other modules' tables may already exist: start this module's history from zero
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
