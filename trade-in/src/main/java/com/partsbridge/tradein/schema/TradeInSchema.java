package com.partsbridge.tradein.schema;

import com.partsbridge.kernel.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;

/** Brings the trade-in module's tables up to date when the application starts. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway manages its own transactions
public class TradeInSchema {

    @Resource(lookup = "java:jboss/datasources/PartsBridgeDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        SchemaMigrations.migrate(dataSource, "tradein", TradeInSchema.class.getClassLoader());
    }
}
