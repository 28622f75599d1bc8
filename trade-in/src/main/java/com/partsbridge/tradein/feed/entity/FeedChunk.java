package com.partsbridge.tradein.feed.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A slice of an uploaded feed's bytes. Kept in slices rather than one large object because H2 and PostgreSQL
 * store binary columns of this size the same way, and a reader streams the feed one slice at a time.
 */
@Entity
@Table(name = "trd_offer_feed_chunk")
@IdClass(FeedChunk.Key.class)
public class FeedChunk {

    /** Bytes per slice: well under H2's 1 MiB limit for a binary value. */
    public static final int SIZE = 256 * 1024;

    @Id
    @Column(name = "feed_id")
    private long feedId;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "data", nullable = false)
    private byte[] data;

    protected FeedChunk() {
        // for JPA
    }

    public FeedChunk(long feedId, int seq, byte[] data) {
        this.feedId = feedId;
        this.seq = seq;
        this.data = data;
    }

    public byte[] data() {
        return data;
    }

    /** The composite key: feed and position (a plain class, as JPA requires of an id class). */
    public static class Key implements Serializable {

        private long feedId;
        private int seq;

        public Key() {
            // for JPA
        }

        public Key(long feedId, int seq) {
            this.feedId = feedId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.feedId == feedId && k.seq == seq;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(feedId) * 31 + seq;
        }
    }
}
