package com.partsbridge.tradein.partner.entity;

import com.partsbridge.kernel.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A partner's API key. The key id is public (it names the key in lists and logs); of the secret only a hash
 * is kept, so the full key is shown once, when it is issued. A revoked key stays for the record.
 */
@Entity
@Table(name = "trd_partner_key")
public class PartnerKey {

    @Id
    @Column(name = "key_id", length = 16)
    private String keyId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(length = 80)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    protected PartnerKey() {
        // for JPA
    }

    public PartnerKey(String keyId, Partner partner, String secretHash, String label, Instant at, String by) {
        this.keyId = keyId;
        this.partner = partner;
        this.secretHash = secretHash;
        this.label = label;
        this.createdAt = at;
        this.createdBy = by;
    }

    public void revoke(Instant at, String by) {
        if (revokedAt != null) {
            throw new ConflictException("key-revoked", "key " + keyId + " was revoked at " + revokedAt);
        }
        this.revokedAt = at;
        this.revokedBy = by;
    }

    public boolean usable() {
        return revokedAt == null && partner.active();
    }

    public String keyId() {
        return keyId;
    }

    public Partner partner() {
        return partner;
    }

    public String secretHash() {
        return secretHash;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
