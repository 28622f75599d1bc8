package com.partsbridge.rma.impact.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * When failures become an incident, in MicroProfile Config (environment: PARTSBRIDGE_IMPACT_WINDOW_MINUTES and
 * so on): at least {@code min-failures} failed requests by at least {@code min-customers} distinct customers on
 * one journey within the last {@code window-minutes}. A proposal confirms itself after
 * {@code auto-confirm-minutes} unless staff decided first.
 */
@ApplicationScoped
public class ImpactRules {

    public Duration window() {
        return Duration.ofMinutes(setting("partsbridge.impact.window-minutes", 15));
    }

    public int minFailures() {
        return setting("partsbridge.impact.min-failures", 10);
    }

    public int minCustomers() {
        return setting("partsbridge.impact.min-customers", 3);
    }

    public Duration autoConfirmAfter() {
        return Duration.ofMinutes(setting("partsbridge.impact.auto-confirm-minutes", 120));
    }

    private static int setting(String name, int fallback) {
        Config config = ConfigProvider.getConfig();
        return Math.max(1, config.getOptionalValue(name, Integer.class).orElse(fallback));
    }
}
