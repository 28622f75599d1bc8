package com.partsbridge.tradein.quote.boundary;

import com.partsbridge.catalog.fitment.entity.SerialNumber;
import com.partsbridge.catalog.model.entity.ProductModel;
import com.partsbridge.kernel.ConflictException;
import com.partsbridge.kernel.IntegrityViolations;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.tradein.program.entity.ConditionGrade;
import com.partsbridge.tradein.program.entity.TradeInProgram;
import com.partsbridge.tradein.quote.entity.TradeInQuote;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Trade-in quotes: quote a registered unit, accept before expiry for a credit code (the credit quoted), re-grade
 * on receipt. A second acceptance, or a losing parallel one (@Version), is a 409; so is a quote for a unit that
 * has its credit.
 */
@Stateless
public class TradeInQuotes {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Quotes the caller's registered unit (resolved by the caller from the unit's registration). One open quote
     * and one credit per unit: a unit with a credit is refused (409 unit-already-credited); an open quote for the
     * unit is closed first (SUPERSEDED, or EXPIRED if its time ran out), so the newest quote is the one to accept.
     */
    public QuoteView quote(String username, @Valid @NotNull TradedInUnit unit, @NotNull ConditionGrade grade) {
        TradeInProgram program = program(ProductModel.normalizeCode(unit.modelCode()));
        String serial = SerialNumber.normalize(unit.serial());
        Instant now = Instant.now(clock);
        List<TradeInQuote> earlier = em.createQuery("""
                        select q from TradeInQuote q where q.unitId = :unit
                          and (q.openUnitId is not null or q.creditUnitId is not null)""", TradeInQuote.class)
                .setParameter("unit", unit.unitId())
                .getResultList();
        // a quote from before quotes named their unit counts by model and serial
        List<Long> creditedBefore = em.createQuery("""
                        select q.id from TradeInQuote q where q.modelCode = :model and q.serial = :serial
                          and q.state in :credited""", Long.class)
                .setParameter("model", program.modelCode())
                .setParameter("serial", serial)
                .setParameter("credited", List.of(TradeInQuote.State.ACCEPTED, TradeInQuote.State.RECEIVED))
                .setMaxResults(1)
                .getResultList();
        Optional<Long> credited = earlier.stream()
                .filter(TradeInQuote::isCredited)
                .map(TradeInQuote::id)
                .findFirst()
                .or(() -> creditedBefore.stream().findFirst());
        if (credited.isPresent()) {
            throw new ConflictException(
                    "unit-already-credited",
                    "unit " + unit.unitId() + " was traded in already (quote " + credited.get()
                            + "); a unit earns one credit");
        }
        earlier.forEach(q -> q.closeForNewerQuote(now));
        // Hibernate flushes inserts before updates: release the open-quote key before the new quote takes it
        em.flush();
        TradeInQuote quote = new TradeInQuote(
                username,
                unit.unitId(),
                program.modelCode(),
                serial,
                unit.purchasedOn(),
                grade,
                program.creditFor(unit.purchasedOn(), grade, LocalDate.now(clock)),
                program.successorCode(),
                now,
                now.plus(Duration.ofDays(program.quoteValidDays())));
        em.persist(quote);
        flushOrConflict("another quote for unit " + unit.unitId() + " was made at the same moment; ask again");
        return QuoteView.of(quote);
    }

    /** Another customer's quote is as unknown as a missing one. */
    public QuoteView accept(long id, String username) {
        TradeInQuote quote = own(id, username);
        quote.accept("TIC-" + HexFormat.of().withUpperCase().formatHex(unguessable()), Instant.now(clock));
        flushOrConflict("quote " + id + " was accepted at the same moment; it has its one credit code");
        return QuoteView.of(quote);
    }

    public QuoteView receive(long id, ConditionGrade found) {
        TradeInQuote quote = em.find(TradeInQuote.class, id);
        if (quote == null) {
            throw new NotFoundException("quote-not-found", "no trade-in quote " + id);
        }
        quote.receive(found, program(quote.modelCode()).creditFor(quote.purchasedOn(), found, LocalDate.now(clock)));
        return QuoteView.of(quote);
    }

    public QuoteView mine(long id, String username) {
        return QuoteView.of(own(id, username));
    }

    public Page<QuoteView> ofCustomer(String username, PageRequest page) {
        var items = em.createQuery(
                        "select q from TradeInQuote q where q.customer = :who order by q.quotedAt desc",
                        TradeInQuote.class)
                .setParameter("who", username)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(q) from TradeInQuote q where q.customer = :who", Long.class)
                .setParameter("who", username)
                .getSingleResult();
        return Page.of(items, page, total).map(QuoteView::of);
    }

    private TradeInQuote own(long id, String username) {
        TradeInQuote quote = em.find(TradeInQuote.class, id);
        if (quote == null || !quote.isOwnedBy(username)) {
            throw new NotFoundException("quote-not-found", "no trade-in quote " + id);
        }
        return quote;
    }

    private TradeInProgram program(String modelCode) {
        return em.createQuery("select p from TradeInProgram p where p.modelCode = :m", TradeInProgram.class)
                .setParameter("m", modelCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("program-not-found", "no trade-in program for " + modelCode));
    }

    /**
     * Writes now, so that losing a race (the quote's @Version, or a unit's open-quote or credit key) is a 409 the
     * caller can read, not a server fault with a stack trace in the log.
     */
    private void flushOrConflict(String detail) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("concurrent-change", detail);
        } catch (PersistenceException e) {
            if (IntegrityViolations.causedOne(e)) {
                throw new ConflictException("concurrent-change", detail);
            }
            throw e;
        }
    }

    /** 64 random bits: a credit code is money, it must not be guessable. */
    private static byte[] unguessable() {
        byte[] code = new byte[8];
        RANDOM.nextBytes(code);
        return code;
    }
}
