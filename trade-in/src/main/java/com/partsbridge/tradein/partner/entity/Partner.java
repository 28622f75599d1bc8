package com.partsbridge.tradein.partner.entity;

import com.partsbridge.kernel.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A third-party supplier that stocks parts for our models and pays a royalty on the referrals we send it. */
@Entity
@Table(name = "trd_partner")
public class Partner {

    public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;

    @Id
    @SequenceGenerator(name = "trd_partner_seq", sequenceName = "trd_partner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trd_partner_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Column(name = "royalty_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal royaltyRate;

    @Column(nullable = false)
    private boolean active = true;

    /** How many calls a minute the partner API takes from this partner before it answers 429. */
    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute = DEFAULT_REQUESTS_PER_MINUTE;

    @Version
    private long version;

    protected Partner() {
        // for JPA
    }

    public Partner(String name, BigDecimal royaltyRate) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "a partner name is required");
        }
        if (royaltyRate == null || royaltyRate.signum() < 0 || royaltyRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidInputException("royaltyRate", "a royalty rate is a fraction from 0 up to 1, e.g. 0.08");
        }
        this.name = name.trim();
        this.royaltyRate = royaltyRate;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public BigDecimal royaltyRate() {
        return royaltyRate;
    }

    public boolean active() {
        return active;
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    public void limitRequestsPerMinute(int perMinute) {
        if (perMinute < 1 || perMinute > 100_000) {
            throw new InvalidInputException("requestsPerMinute", "a rate limit is 1 to 100000 requests a minute");
        }
        this.requestsPerMinute = perMinute;
    }
}
