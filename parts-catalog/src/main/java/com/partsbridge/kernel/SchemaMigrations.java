package com.partsbridge.kernel;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies one module's versioned migrations ({@code db/migration/<module>}) with a history table of its
 * own, so that each bounded context evolves its tables independently in a shared database.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {}

    /**
     * One module at a time: each module's start-up bean migrates from its own thread, and H2 refuses DDL from
     * two connections at once ("Timeout trying to lock table SYS"), which failed a fresh start now and then.
     */
    public static synchronized int migrate(DataSource dataSource, String module, ClassLoader moduleClassLoader) {
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
