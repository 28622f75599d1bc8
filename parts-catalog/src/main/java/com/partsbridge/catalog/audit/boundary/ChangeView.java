package com.partsbridge.catalog.audit.boundary;

import com.partsbridge.catalog.audit.entity.CatalogChange;
import java.io.Serializable;
import java.time.Instant;

/** One recorded catalog change: what changed from what to what, by whom and when. */
public record ChangeView(Instant at, String actor, String what, String before, String after) implements Serializable {

    static ChangeView of(CatalogChange c) {
        return new ChangeView(c.occurredAt(), c.actor(), c.what(), c.before(), c.after());
    }
}
