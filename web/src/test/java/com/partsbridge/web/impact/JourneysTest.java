package com.partsbridge.web.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.partsbridge.rma.impact.entity.Journey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneysTest {

    @Test
    void pagesAndApiOfOneJourneyCountAsOne() {
        assertEquals(Optional.of(Journey.FIT_LOOKUP), Journeys.of("GET", "/parts.xhtml"));
        assertEquals(
                Optional.of(Journey.FIT_LOOKUP),
                Journeys.of("GET", "/api/v1/models/HARMONY-880/units/H880A01234/parts"));
        assertEquals(Optional.of(Journey.PART_REQUEST), Journeys.of("POST", "/api/v1/my/rmas"));
        assertEquals(Optional.of(Journey.RMA_TRACKING), Journeys.of("GET", "/api/v1/my/rmas"));
        assertEquals(Optional.of(Journey.RMA_TRACKING), Journeys.of("POST", "/my/rma.xhtml"));
        assertEquals(Optional.of(Journey.ACCOUNT), Journeys.of("GET", "/api/v1/my/units"));
    }

    @Test
    void staffPagesResourcesAndThePartnerApiAreNotWatched() {
        assertEquals(Optional.empty(), Journeys.of("GET", "/admin/incidents.xhtml"));
        assertEquals(Optional.empty(), Journeys.of("GET", "/jakarta.faces.resource/faces.js.xhtml"));
        assertEquals(Optional.empty(), Journeys.of("GET", "/api/partner/v1/offers"));
        assertEquals(Optional.empty(), Journeys.of("GET", "/api/v1/rmas"));
    }
}
