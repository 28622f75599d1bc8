package com.partsbridge.rma.rma.control;

import com.partsbridge.rma.rma.entity.ResolutionRules;
import com.partsbridge.rma.rma.entity.Settlement;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The resolution rules as configured (MicroProfile Config, so environment variables work too, e.g.
 * PARTSBRIDGE_RMA_KEEP_IT_BELOW): {@code partsbridge.rma.keep-it-below} (2.00, in the part's currency),
 * {@code partsbridge.rma.advance-return.days} (14), {@code ...advance-return.grace-days} (7) and
 * {@code ...advance-return.unreturned} ({@code charge} or {@code write-off}).
 */
@ApplicationScoped
public class ResolutionSettings {

    public ResolutionRules rules() {
        Config config = ConfigProvider.getConfig();
        ResolutionRules d = ResolutionRules.DEFAULTS;
        return new ResolutionRules(
                config.getOptionalValue("partsbridge.rma.keep-it-below", BigDecimal.class)
                        .orElse(d.keepItBelow()),
                config.getOptionalValue("partsbridge.rma.advance-return.days", Integer.class)
                        .orElse(d.returnWithinDays()),
                config.getOptionalValue("partsbridge.rma.advance-return.grace-days", Integer.class)
                        .orElse(d.graceDays()),
                config.getOptionalValue("partsbridge.rma.advance-return.unreturned", String.class)
                        .map(ResolutionSettings::unreturned)
                        .orElse(d.unreturned()));
    }

    static Settlement unreturned(String setting) {
        return switch (setting.trim().toLowerCase()) {
            case "charge" -> Settlement.CHARGE;
            case "write-off" -> Settlement.WRITE_OFF;
            default ->
                throw new IllegalStateException(
                        "partsbridge.rma.advance-return.unreturned is charge or write-off, not " + setting);
        };
    }
}
