package com.partsbridge.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after {@code partsbridge.login.max-failures} failed sign-ins for one account, or
 * from one client address ({@code request.getRemoteAddr()}: behind a balancer, let the listener take the client's
 * address from X-Forwarded-For with {@code proxy-address-forwarding}), within {@code partsbridge.login.window-seconds}, further attempts are refused
 * without checking the password until the oldest failure leaves the window. Counted in the database, so the
 * nodes of a cluster share one count: N nodes behind a balancer allow the same attempts as one. The cost is one
 * indexed query per sign-in or Basic call for each kind of key, and three statements per failure.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    @Inject
    @ConfigProperty(name = "partsbridge.login.max-failures", defaultValue = "10")
    int maxFailures;

    /** Where many people share one address (an office behind NAT) it may be set higher; the same by default. */
    @Inject
    @ConfigProperty(name = "partsbridge.login.max-failures-per-address")
    Optional<Integer> maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "partsbridge.login.window-seconds", defaultValue = "900")
    long windowSeconds;

    @Resource(lookup = "java:jboss/datasources/PartsBridgeDS")
    DataSource dataSource;

    Clock clock = Clock.systemUTC();
    private FailureLog accounts;
    private FailureLog addresses;

    @PostConstruct
    void start() {
        accounts = new FailureLog(dataSource, "account", maxFailures, Duration.ofSeconds(windowSeconds));
        addresses = new FailureLog(
                dataSource, "address", maxFailuresPerAddress.orElse(maxFailures), Duration.ofSeconds(windowSeconds));
    }

    /** Whole seconds to wait before {@code username} may try from {@code address}; zero if it may try now. */
    public long retryAfterSeconds(String username, String address) {
        Duration wait =
                max(accounts.blockedFor(username, clock.instant()), addresses.blockedFor(address, clock.instant()));
        return wait.isZero() ? 0 : Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** One log line per failure (never the password); one warning when a key becomes blocked. */
    public void failed(String username, String address, String channel) {
        String who = printable(username);
        LOG.info(() -> "Failed sign-in (" + channel + ") for user '" + who + "' from " + address);
        if (accounts.fail(username, clock.instant())) {
            LOG.warning(() -> "Sign-ins for user '" + who + "' paused: " + maxFailures + " failures within "
                    + windowSeconds + " s");
        }
        if (addresses.fail(address, clock.instant())) {
            LOG.warning(() -> "Sign-ins from " + address + " paused: " + maxFailuresPerAddress.orElse(maxFailures)
                    + " failures within "
                    + windowSeconds + " s");
        }
    }

    /** The account's own failures are forgotten; the address keeps its count, or one good account would
     * let its owner reset the count between guesses at others. */
    public void succeeded(String username) {
        accounts.clear(username);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** A user name as typed can hold line breaks: keep the log one line per attempt. */
    static String printable(String username) {
        String cut = username.length() > FailureLog.MAX_KEY_LENGTH
                ? username.substring(0, FailureLog.MAX_KEY_LENGTH) + "..."
                : username;
        return cut.replaceAll("[\\p{Cntrl}]", "?");
    }
}
