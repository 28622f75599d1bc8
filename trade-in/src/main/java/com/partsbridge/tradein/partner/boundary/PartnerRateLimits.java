package com.partsbridge.tradein.partner.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Each partner's token bucket, kept in the database so that every node takes from the same one: a partner
 * allowed {@code requestsPerMinute} calls a minute gets that many across the whole cluster. The bucket holds up
 * to a minute's calls and refills evenly over the minute. One call is one short transaction that locks the
 * partner's row ({@code select ... for update}, then one update): concurrent calls of one partner queue on that
 * row; calls of different partners do not meet. A new rate starts a full bucket at that rate.
 */
@Stateless
public class PartnerRateLimits {

    private static final double MILLIS_PER_MINUTE = 60_000.0;

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Takes one token from the partner's bucket if there is one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Admission admit(long partnerId, int requestsPerMinute) {
        long now = clock.millis();
        Object[] row = lockedBucket(partnerId);
        if (row == null) {
            em.createNativeQuery("insert into trd_partner_rate (partner_id, per_minute, tokens, refilled_at)"
                            + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                    .setParameter(1, partnerId)
                    .setParameter(2, requestsPerMinute)
                    .setParameter(3, (double) requestsPerMinute)
                    .setParameter(4, now)
                    .executeUpdate();
            row = lockedBucket(partnerId);
        }
        int perMinute = ((Number) row[0]).intValue();
        double tokens = ((Number) row[1]).doubleValue();
        long refilledAt = ((Number) row[2]).longValue();
        if (perMinute != requestsPerMinute) { // the admin changed the rate: a full bucket at the new one
            tokens = requestsPerMinute;
        } else if (now > refilledAt) {
            tokens = Math.min(requestsPerMinute, tokens + (now - refilledAt) * requestsPerMinute / MILLIS_PER_MINUTE);
        }
        Admission admission;
        if (tokens >= 1) {
            tokens -= 1;
            admission = Admission.in((long) Math.floor(tokens));
        } else {
            double millis = (1 - tokens) * MILLIS_PER_MINUTE / requestsPerMinute;
            admission = Admission.refused((long) Math.ceil(millis / 1000));
        }
        em.createNativeQuery("update trd_partner_rate set per_minute = ?1, tokens = ?2, refilled_at = ?3"
                        + " where partner_id = ?4")
                .setParameter(1, requestsPerMinute)
                .setParameter(2, tokens)
                .setParameter(3, Math.max(now, refilledAt))
                .setParameter(4, partnerId)
                .executeUpdate();
        return admission;
    }

    private Object[] lockedBucket(long partnerId) {
        var rows = em.createNativeQuery(
                        "select per_minute, tokens, refilled_at from trd_partner_rate where partner_id = ?1 for update")
                .setParameter(1, partnerId)
                .getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }
}
