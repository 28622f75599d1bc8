package com.partsbridge.tradein.feed.boundary;

import com.partsbridge.tradein.feed.entity.OfferFeed;
import java.io.Serializable;
import java.time.Instant;

/** A feed's state and report: how far it got and what it did to the partner's offers. */
public record FeedView(
        long id,
        String format,
        String status,
        Instant receivedAt,
        Instant startedAt,
        Instant finishedAt,
        long sizeBytes,
        String sha256,
        int rowsTotal,
        int rowsDone,
        int percentDone,
        int created,
        int updated,
        int unchanged,
        int rejected,
        String failure)
        implements Serializable {

    static FeedView of(OfferFeed f) {
        int percent = f.rowsTotal() == 0 ? (f.finished() ? 100 : 0) : (int) (100L * f.rowsDone() / f.rowsTotal());
        return new FeedView(
                f.id(),
                f.format().name(),
                f.status().name(),
                f.receivedAt(),
                f.startedAt().orElse(null),
                f.finishedAt().orElse(null),
                f.sizeBytes(),
                f.contentSha256(),
                f.rowsTotal(),
                f.rowsDone(),
                percent,
                f.created(),
                f.updated(),
                f.unchanged(),
                f.rejected(),
                f.failure().orElse(null));
    }

    public boolean finished() {
        return "COMPLETED".equals(status) || "FAILED".equals(status);
    }
}
