package com.partsbridge.readiness;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the application's database answers and holds the application's schema (the RMA tables exist, so
 * the migrations ran). Down otherwise, with the reason, so a balancer stops sending requests to this node.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "partsbridge-database";

    /** A check must answer quickly: a probe that hangs is as bad as one that is down. */
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/PartsBridgeDS")
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = database.getConnection();
                Statement probe = connection.createStatement()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.named(NAME)
                        .down()
                        .withData("reason", "the connection is not valid")
                        .build();
            }
            probe.setQueryTimeout(TIMEOUT_SECONDS);
            probe.execute("select 1 from rma_rma where 1 = 0");
            return HealthCheckResponse.up(NAME);
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("reason", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
