package com.partsbridge.tradein.feed.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A feed row that was not applied, and why, for the partner's report. */
@Entity
@Table(name = "trd_feed_rejection")
public class FeedRejection {

    @Id
    @SequenceGenerator(name = "trd_feed_rejection_seq", sequenceName = "trd_feed_rejection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trd_feed_rejection_seq")
    private Long id;

    @Column(name = "feed_id", nullable = false)
    private long feedId;

    @Column(name = "feed_row", nullable = false)
    private int row;

    @Column(length = 40)
    private String field;

    @Column(nullable = false, length = 300)
    private String reason;

    protected FeedRejection() {
        // for JPA
    }

    public FeedRejection(long feedId, int row, String field, String reason) {
        this.feedId = feedId;
        this.row = row;
        this.field = field;
        this.reason = reason.length() > 300 ? reason.substring(0, 297) + "..." : reason;
    }

    public int row() {
        return row;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
