package com.partsbridge.rma.recovery.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentTest {

    static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    static Incident proposal() {
        Incident incident = Incident.proposed("RMA_TRACKING", "Our site failed you", "Errors", T, T.plusSeconds(60), T);
        incident.counted("alice", 2);
        incident.counted("bob", 2);
        return incident;
    }

    @Test
    void confirmingTwiceConfirmsOnce() {
        Incident incident = proposal();

        assertTrue(incident.confirm("admin", T));
        assertFalse(incident.confirm("system (auto-confirm)", T), "the second confirmation changes nothing");
        assertEquals(IncidentStatus.CONFIRMED, incident.status());
        assertEquals("admin", incident.decidedBy().orElseThrow());
    }

    @Test
    void aCustomerStaffRemovedIsNotAddedBackByDetection() {
        Incident incident = proposal();

        incident.amend("Tracking failed", "Errors on the RMA pages", List.of("alice", "carol"));
        incident.counted("bob", 3);

        assertEquals(Map.of("alice", 2, "carol", 0), incident.affectedCustomers());
        assertEquals("Tracking failed", incident.title());
    }

    @Test
    void aProposalIsExtendedNotReplaced() {
        Incident incident = proposal();

        incident.extendTo(T.plusSeconds(600));
        incident.extendTo(T.plusSeconds(120));

        assertEquals(T.plusSeconds(600), incident.endedAt());
        assertEquals(T, incident.startedAt());
    }

    @Test
    void aDecidedIncidentDoesNotChange() {
        Incident dismissed = proposal();
        dismissed.dismiss("admin", T);

        assertThrows(ConflictException.class, () -> dismissed.confirm("admin", T));
        assertThrows(ConflictException.class, () -> dismissed.amend("t", "d", List.of("alice")));
        Incident declared =
                Incident.declared("Down", "Down for hours", T, T.plusSeconds(60), "admin", T, null, List.of("bob"));
        assertThrows(ConflictException.class, () -> declared.dismiss("admin", T));
    }

    @Test
    void aProposalWithNobodyLeftCannotBeConfirmed() {
        Incident incident = proposal();
        incident.amend("t", "d", List.of());

        assertThrows(ConflictException.class, () -> incident.confirm("admin", T));
    }
}
