package com.partsbridge.catalog.schema;

import com.partsbridge.kernel.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Brings the catalog's tables up to date when the application starts. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway manages its own transactions
public class CatalogSchema {

    private static final Logger LOG = Logger.getLogger(CatalogSchema.class.getName());

    @Resource(lookup = "java:jboss/datasources/PartsBridgeDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        int applied = SchemaMigrations.migrate(dataSource, "catalog", CatalogSchema.class.getClassLoader());
        LOG.info(() -> "catalog schema: " + applied + " migration(s) applied");
    }
}
