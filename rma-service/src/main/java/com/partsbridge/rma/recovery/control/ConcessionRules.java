package com.partsbridge.rma.recovery.control;

import com.partsbridge.kernel.Money;
import com.partsbridge.rma.recovery.entity.ConcessionKind;
import com.partsbridge.rma.recovery.entity.FaultKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What each kind of fault earns the customer. Configurable per kind through MicroProfile Config, e.g.
 * {@code partsbridge.recovery.wrong-part-delivered.credit=15.00} and
 * {@code ...wrong-part-delivered.expedited=true} (environment: PARTSBRIDGE_RECOVERY_WRONG_PART_DELIVERED_CREDIT):
 * the amounts are a business decision that changes without a release.
 */
@ApplicationScoped
public class ConcessionRules {

    static final String CURRENCY = "EUR";
    private static final Map<FaultKind, String> DEFAULT_CREDIT = Map.of(
            FaultKind.WRONG_PART_DELIVERED, "15.00",
            FaultKind.LATE_SHIPMENT, "5.00",
            FaultKind.LOST_SHIPMENT, "10.00",
            FaultKind.ESCALATION, "25.00",
            FaultKind.INCIDENT, "5.00");

    public Map<ConcessionKind, Money> concessionsFor(FaultKind kind) {
        Config config = ConfigProvider.getConfig();
        return concessionsFor(kind, name -> config.getOptionalValue(name, String.class));
    }

    /** The rule for one kind of fault, reading its settings through {@code setting}. */
    static Map<ConcessionKind, Money> concessionsFor(FaultKind kind, Function<String, Optional<String>> setting) {
        if (!DEFAULT_CREDIT.containsKey(kind)) { // a resolution's money is its own rule, not a concession for a fault
            return Map.of();
        }
        String prefix = "partsbridge.recovery." + kind.name().toLowerCase().replace('_', '-');
        BigDecimal credit = new BigDecimal(setting.apply(prefix + ".credit").orElse(DEFAULT_CREDIT.get(kind)));
        boolean expedited = setting.apply(prefix + ".expedited")
                .map(Boolean::parseBoolean)
                .orElse(kind != FaultKind.ESCALATION && kind != FaultKind.INCIDENT);
        Map<ConcessionKind, Money> granted = new EnumMap<>(ConcessionKind.class);
        if (credit.signum() > 0) {
            granted.put(ConcessionKind.STORE_CREDIT, Money.of(credit, CURRENCY));
        }
        if (expedited) {
            granted.put(ConcessionKind.FREE_EXPEDITED_SHIPPING, Money.zero(CURRENCY));
        }
        return granted;
    }
}
