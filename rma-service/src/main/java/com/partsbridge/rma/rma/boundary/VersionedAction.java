package com.partsbridge.rma.rma.boundary;

import com.partsbridge.kernel.InvalidInputException;
import java.math.BigDecimal;

/**
 * What a person sends to move an RMA on, one record per action. Each carries the {@code version} they looked
 * at: when someone else acted in between, the action is refused with a conflict instead of overwriting
 * their work. The version is required on every action.
 */
public sealed interface VersionedAction
        permits Verification,
                Approval,
                Rejection,
                Shipment,
                Delivery,
                LossReport,
                ReturnReceipt,
                Closing,
                Cancellation,
                WrongPartReport,
                ResolutionChoice {

    String NO_VERSION = "send the version of the RMA you looked at";
    String NOT_A_VERSION = "a version is a whole number from 0 to 9223372036854775807";

    BigDecimal version();

    /**
     * The version as a long. The API validates it first ({@link SeenVersion}); this guards callers that
     * build an action in code, so a bad value is still a 400 naming {@code version}, never a 500.
     */
    default long seenVersion() {
        if (version() == null) {
            throw new InvalidInputException("version", NO_VERSION);
        }
        long seen = asVersion(version());
        if (seen < 0) {
            throw new InvalidInputException("version", NOT_A_VERSION);
        }
        return seen;
    }

    /** The whole number from 0 to Long.MAX_VALUE that {@code value} is, or -1 if it is none. */
    static long asVersion(BigDecimal value) {
        try {
            long whole = value.longValueExact(); // refuses a fraction and anything beyond a long
            return whole >= 0 ? whole : -1;
        } catch (ArithmeticException notAWholeLong) {
            return -1;
        }
    }
}
