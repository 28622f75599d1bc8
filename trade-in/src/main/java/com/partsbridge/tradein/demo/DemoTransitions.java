package com.partsbridge.tradein.demo;

import com.partsbridge.kernel.Money;
import com.partsbridge.tradein.obligation.boundary.PartsObligations;
import com.partsbridge.tradein.partner.boundary.NewOffer;
import com.partsbridge.tradein.partner.boundary.NewPartner;
import com.partsbridge.tradein.partner.boundary.PartnerKeys;
import com.partsbridge.tradein.partner.boundary.Partners;
import com.partsbridge.tradein.partner.entity.SupplyTerms;
import com.partsbridge.tradein.program.boundary.NewProgram;
import com.partsbridge.tradein.program.boundary.TradeInPrograms;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Harmony 880's charging cradle is no longer made: ReLink Parts (8% royalty) offers an equivalent, we
 * hold a few refurbished ones, and the 880 trades in toward the 950. Loaded unless partsbridge.demo-data=false.
 */
@Singleton
@Startup
@DependsOn({"TradeInSchema", "parts-catalog.jar#DemoCatalog"})
public class DemoTransitions {

    @Inject
    @ConfigProperty(name = "partsbridge.demo-data", defaultValue = "true")
    boolean enabled;

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    /** ReLink's key for the partner API, as printed in the README; a real key is issued and shown once. */
    static final String DEMO_PARTNER_KEY = "pbk_0000000de301.ReLinkDemoKeyForThePartnerApiOnly-012345678";

    @Inject
    Partners partners;

    @Inject
    PartnerKeys keys;

    @Inject
    TradeInPrograms programs;

    @Inject
    PartsObligations obligations;

    @PostConstruct
    void load() {
        if (!enabled
                || em.createQuery("select count(p) from Partner p", Long.class).getSingleResult() > 0) {
            return;
        }
        long relink = partners.register(new NewPartner("ReLink Parts", new BigDecimal("0.08"), null), "demo-data")
                .id();
        keys.install(relink, DEMO_PARTNER_KEY, "demo key (README)", "demo-data");
        partners.putOffer(
                relink, new NewOffer("RL-CR880", "CR-880", new BigDecimal("19.90"), "EUR", 14, 5), "demo-data");
        partners.stockRefurbished("CR-880", new SupplyTerms(Money.of(new BigDecimal("14.00"), "EUR"), 3, 4));
        programs.register(new NewProgram(
                "HARMONY-880", new BigDecimal("60.00"), new BigDecimal("0.015"), new BigDecimal("15.00"), 30));
        obligations.declare("HARMONY-880", 10, 15); // ten years after the last sale: the catalog falls short
    }
}
