package com.partsbridge.web.pages;

import com.partsbridge.catalog.model.entity.ModelLifecycle;
import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import com.partsbridge.rma.casework.entity.CaseEventKind;
import com.partsbridge.rma.casework.entity.CaseStatus;
import com.partsbridge.rma.casework.entity.LadderStep;
import com.partsbridge.rma.casework.entity.Topic;
import com.partsbridge.rma.history.boundary.HistoryEntry;
import com.partsbridge.rma.recovery.entity.FaultKind;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.entity.Gate;
import com.partsbridge.rma.rma.entity.Resolution;
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
            FaultKind.INCIDENT, "A problem on our side",
            FaultKind.RESOLUTION, "How we put it right",
            FaultKind.RETURN_OVERDUE, "Your old part is overdue");

    private static final Map<String, String> CONCESSIONS = Map.of(
            "STORE_CREDIT", "Store credit",
            "FREE_EXPEDITED_SHIPPING", "Free express shipping on your next order",
            "REFUND", "Refund to your original payment");

    private static final Map<String, String> QUOTES = Map.of(
            "QUOTED", "Quoted, not yet accepted",
            "ACCEPTED", "Granted: use the code",
            "RECEIVED", "Granted, unit received",
            "SUPERSEDED", "Replaced by a newer quote",
            "EXPIRED", "Expired");

    private static final Map<String, String> FEED_STATUSES = Map.of(
            "QUEUED", "Waiting to run",
            "RUNNING", "Being applied",
            "COMPLETED", "Applied",
            "FAILED", "Failed");

    private static final Map<String, String> REFERRAL_STATES = Map.of(
            "ISSUED", "Sent to the partner",
            "ACCEPTED", "Accepted by the partner",
            "FULFILLED", "Fulfilled: royalty owed",
            "DECLINED", "Declined by the partner");

    private static final Map<String, String> PARTNER_EVENTS = Map.of(
            "REGISTERED", "Registered",
            "RATE_LIMIT_CHANGED", "Rate limit changed",
            "OFFER_PUT", "Offer saved",
            "KEY_ISSUED", "API key issued",
            "KEY_REVOKED", "API key revoked");

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
        if (e.from() == e.to()) { // an escalation or the delivery clock records a note without a move
            return promiseNote(e, "We are chasing your delivery", "We missed the delivery date we promised")
                    .or(() -> resolutionNote(
                            e, "We changed how we put this right", "Your old part is overdue: we wrote to you"))
                    .orElse("We escalated your case");
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

    /** An offer feed's status, for admins (admin/partner.xhtml). */
    public String feedStatus(String code) {
        return FEED_STATUSES.getOrDefault(code, "");
    }

    /** A referral's state, for admins (admin/partner.xhtml). */
    public String referralState(String code) {
        return REFERRAL_STATES.getOrDefault(code, "");
    }

    /** A change in a partner's audit trail, for admins (admin/partner.xhtml). */
    public String partnerEvent(String code) {
        return PARTNER_EVENTS.getOrDefault(code, "");
    }

    /** A fraction as a percentage in the reader's locale: 0.08 is "8%" (royalty rates, grade multipliers). */
    public String percentOf(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(fraction);
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
        if (e.from() == e.to()) { // an escalation or the delivery clock records a note without a move
            return promiseNote(e, "Delivery due soon: owner warned", "Delivery promise broken")
                    .or(() -> resolutionNote(e, "Resolution changed", "Old part overdue: customer told"))
                    .orElse("Escalated");
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

    // Write to us (cases): topics, where a case stands and what happened to it, in words.
    private static final Map<Topic, String> TOPICS = Map.of(
            Topic.PARTS, "A part or finding the right one",
            Topic.RMA, "A return or replacement you asked for",
            Topic.BILLING, "Billing and payments",
            Topic.LEADERSHIP, "A letter to our leadership",
            Topic.OTHER, "Something else");
    private static final Map<CaseStatus, String> CASE_STATUSES =
            Map.of(CaseStatus.OPEN, "Waiting for our answer", CaseStatus.ANSWERED, "Answered");
    private static final Map<LadderStep, String> STEPS = Map.of(
            LadderStep.OWNER, "its owner",
            LadderStep.TEAM_LEAD, "the team lead (we missed our deadline)",
            LadderStep.EXECUTIVE, "our executive");
    private static final Map<CaseEventKind, String> CASE_EVENTS = Map.of(
            CaseEventKind.OPENED, "We received your message; it went to",
            CaseEventKind.CLIMBED, "Not answered in time; it went up to",
            CaseEventKind.HANDED_DOWN, "Handed down by",
            CaseEventKind.ANSWERED, "Answered; owner",
            CaseEventKind.WROTE_AGAIN, "You wrote again; it stays with",
            CaseEventKind.REOPENED, "You replied to our answer; it is open again with");
    private static final Map<CaseEventKind, String> STAFF_CASE_EVENTS = Map.of(
            CaseEventKind.OPENED, "Received; it went to",
            CaseEventKind.CLIMBED, "Not answered in time; it went up to",
            CaseEventKind.HANDED_DOWN, "Handed down by",
            CaseEventKind.ANSWERED, "Answered; owner",
            CaseEventKind.WROTE_AGAIN, "The writer wrote again; it stays with",
            CaseEventKind.REOPENED, "The writer replied to our answer; open again with");

    public String topic(Topic topic) {
        return topic == null ? "" : TOPICS.get(topic);
    }

    public String caseStatus(CaseStatus status) {
        return status == null ? "" : CASE_STATUSES.get(status);
    }

    public String step(LadderStep step) {
        return step == null ? "" : STEPS.get(step);
    }

    public String caseEvent(CaseEventKind kind) {
        return kind == null ? "" : CASE_EVENTS.get(kind);
    }

    /** The same events for the staff who hold the case (the customer's page speaks to the customer). */
    public String caseEventForStaff(CaseEventKind kind) {
        return kind == null ? "" : STAFF_CASE_EVENTS.get(kind);
    }

    // ---- Impact detection and incidents (issue 16 item 1, issue 13): journeys and incident states in words ----

    private static final Map<String, String> JOURNEYS = Map.of(
            "FIT_LOOKUP", "looking up the parts that fit a unit",
            "PART_REQUEST", "requesting a part",
            "RMA_TRACKING", "following their RMAs",
            "OPTIONS", "looking at options for a part no longer made",
            "ACCOUNT", "using their account pages");

    private static final Map<String, String> INCIDENT_STATES = Map.of(
            "PROPOSED", "Proposed: waiting for your decision",
            "CONFIRMED", "Confirmed: customers told",
            "DISMISSED", "Dismissed: nobody told");

    /** What customers were doing when a journey failed them ("requesting a part"). */
    public String journey(String code) {
        return code == null
                ? ""
                : JOURNEYS.getOrDefault(code, code.toLowerCase().replace('_', ' '));
    }

    public String incidentState(Object status) {
        return status == null ? "" : INCIDENT_STATES.getOrDefault(status.toString(), status.toString());
    }

    /** The reader's zone, for pages that read a time the reader typed. */
    public ZoneId readersZoneId() {
        return readersZone();
    }

    // ---- Admin console, catalog (issue 13, item 2): lifecycles and interchangeability in words ----

    private static final Map<PartLifecycle, String> PART_LIFECYCLES = Map.of(
            PartLifecycle.ACTIVE, "Active",
            PartLifecycle.LAST_TIME_BUY, "Last-time buy (while stock lasts)",
            PartLifecycle.DISCONTINUED, "Discontinued (no longer made)");

    private static final Map<ModelLifecycle, String> MODEL_LIFECYCLES = Map.of(
            ModelLifecycle.ACTIVE, "On sale",
            ModelLifecycle.DISCONTINUED, "No longer sold, parts supported",
            ModelLifecycle.PARTS_SUPPORT_ENDED, "Parts support ended");

    private static final Map<Interchangeability, String> INTERCHANGEABILITY = Map.of(
            Interchangeability.ONE_WAY, "One-way: the new part fits old units, not the reverse",
            Interchangeability.TWO_WAY, "Two-way: either part fits either unit");

    public String partLifecycle(PartLifecycle lifecycle) {
        return lifecycle == null ? "" : PART_LIFECYCLES.get(lifecycle);
    }

    public String modelLifecycle(ModelLifecycle lifecycle) {
        return lifecycle == null ? "" : MODEL_LIFECYCLES.get(lifecycle);
    }

    public String interchangeability(Interchangeability how) {
        return how == null ? "" : INTERCHANGEABILITY.get(how);
    }

    /**
     * A value in the catalog's trail as recorded, with a part lifecycle code (alone, or in a part's "added"
     * summary) in words; "none" for none.
     */
    public String changeValue(String what, String value) {
        if (value == null) {
            return "none";
        }
        String said = value;
        for (PartLifecycle l : PartLifecycle.values()) {
            said = said.replaceAll("\\b" + l.name() + "\\b", PART_LIFECYCLES.get(l));
        }
        return said;
    }

    /** A whole number in the reader's locale (1,234 or 1.234). */
    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** A span given in minutes, in words: "3 days 4 hours", "5 hours 20 minutes", "12 minutes"; "-" for none. */
    public String minutes(Long minutes) {
        if (minutes == null) {
            return "-";
        }
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (rest > 0 ? " " + plural(rest, "minute") : "");
        }
        return plural(rest, "minute");
    }

    private String plural(long n, String unit) {
        return count(n) + " " + unit + (n == 1 ? "" : "s");
    }

    private static final Map<HistoryEntry.Kind, String> HISTORY = Map.of(
            HistoryEntry.Kind.RMA_REQUESTED, "Parts requested",
            HistoryEntry.Kind.PART_SHIPPED, "Part sent",
            HistoryEntry.Kind.PART_RETURNED, "Old part received back",
            HistoryEntry.Kind.WRONG_PART_CAUGHT, "Wrong part stopped by our checks",
            HistoryEntry.Kind.NOTICE, "We told you",
            HistoryEntry.Kind.CONCESSION, "We gave you",
            HistoryEntry.Kind.CASE, "Your message");

    /** What one entry of a unit's service history is, in words. */
    public String history(HistoryEntry.Kind kind) {
        return kind == null ? "" : HISTORY.get(kind);
    }

    // ---- Resolutions: how a line is put right, and its money, in words ----

    /** A resolution as a rep chooses it (the options of the desk's menus). */
    public String resolutionChoice(Resolution r) {
        return r == null
                ? ""
                : switch (r) {
                    case REPLACE -> "Replace: the old part comes back after delivery";
                    case ADVANCE_REPLACEMENT -> "Advance replacement: ship now, the old part due back by a date";
                    case KEEP_IT -> "Keep it, no charge: no return";
                    case REFUND -> "Refund: nothing ships";
                    case STORE_CREDIT -> "Store credit: nothing ships";
                };
    }

    /**
     * What was decided for one line, as the customer reads it ("Keep it, no charge", "Send the old part back by
     * 12 Dec 2026", "Refunded €2.40"): the money once settled, else the resolution with its date.
     */
    public String lineResolution(RmaView rma, RmaView.Line l) {
        if (l.settlement() != null) {
            String amount = money(l.settledAmount(), l.currency());
            return switch (l.settlement()) {
                case REFUND -> "Refunded " + amount + " to your original payment";
                case STORE_CREDIT -> "Store credit of " + amount + " added to your account";
                case CHARGE -> "Charged " + amount + ": the old part did not come back in time";
                case WRITE_OFF -> "Return closed and written off: nothing to pay, keep the old part";
            };
        }
        if (l.resolution() == null) {
            return "Not decided yet";
        }
        return switch (l.resolution()) {
            case REPLACE -> "Replacement: send the old part back once the new one arrives";
            case ADVANCE_REPLACEMENT ->
                rma.returnDueOn() == null
                        ? "Replacement ships first; you send the old part back afterwards, by the date we give you"
                        : "Send the old part back by " + date(rma.returnDueOn());
            case KEEP_IT -> "Keep it, no charge";
            case REFUND -> "Refund: nothing ships";
            case STORE_CREDIT -> "Store credit: nothing ships";
        };
    }

    /** A resolution's audit notes (see Rma#chooseResolution, AdvanceReturns), told apart from an escalation. */
    private static Optional<String> resolutionNote(RmaView.Event e, String chosen, String overdue) {
        String note = e.note() == null ? "" : e.note();
        if (note.startsWith("resolution:")) {
            return Optional.of(chosen);
        }
        if (note.startsWith("return overdue since")) {
            return Optional.of(overdue);
        }
        return Optional.empty();
    }

    /** The delivery clock's audit notes (see Rma#warnDueSoon, Rma#breachDue), told apart from an escalation. */
    private static Optional<String> promiseNote(RmaView.Event e, String warned, String broken) {
        String note = e.note() == null ? "" : e.note();
        if (note.startsWith("delivery due by")) {
            return Optional.of(warned);
        }
        if (note.startsWith("delivery promise of")) {
            return Optional.of(broken);
        }
        return Optional.empty();
    }
}
