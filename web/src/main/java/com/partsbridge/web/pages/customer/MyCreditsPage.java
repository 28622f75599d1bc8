package com.partsbridge.web.pages.customer;

import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.recovery.boundary.NoticeView;
import com.partsbridge.rma.recovery.boundary.ServiceRecovery;
import com.partsbridge.tradein.quote.boundary.QuoteView;
import com.partsbridge.tradein.quote.boundary.TradeInQuotes;
import com.partsbridge.web.pages.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything the customer can still spend, findable after the page that granted it: trade-in credit codes
 * (amount, state, expiry) and the concessions granted with our notices.
 */
@Named
@RequestScoped
public class MyCreditsPage {

    /** A customer has a handful of quotes and notices; the newest of them fill one page. */
    static final int SIZE = 50;

    @Inject
    TradeInQuotes quotes;

    @Inject
    ServiceRecovery recovery;

    @Inject
    SecurityContext security;

    private List<QuoteView> tradeIns = List.of();
    private List<Granted> concessions = List.of();

    /** A concession with the notice it came with. */
    public record Granted(String kind, BigDecimal amount, String currency, String because, Instant at) {}

    public void load() {
        String me = security.getCallerPrincipal().getName();
        List<QuoteView> found = Messages.attempt(
                () -> quotes.ofCustomer(me, PageRequest.first(SIZE)).items());
        // only quotes that carry a code or can still be accepted: superseded and expired ones are history
        tradeIns = found == null
                ? List.of()
                : found.stream()
                        .filter(q -> q.creditCode() != null || "QUOTED".equals(q.state()))
                        .toList();
        List<NoticeView> notices = Messages.attempt(
                () -> recovery.noticesOf(me, PageRequest.first(SIZE)).items());
        concessions = notices == null
                ? List.of()
                : notices.stream()
                        .flatMap(n -> n.concessions().stream()
                                .map(g -> new Granted(g.kind(), g.amount(), g.currency(), n.subject(), n.createdAt())))
                        .toList();
    }

    public List<QuoteView> getTradeIns() {
        return tradeIns;
    }

    public List<Granted> getConcessions() {
        return concessions;
    }
}
