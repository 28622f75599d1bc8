package com.partsbridge.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now", so rules about dates can be tested with a fixed clock. A test server may set
 * {@code partsbridge.test-controls=true} (e.g. {@code PARTSBRIDGE_TEST_CONTROLS}, the one switch of all test-only controls) so a system test can
 * move "now" forward to see what a timer does days later; a production server never does, and then
 * {@link #shift} is refused.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "partsbridge.test-controls", defaultValue = "false")
    boolean adjustable;

    /**
     * "Now" ticks in microseconds, the precision both databases store: an instant written and then answered (a
     * case's deadline in its 201) is the instant every later read gives, not one rounded from nanoseconds.
     */
    static final Duration TICK = Duration.ofNanos(1_000);

    private final ShiftedClock shifted = new ShiftedClock();

    @Produces
    @ApplicationScoped
    Clock systemClock() {
        return Clock.tick(adjustable ? shifted : Clock.systemUTC(), TICK);
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** Moves "now" to {@code offset} from the real time (zero puts it back); only on an adjustable clock. */
    public void shift(Duration offset) {
        if (!adjustable) {
            throw new NotFoundException("clock-not-adjustable", "this server's clock follows real time");
        }
        shifted.offset = offset;
    }

    /** The system's UTC clock plus an offset that a test sets. */
    static final class ShiftedClock extends Clock {

        volatile Duration offset = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
