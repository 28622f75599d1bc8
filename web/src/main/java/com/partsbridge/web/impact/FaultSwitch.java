package com.partsbridge.web.impact;

import com.partsbridge.rma.impact.entity.Journey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * For system tests only: makes the next N requests of signed-in customers on a journey answer 503, so that
 * impact detection can be shown on real failures. Off unless {@code partsbridge.test-controls=true}, which
 * only the system-test server sets (ear/pom.xml); off, it fails nothing and its endpoint answers 404. The
 * counts live in this node's memory: a test drives one node.
 */
@ApplicationScoped
public class FaultSwitch {

    private final Map<Journey, AtomicInteger> remaining = new EnumMap<>(Journey.class);
    private final boolean enabled;

    public FaultSwitch() {
        this(ConfigProvider.getConfig()
                .getOptionalValue("partsbridge.test-controls", Boolean.class)
                .orElse(false));
    }

    FaultSwitch(boolean enabled) {
        this.enabled = enabled;
        for (Journey journey : Journey.values()) {
            remaining.put(journey, new AtomicInteger());
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** The next {@code requests} customer requests on {@code journey} fail; 0 turns it off. */
    public void arm(Journey journey, int requests) {
        if (enabled) {
            remaining.get(journey).set(requests);
        }
    }

    /** Whether this request is one of those that must fail (counting it when so). */
    public boolean failNow(Journey journey) {
        return enabled && remaining.get(journey).getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    public int remaining(Journey journey) {
        return remaining.get(journey).get();
    }
}
