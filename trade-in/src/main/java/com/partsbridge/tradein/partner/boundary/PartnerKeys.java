package com.partsbridge.tradein.partner.boundary;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.tradein.partner.control.KeySecrets;
import com.partsbridge.tradein.partner.control.PartnerHistory;
import com.partsbridge.tradein.partner.control.PartnerRepository;
import com.partsbridge.tradein.partner.entity.Partner;
import com.partsbridge.tradein.partner.entity.PartnerEvent;
import com.partsbridge.tradein.partner.entity.PartnerKey;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Partners' API keys: issued by an admin, shown once, checked on every partner API call, revocable. */
@Stateless
public class PartnerKeys {

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PartnerRepository partners;

    @Inject
    PartnerHistory history;

    /** A new key for the partner; the returned token is the only time its secret exists outside the caller. */
    public IssuedKey issue(long partnerId, String label, String by) {
        return install(partnerId, KeySecrets.newKeyId(), KeySecrets.newSecret(), label, by);
    }

    /** Installs a key whose value was made elsewhere (the demo data's documented key). */
    public IssuedKey install(long partnerId, String token, String label, String by) {
        KeySecrets.Presented key = KeySecrets.parse(token)
                .orElseThrow(() -> new InvalidInputException("key", "a key looks like pbk_<12 hex>.<43 base64url>"));
        return install(partnerId, key.keyId(), key.secret(), label, by);
    }

    private IssuedKey install(long partnerId, String keyId, String secret, String label, String by) {
        if (label != null && label.length() > 80) {
            throw new InvalidInputException("label", "a key label has at most 80 characters");
        }
        Partner partner = partners.require(partnerId);
        PartnerKey key = new PartnerKey(keyId, partner, KeySecrets.hash(secret), label, Instant.now(clock), by);
        em.persist(key);
        history.record(
                partnerId,
                by,
                PartnerEvent.Action.KEY_ISSUED,
                "pbk_" + keyId + (label == null ? "" : " (" + label + ")"));
        return new IssuedKey(keyId, KeySecrets.token(keyId, secret), label, key.createdAt());
    }

    public List<KeyView> of(long partnerId) {
        partners.require(partnerId);
        return em.createQuery(
                        "select k from PartnerKey k where k.partner.id = :partner order by k.createdAt",
                        PartnerKey.class)
                .setParameter("partner", partnerId)
                .getResultStream()
                .map(KeyView::of)
                .toList();
    }

    public KeyView revoke(long partnerId, String keyId, String by) {
        PartnerKey key = em.find(PartnerKey.class, keyId);
        if (key == null || key.partner().id() != partnerId) {
            throw new NotFoundException("key-not-found", "partner " + partnerId + " has no key " + keyId);
        }
        key.revoke(Instant.now(clock), by);
        history.record(partnerId, by, PartnerEvent.Action.KEY_REVOKED, "pbk_" + keyId);
        return KeyView.of(key);
    }

    /**
     * The partner a presented key belongs to, if the key is well-formed, known, not revoked and matches. Runs on
     * every partner call: one query, the partner fetched with its key.
     */
    public Optional<PartnerCaller> authenticate(String token) {
        return KeySecrets.parse(token)
                .flatMap(presented -> em.createQuery(
                                "select k from PartnerKey k join fetch k.partner where k.keyId = :id", PartnerKey.class)
                        .setParameter("id", presented.keyId())
                        .getResultStream()
                        .findFirst()
                        .filter(PartnerKey::usable)
                        .filter(key -> KeySecrets.matches(presented.secret(), key.secretHash())))
                .map(key -> new PartnerCaller(
                        key.partner().id(), key.keyId(), key.partner().requestsPerMinute()));
    }

    /** A freshly issued key: {@code key} is the whole token the partner sends as {@code Authorization: Bearer}. */
    public record IssuedKey(String keyId, String key, String label, Instant createdAt) {}

    /** A key as listed later: never its secret. */
    public record KeyView(String keyId, String label, Instant createdAt, String createdBy, Instant revokedAt)
            implements Serializable {

        static KeyView of(PartnerKey k) {
            return new KeyView(
                    k.keyId(),
                    k.label(),
                    k.createdAt(),
                    k.createdBy(),
                    k.revokedAt().orElse(null));
        }
    }
}
