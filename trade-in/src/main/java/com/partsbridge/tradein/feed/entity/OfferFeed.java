package com.partsbridge.tradein.feed.entity;

import com.partsbridge.tradein.partner.entity.Partner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * One offer feed a partner uploaded: applied at once when small, by a batch job when large. Its counters move
 * in the same transaction as the offers they count, so progress never runs ahead of what is stored.
 */
@Entity
@Table(name = "trd_offer_feed")
public class OfferFeed {

    public enum Status {
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED
    }

    /** A feed that failed this many runs is given up, with the reason, instead of being retried forever. */
    public static final int MAX_ATTEMPTS = 3;

    @Id
    @SequenceGenerator(name = "trd_offer_feed_seq", sequenceName = "trd_offer_feed_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trd_offer_feed_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FeedFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.QUEUED;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 60)
    private String receivedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    /** The node whose run holds the feed (set by the claim; see FeedRuns). */
    @Column(name = "running_on", length = 100)
    private String runningOn;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "created_count", nullable = false)
    private int created;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(name = "rejected_count", nullable = false)
    private int rejected;

    @Column(nullable = false)
    private int attempts;

    @Column(length = 300)
    private String failure;

    @Version
    private long version;

    protected OfferFeed() {
        // for JPA
    }

    public OfferFeed(
            Partner partner,
            FeedFormat format,
            String receivedBy,
            Instant receivedAt,
            long sizeBytes,
            String contentSha256,
            int rowsTotal) {
        this.partner = partner;
        this.format = format;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
        this.sizeBytes = sizeBytes;
        this.contentSha256 = contentSha256;
        this.rowsTotal = rowsTotal;
    }

    /** Applied right away, in the request that uploaded it. */
    public void startNow(Instant at) {
        this.status = Status.RUNNING;
        this.startedAt = at;
        this.heartbeatAt = at;
        this.attempts++;
    }

    /** One chunk of rows applied; also shows the feed's run is alive. */
    public void record(ChunkResult chunk, Instant at) {
        this.rowsDone += chunk.rows();
        this.created += chunk.created();
        this.updated += chunk.updated();
        this.unchanged += chunk.unchanged();
        this.rejected += chunk.rejected();
        this.heartbeatAt = at;
    }

    public void complete(Instant at) {
        this.status = Status.COMPLETED;
        this.finishedAt = at;
        this.failure = null;
    }

    /** A run broke off: try again later, or give up after {@link #MAX_ATTEMPTS} runs. */
    public void runFailed(String reason, Instant at) {
        String shortReason =
                reason == null ? "unknown failure" : reason.length() > 300 ? reason.substring(0, 300) : reason;
        this.failure = shortReason;
        if (attempts >= MAX_ATTEMPTS) {
            this.status = Status.FAILED;
            this.finishedAt = at;
        } else {
            this.status = Status.QUEUED;
        }
    }

    public boolean finished() {
        return status == Status.COMPLETED || status == Status.FAILED;
    }

    public Long id() {
        return id;
    }

    public Partner partner() {
        return partner;
    }

    public FeedFormat format() {
        return format;
    }

    public Status status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public int rowsTotal() {
        return rowsTotal;
    }

    public int rowsDone() {
        return rowsDone;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int rejected() {
        return rejected;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
