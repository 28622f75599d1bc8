package com.partsbridge.rma.rma.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.kernel.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Serials and lots on RMA lines, and the delivery promise kept on the RMA, without a container. */
class TraceabilityTest {

    static final Instant NOW = RmaTest.NOW;

    @Test
    void aSerialOrLotIsOptionalAndComparedInUpperCase() {
        assertEquals(Optional.empty(), SerialOrLot.optional("serial", null));
        assertEquals(Optional.empty(), SerialOrLot.optional("serial", "   "));
        assertEquals(Optional.of("SN-0042/B.7"), SerialOrLot.optional("serial", " sn-0042/b.7 "));
    }

    @Test
    void refusesASerialWithOtherCharactersOrTooLongNamingTheField() {
        var spaces = assertThrows(InvalidInputException.class, () -> SerialOrLot.optional("scannedSerials", "SN 42"));
        assertEquals("scannedSerials", spaces.field());
        assertThrows(InvalidInputException.class, () -> SerialOrLot.optional("serial", "<script>"));
        assertThrows(InvalidInputException.class, () -> SerialOrLot.optional("serial", "S".repeat(41)));
        assertEquals(Optional.of("S".repeat(40)), SerialOrLot.optional("serial", "s".repeat(40)));
    }

    @Test
    void theReturnMustCarryTheSerialWeShippedIntoTheUnitWhenWeKnowIt() {
        assertTrue(SerialOrLot.isExpectedBack(Optional.of("SN-1"), Optional.of("SN-1")));
        assertFalse(SerialOrLot.isExpectedBack(Optional.of("SN-1"), Optional.of("SN-9")));
        assertTrue(SerialOrLot.isExpectedBack(Optional.empty(), Optional.of("SN-9")), "nothing traced: any code");
        assertTrue(SerialOrLot.isExpectedBack(Optional.empty(), Optional.empty()), "a part without a code");
    }

    @Test
    void recordsTheShippedAndTheReturnedSerialOnTheLine() {
        Rma rma = RmaTest.requested();
        rma.verify("rita", null, NOW);
        rma.approve("rita", true, null, NOW);
        rma.ship("rita", "scanned", NOW, List.of(Optional.of("SN-NEW-1")));
        rma.deliver("carrier", NOW);
        rma.receiveReturn("rita", NOW, "BD-880-A", Optional.of("SN-OLD-7"));

        RmaLine line = rma.lines().get(0);
        assertEquals(Optional.of("SN-NEW-1"), line.shippedSerial());
        assertEquals(Optional.of("SN-OLD-7"), line.returnedSerial());
        assertTrue(rma.history().get(rma.history().size() - 1).note().contains("SN-OLD-7"));
    }

    @Test
    void warnsOnceBeforeTheDueDayAndRecordsTheBreachOnceAfterIt() {
        Rma rma = RmaTest.requested();
        LocalDate due = LocalDate.of(2026, 12, 14);
        rma.promiseDeliveryBy(due);
        LocalDate warnFrom = LocalDate.of(2026, 12, 10);

        assertFalse(rma.warnDueSoon(LocalDate.of(2026, 12, 9), warnFrom, NOW), "too early");
        assertTrue(rma.warnDueSoon(warnFrom, warnFrom, NOW));
        assertFalse(rma.warnDueSoon(LocalDate.of(2026, 12, 11), warnFrom, NOW), "once");

        assertFalse(rma.breachDue(due, NOW), "the due day itself is still kept");
        assertTrue(rma.breachDue(due.plusDays(1), NOW));
        assertFalse(rma.breachDue(due.plusDays(2), NOW), "once");
        assertEquals(Optional.of(due.plusDays(1)), rma.breachedOn());
    }

    @Test
    void aDeliveredRequestIsNeitherWarnedNorBreached() {
        Rma rma = RmaTest.requested();
        rma.promiseDeliveryBy(LocalDate.of(2026, 12, 14));
        rma.verify("rita", null, NOW);
        rma.approve("rita", false, null, NOW);
        rma.ship("rita", null, NOW);
        rma.deliver("carrier", NOW);

        assertFalse(rma.warnDueSoon(LocalDate.of(2026, 12, 13), LocalDate.of(2026, 12, 10), NOW));
        assertFalse(rma.breachDue(LocalDate.of(2027, 1, 1), NOW));
    }
}
