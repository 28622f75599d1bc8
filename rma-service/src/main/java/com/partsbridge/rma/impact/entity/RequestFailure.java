package com.partsbridge.rma.impact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Failed requests, compactly: one row per customer, journey, minute and kind, counting them. A burst of a
 * thousand errors for one customer is one row; the detector reads a window of rows, never single requests.
 */
@Entity
@Table(name = "rcv_request_failure")
public class RequestFailure {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int failures;

    protected RequestFailure() {
        // for JPA
    }

    public RequestFailure(Key key) {
        this.key = key;
        this.failures = 1;
    }

    /** The row's identity; {@code minute} is the start of the minute the request failed in. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "customer_username", nullable = false, length = 60)
        private String customer;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 30)
        private Journey journey;

        @Column(name = "minute_start", nullable = false)
        private Instant minute;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        private RequestFailureKind kind;

        protected Key() {
            // for JPA
        }

        public Key(String customer, Journey journey, Instant at, RequestFailureKind kind) {
            this.customer = customer;
            this.journey = journey;
            this.minute = at.truncatedTo(ChronoUnit.MINUTES);
            this.kind = kind;
        }

        public String customer() {
            return customer;
        }

        public Journey journey() {
            return journey;
        }

        public Instant minute() {
            return minute;
        }

        public RequestFailureKind kind() {
            return kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && customer.equals(k.customer)
                    && journey == k.journey
                    && minute.equals(k.minute)
                    && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(customer, journey, minute, kind);
        }
    }
}
