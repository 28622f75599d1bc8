package com.partsbridge.tradein.option.boundary;

import com.partsbridge.catalog.fitment.boundary.Fitments;
import com.partsbridge.catalog.fitment.boundary.FittingPart;
import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.NotFoundException;
import com.partsbridge.tradein.option.boundary.TransitionOption.Kind;
import com.partsbridge.tradein.option.control.OptionRanking;
import com.partsbridge.tradein.partner.entity.Offer;
import com.partsbridge.tradein.partner.entity.RefurbishedStock;
import com.partsbridge.tradein.program.entity.ConditionGrade;
import com.partsbridge.tradein.program.entity.TradeInProgram;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The real options for one position of a customer's unit: the first-party part after supersession, our
 * refurbished stock, partner offers for any part of the chain, and a trade-in credit toward the successor.
 */
@Stateless
public class TransitionOptions {

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    Fitments fitments;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "partsbridge.first-party.lead-time-days", defaultValue = "3")
    int firstPartyLeadTime;

    public List<TransitionOption> forUnit(
            String modelCode, String serial, String position, LocalDate purchasedOn, ConditionGrade grade) {
        if (position == null || position.isBlank()) {
            throw new InvalidInputException("position", "the position in the unit is required, e.g. charging cradle");
        }
        FittingPart fitting = fitments.partsThatFit(modelCode, serial).stream()
                .filter(p -> p.position().equalsIgnoreCase(position.trim()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "position-not-found", "the catalog lists no part at '" + position + "' for this unit"));
        List<TransitionOption> options = new ArrayList<>();
        if (fitting.available() && fitting.kit() != null) { // a kit replaced the part: its parts ship together
            var kit = fitting.kit();
            options.add(new TransitionOption(
                    0,
                    Kind.SUPERSEDING_PART,
                    null,
                    kit.label(),
                    "PartsBridge",
                    kit.listPrice(),
                    kit.currency(),
                    firstPartyLeadTime,
                    "a kit replaces " + fitting.listed().partNumber() + ": " + kit.label()
                            + ", shipped together, fits your unit; the price is the kit's total"));
        } else if (fitting.available()) {
            var part = fitting.toShip();
            options.add(new TransitionOption(
                    0,
                    Kind.SUPERSEDING_PART,
                    null,
                    part.partNumber(),
                    "PartsBridge",
                    part.listPrice(),
                    part.currency(),
                    firstPartyLeadTime,
                    part.partNumber().equals(fitting.listed().partNumber())
                            ? "our own part, made for your unit"
                            : part.partNumber() + " replaces "
                                    + fitting.listed().partNumber() + " and fits your unit"));
        }
        for (RefurbishedStock r : em.createQuery("""
                        select r from RefurbishedStock r where r.ourPartNumber in :chain and r.terms.stock > 0""", RefurbishedStock.class)
                .setParameter("chain", fitting.chain())
                .getResultList()) {
            options.add(new TransitionOption(
                    0,
                    Kind.REFURBISHED_PART,
                    null,
                    r.ourPartNumber(),
                    "PartsBridge refurbished",
                    r.terms().price().amount(),
                    r.terms().price().currency(),
                    r.terms().leadTimeDays(),
                    "a tested refurbished " + r.ourPartNumber()));
        }
        for (Offer o : em.createQuery("""
                        select o from Offer o join fetch o.partner
                        where o.ourPartNumber in :chain and o.terms.stock > 0 and o.partner.active = true""", Offer.class)
                .setParameter("chain", fitting.chain())
                .getResultList()) {
            options.add(new TransitionOption(
                    0,
                    Kind.PARTNER_OFFER,
                    o.id(),
                    o.partnerPartNumber(),
                    o.partner().name(),
                    o.terms().price().amount(),
                    o.terms().price().currency(),
                    o.terms().leadTimeDays(),
                    o.partner().name() + " makes " + o.partnerPartNumber() + ", equivalent to " + o.ourPartNumber()));
        }
        tradeIn(modelCode, purchasedOn, grade).ifPresent(options::add);
        return OptionRanking.rank(options);
    }

    private Optional<TransitionOption> tradeIn(String modelCode, LocalDate purchasedOn, ConditionGrade grade) {
        if (purchasedOn == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from TradeInProgram p where p.modelCode = :model", TradeInProgram.class)
                .setParameter("model", modelCode.trim().toUpperCase())
                .getResultStream()
                .findFirst()
                .map(program -> {
                    var credit = program.creditFor(
                            purchasedOn, grade == null ? ConditionGrade.B : grade, LocalDate.now(clock));
                    return new TransitionOption(
                            0,
                            Kind.TRADE_IN,
                            null,
                            program.successorCode(),
                            "PartsBridge",
                            credit.amount().negate(),
                            credit.currency(),
                            0,
                            "a credit of " + credit + " toward the " + program.successorCode() + ", valid "
                                    + program.quoteValidDays() + " days");
                });
    }
}
