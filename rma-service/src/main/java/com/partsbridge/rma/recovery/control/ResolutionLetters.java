package com.partsbridge.rma.recovery.control;

import com.partsbridge.kernel.Money;
import com.partsbridge.rma.rma.boundary.ResolutionSettled;
import com.partsbridge.rma.rma.boundary.ReturnOverdue;
import com.partsbridge.rma.rma.entity.Settlement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of a resolution's notices: what was paid or charged and why, and, before a charge, the date by
 * which sending the old part back still avoids it. Plain, with the amount and the date in the first sentences.
 */
public final class ResolutionLetters {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ResolutionLetters() {}

    public static String settledSubject(ResolutionSettled s) {
        return switch (s.settlement()) {
            case REFUND -> "Your refund for " + s.rmaNumber();
            case STORE_CREDIT -> "Store credit for " + s.rmaNumber();
            case CHARGE -> "We charged you for the part not sent back (" + s.rmaNumber() + ")";
            case WRITE_OFF -> "We closed the return of " + s.rmaNumber() + ": keep the old part";
        };
    }

    public static String settledBody(ResolutionSettled s, String name) {
        String amount = Money.of(s.amount(), s.currency()).toString();
        String what = switch (s.settlement()) {
            case REFUND ->
                "instead of sending you " + s.part() + " (line " + s.lineNo() + "), we refunded " + amount
                        + " to your original payment. Nothing ships and nothing needs to come back.";
            case STORE_CREDIT ->
                "instead of sending you " + s.part() + " (line " + s.lineNo() + "), we added store credit of " + amount
                        + " to your account. Nothing ships and nothing needs to come back.";
            case CHARGE ->
                "we sent you " + s.part() + " ahead of your old part (line " + s.lineNo()
                        + "), and the old part did not"
                        + " reach us by the date we gave you, so we charged " + amount
                        + ", as we told you we would. If it is on its way, tell us and we will refund it on arrival.";
            case WRITE_OFF ->
                "we sent you " + s.part() + " ahead of your old part (line " + s.lineNo()
                        + "), and the old part did not"
                        + " reach us by the date we gave you. We closed the return and wrote its value of " + amount
                        + " off: there is nothing to pay, and you may keep or recycle the old part.";
        };
        return "Dear " + name + ",\n\n" + Character.toUpperCase(what.charAt(0)) + what.substring(1)
                + "\n\nPartsBridge customer care";
    }

    public static String overdueSubject(ReturnOverdue o) {
        return "Please send your old part back (" + o.rmaNumber() + ")";
    }

    public static String overdueBody(ReturnOverdue o, String name) {
        String amount = Money.of(o.amount(), o.currency()).toString();
        String then = o.unreturned() == Settlement.CHARGE
                ? "we will charge " + amount + " for it on " + day(o.settleOn()) + "."
                : "we will close the return on " + day(o.settleOn()) + " and write its value of " + amount
                        + " off; there will be nothing to pay.";
        return "Dear " + name + ",\n\nWe sent your replacement ahead of the old part, which was due back by "
                + day(o.dueOn()) + " and has not reached us yet. Please send it back: if it does not arrive, " + then
                + "\n\nPartsBridge customer care";
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
