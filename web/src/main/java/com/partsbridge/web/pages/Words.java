package com.partsbridge.web.pages;

import com.partsbridge.rma.recovery.entity.FaultKind;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.entity.Gate;
import com.partsbridge.rma.rma.entity.ReturnReason;
import com.partsbridge.rma.rma.entity.RmaState;
import com.partsbridge.tradein.program.entity.ConditionGrade;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the customer reads instead of our codes: RMA states, reasons, notice kinds and grades in words, dates in
 * the reader's locale (Accept-Language) and instants in the reader's time zone. Browsers send no time zone, so
 * the signed-in pages' script stores the browser's in the {@value #ZONE_COOKIE} cookie; until it has (the first
 * page after sign-in) or when it names no zone we know, instants are shown for {@link #ZONE} (our customers are
 * mostly in Germany). The zone is always named beside the times.
 */
@Named
@RequestScoped
public class Words {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** Set by resources/js/signed-in.js from {@code Intl.DateTimeFormat().resolvedOptions().timeZone}. */
    public static final String ZONE_COOKIE = "pb-tz";

    private static final Map<RmaState, String> STATES = Map.of(
            RmaState.REQUESTED, "Requested",
            RmaState.VERIFIED, "Being checked",
            RmaState.APPROVED, "Approved",
            RmaState.SHIPPED, "On its way",
            RmaState.DELIVERED, "Delivered",
            RmaState.RETURN_EXPECTED, "Waiting for your old part",
            RmaState.RETURN_RECEIVED, "Old part received",
            RmaState.CLOSED, "Closed",
            RmaState.REJECTED, "Not approved",
            RmaState.CANCELLED, "Cancelled");

    private static final Map<RmaState, String> MOVES = Map.of(
            RmaState.REQUESTED, "asked for the part",
            RmaState.VERIFIED, "checked that the part fits your unit",
            RmaState.APPROVED, "approved the request",
            RmaState.SHIPPED, "shipped the part",
            RmaState.DELIVERED, "recorded the delivery",
            RmaState.RETURN_EXPECTED, "asked for the old part back",
            RmaState.RETURN_RECEIVED, "received the old part",
            RmaState.CLOSED, "closed the case",
            RmaState.REJECTED, "turned the request down",
            RmaState.CANCELLED, "cancelled the request");

    private static final Map<ReturnReason, String> REASONS = Map.of(
            ReturnReason.DEFECTIVE, "It does not work",
            ReturnReason.DAMAGED, "It is broken or damaged",
            ReturnReason.MISSING, "It is missing or lost",
            ReturnReason.WORN_OUT, "It is worn out");

    private static final Map<FaultKind, String> FAULTS = Map.of(
            FaultKind.WRONG_PART_DELIVERED, "We sent the wrong part",
            FaultKind.LATE_SHIPMENT, "We shipped late",
            FaultKind.LOST_SHIPMENT, "Your parcel was lost",
            FaultKind.ESCALATION, "Your case was escalated",
            FaultKind.INCIDENT, "A problem on our side");

    private static final Map<String, String> CONCESSIONS = Map.of(
            "STORE_CREDIT", "Store credit",
            "FREE_EXPEDITED_SHIPPING", "Free express shipping on your next order");

    private static final Map<String, String> QUOTES = Map.of(
            "QUOTED", "Quoted, not yet accepted",
            "ACCEPTED", "Granted: use the code",
            "RECEIVED", "Granted, unit received",
            "SUPERSEDED", "Replaced by a newer quote",
            "EXPIRED", "Expired");

    private static final Map<String, String> GRADES = Map.of(
            "A", "like new, no marks",
            "B", "light signs of use",
            "C", "visible wear, everything works",
            "D", "works but worn");

    /** The reader's locale when not on a page (tests); null on a page, where the request names it. */
    private final Locale fixed;

    private ZoneId readersZone;

    public Words() {
        this(null);
    }

    Words(Locale fixed) {
        this.fixed = fixed;
    }

    public String state(RmaState state) {
        return state == null ? "" : STATES.get(state);
    }

    /** One line of an RMA's timeline: what happened, said as the customer would say it. */
    public String event(RmaView.Event e, String customer) {
        String who = customer != null && customer.equals(e.actor()) ? "You" : "We";
        if (e.from() == e.to()) { // an escalation records a note without a move
            return "We escalated your case";
        }
        if (e.to() == RmaState.APPROVED && e.from() != null && e.from().ordinal() > RmaState.APPROVED.ordinal()) {
            return "We are sending a replacement";
        }
        return who + " " + MOVES.get(e.to());
    }

    /** Who acted: the customer themself, our automatic checks, or a named colleague. */
    public String actor(RmaView.Event e, String customer) {
        if (customer != null && customer.equals(e.actor())) {
            return "you";
        }
        return "system".equals(e.actor()) ? "PartsBridge (automatic)" : "PartsBridge service team (" + e.actor() + ")";
    }

    /** The note of a move, unless it only repeats the move ("requested", "delivered", "closed"). */
    public String note(RmaView.Event e) {
        String note = e.note();
        if (note == null
                || note.isBlank()
                || note.equalsIgnoreCase(e.to().name().replace('_', ' '))) {
            return "";
        }
        return note;
    }

    public String reasonOf(ReturnReason reason) {
        return reason == null ? "" : REASONS.get(reason);
    }

    /** The same for a view that carries the reason as its code (one name, not an overload: EL picks by name). */
    public String reason(String code) {
        return Arrays.stream(ReturnReason.values())
                .filter(r -> r.name().equals(code))
                .findFirst()
                .map(this::reasonOf)
                .orElse("");
    }

    public String fault(FaultKind kind) {
        return kind == null ? "" : FAULTS.get(kind);
    }

    public String concession(String code) {
        return CONCESSIONS.getOrDefault(code, "A goodwill gesture");
    }

    public String quoteState(String code) {
        return QUOTES.getOrDefault(code, "");
    }

    /** "B: light signs of use (80 % of the full credit)". */
    public String grade(String code) {
        return GRADES.containsKey(code)
                ? code + ": " + GRADES.get(code) + " (" + percent(code) + " of the full credit)"
                : "";
    }

    private String percent(String grade) {
        BigDecimal multiplier = ConditionGrade.valueOf(grade).multiplier();
        return NumberFormat.getPercentInstance(locale()).format(multiplier);
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    /** An instant as date and time in the reader's zone. */
    public String time(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale())
                        .withZone(readersZone())
                        .format(instant);
    }

    public String day(Instant instant) {
        return instant == null ? "" : date(instant.atZone(readersZone()).toLocalDate());
    }

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (RuntimeException e) { // an unknown code: the number and the code as given
            return amount.setScale(2, RoundingMode.HALF_EVEN) + " " + currency;
        }
        return format.format(amount);
    }

    public String zone() {
        return readersZone().getId().replace('_', ' ');
    }

    /** The zone the browser reported, if it is a region we know (a cookie is the reader's input). */
    ZoneId readersZone() {
        if (readersZone == null) {
            readersZone = ZONE;
            FacesContext faces = fixed == null ? FacesContext.getCurrentInstance() : null;
            Object cookie = faces == null
                    ? null
                    : faces.getExternalContext().getRequestCookieMap().get(ZONE_COOKIE);
            if (cookie instanceof Cookie c) {
                readersZone = regionZone(c.getValue()).orElse(ZONE);
            }
        }
        return readersZone;
    }

    static Optional<ZoneId> regionZone(String id) {
        if (id == null || id.length() > 64 || !id.matches("[A-Za-z_]+(/[A-Za-z0-9_+\\-]+){1,2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public Locale locale() {
        if (fixed != null) {
            return fixed;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale requested = faces == null ? null : faces.getExternalContext().getRequestLocale();
        return requested == null ? Locale.UK : requested;
    }

    // ---- Rep desk (issue 13, item 1): states, moves, gates and actions as a rep reads them ----

    private static final Map<RmaState, String> DESK_STATES = Map.of(
            RmaState.REQUESTED, "Requested",
            RmaState.VERIFIED, "Verified",
            RmaState.APPROVED, "Approved",
            RmaState.SHIPPED, "Shipped",
            RmaState.DELIVERED, "Delivered",
            RmaState.RETURN_EXPECTED, "Waiting for the old part",
            RmaState.RETURN_RECEIVED, "Old part received",
            RmaState.CLOSED, "Closed",
            RmaState.REJECTED, "Rejected",
            RmaState.CANCELLED, "Cancelled");

    private static final Map<Gate, String> GATES = Map.of(
            Gate.REQUEST, "Fits the unit (request, verification)",
            Gate.SHIPMENT, "Packing scan",
            Gate.RETURN, "Returned part");

    /** A state as the service team says it (the customer's words are {@link #state}). */
    public String deskState(RmaState state) {
        return state == null ? "" : DESK_STATES.get(state);
    }

    /** One line of the desk's timeline: the move, or what happened without one. */
    public String deskEvent(RmaView.Event e) {
        if (e.from() == e.to()) { // an escalation records a note without a move
            return "Escalated";
        }
        if (e.to() == RmaState.APPROVED && e.from() != null && e.from().hasShipped()) {
            return "Delivery failed: a replacement ships";
        }
        return DESK_STATES.get(e.to());
    }

    /** Who acted, as a colleague reads it: a name, the customer marked as such, or the automatic checks. */
    public String deskActor(RmaView.Event e, String customer) {
        if (customer != null && customer.equals(e.actor())) {
            return e.actor() + " (customer)";
        }
        return "system".equals(e.actor()) ? "PartsBridge (automatic)" : e.actor();
    }

    public String gate(Gate gate) {
        return gate == null ? "" : GATES.get(gate);
    }

    /** A state for the queue's filter: "any open state" for none. */
    public String deskStateOrOpen(RmaState state) {
        return state == null ? "Any open state" : deskState(state);
    }
}
