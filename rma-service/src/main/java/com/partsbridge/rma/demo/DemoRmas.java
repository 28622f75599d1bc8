package com.partsbridge.rma.demo;

import com.partsbridge.rma.customer.boundary.NewUnit;
import com.partsbridge.rma.customer.boundary.UnitView;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.rma.customer.entity.Customer;
import com.partsbridge.rma.customer.entity.WarrantyPolicy;
import com.partsbridge.rma.rma.boundary.NewRma;
import com.partsbridge.rma.rma.boundary.Rmas;
import com.partsbridge.rma.rma.entity.ReturnReason;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo customers for the demo sign-ins: alice owns a revision A Harmony 880 and has asked for a battery
 * door; bob owns a revision B one. Loaded once unless {@code partsbridge.demo-data=false}.
 */
@Singleton
@Startup
@DependsOn({"RmaSchema", "parts-catalog.jar#DemoCatalog"})
public class DemoRmas {

    @Inject
    @ConfigProperty(name = "partsbridge.demo-data", defaultValue = "true")
    boolean enabled;

    @PersistenceContext(unitName = "rma")
    EntityManager em;

    @Inject
    Units units;

    @Inject
    Rmas rmas;

    @PostConstruct
    void load() {
        if (!enabled
                || em.createQuery("select count(c) from Customer c", Long.class).getSingleResult() > 0) {
            return;
        }
        em.persist(new WarrantyPolicy("HARMONY-880", 24));
        em.persist(new WarrantyPolicy("HARMONY-950", 24));
        em.persist(new Customer("alice", "Alice Archer", "alice@example.com"));
        em.persist(new Customer("bob", "Bob Baker", "bob@example.com"));
        em.flush();
        UnitView alices = units.register(
                "alice", new NewUnit("HARMONY-880", "H880A01234", LocalDate.of(2024, 1, 15), "receipt 2024-0115-88"));
        units.register("bob", new NewUnit("HARMONY-880", "H880B04321", LocalDate.of(2025, 3, 10), "order 55-1203"));
        rmas.request("alice", new NewRma(alices.id(), List.of(new NewRma.Line("BD-880-A", 1, ReturnReason.DAMAGED))));
    }
}
