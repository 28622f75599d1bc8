package com.partsbridge.rma.recovery.control;

import com.partsbridge.kernel.Money;
import com.partsbridge.rma.recovery.boundary.ServiceFailure;
import com.partsbridge.rma.recovery.entity.ConcessionKind;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The words of a notice. They say what we did wrong in the first sentence, never suggest the customer was
 * at fault, tell them what we already did about it, and ask nothing of them.
 */
public final class Apologies {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Apologies() {}

    public static String subject(ServiceFailure f) {
        return switch (f.kind()) {
            case WRONG_PART_DELIVERED -> "We sent you the wrong part (" + f.caseRef() + ")";
            case LATE_SHIPMENT -> "We did not ship your part when we promised (" + f.caseRef() + ")";
            case LOST_SHIPMENT -> "We lost your parcel (" + f.caseRef() + ")";
            case ESCALATION -> "A named person now owns your case (" + f.caseRef() + ")";
            case INCIDENT -> "We let you down: " + f.caseRef();
            case RESOLUTION, RETURN_OVERDUE -> f.caseRef(); // worded by ResolutionLetters, not as an apology
        };
    }

    public static String body(ServiceFailure f, String name, Map<ConcessionKind, Money> granted) {
        String fault = switch (f.kind()) {
            case WRONG_PART_DELIVERED ->
                "we sent you the wrong part. " + f.whatWentWrong()
                        + ". That was our mistake. The right part is on its way, and you may keep or discard the wrong one.";
            case LATE_SHIPMENT ->
                "we did not ship your part by the date we promised. " + f.whatWentWrong() + ". That is on us.";
            case LOST_SHIPMENT ->
                "the parcel we sent you was lost on its way. " + f.whatWentWrong()
                        + ". A replacement ships now; you do not need to report anything.";
            case ESCALATION ->
                "we have failed you more than once on this case. " + f.whatWentWrong() + ". "
                        + f.owner() + " now owns it personally and will see it resolved by "
                        + (f.deadline() == null ? "the end of the next working day" : WHEN.format(f.deadline())) + ".";
            case INCIDENT -> "our service failed you. " + f.whatWentWrong() + ".";
            case RESOLUTION, RETURN_OVERDUE -> f.whatWentWrong();
        };
        StringBuilder text = new StringBuilder("Dear ")
                .append(name)
                .append(",\n\n")
                .append(Character.toUpperCase(fault.charAt(0)))
                .append(fault.substring(1))
                .append("\n\n");
        if (!granted.isEmpty()) {
            text.append("We have already added to your account, with nothing for you to claim:\n");
            granted.forEach((kind, value) ->
                    text.append("- ").append(describe(kind, value)).append('\n'));
            text.append('\n');
        }
        return text.append("We are sorry.\nPartsBridge customer care").toString();
    }

    static String describe(ConcessionKind kind, Money value) {
        return switch (kind) {
            case STORE_CREDIT -> "store credit of " + value;
            case FREE_EXPEDITED_SHIPPING -> "free expedited shipping on your next order";
            case REFUND -> "a refund of " + value + " to your original payment";
        };
    }
}
