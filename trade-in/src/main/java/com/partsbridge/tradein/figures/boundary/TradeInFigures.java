package com.partsbridge.tradein.figures.boundary;

import com.partsbridge.tradein.obligation.boundary.PartsObligations;
import com.partsbridge.tradein.referral.entity.Referral;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/** The figures the business watches that trade-in owns: obligation breaches, referrals and royalties. */
@Stateless
public class TradeInFigures {

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    PartsObligations obligations;

    /**
     * The models under a parts obligation and how many ways each breaches it, from the obligations report
     * (which asks the catalog for each model's dates and orderable parts).
     */
    public List<ModelBreaches> obligationBreaches() {
        return obligations.report().stream()
                .map(f -> new ModelBreaches(f.modelCode(), f.breaches().size(), f.breaches()))
                .toList();
    }

    /** Per partner and currency: referrals issued, fulfilled, and royalties accrued. One grouped query. */
    public List<PartnerReferrals> referralsPerPartner() {
        return em.createQuery("""
                        select p.name, r.salePrice.currency, count(r),
                               coalesce(sum(case when r.state = :fulfilled then 1 else 0 end), 0),
                               coalesce(sum(r.royalty), 0)
                        from Referral r join r.partner p
                        group by p.name, r.salePrice.currency
                        order by p.name, r.salePrice.currency""", Object[].class)
                .setParameter("fulfilled", Referral.State.FULFILLED)
                .getResultStream()
                .map(row -> new PartnerReferrals(
                        (String) row[0],
                        (String) row[1],
                        ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue(),
                        toMoney(row[4])))
                .toList();
    }

    private static BigDecimal toMoney(Object sum) {
        BigDecimal amount = sum instanceof BigDecimal b ? b : new BigDecimal(sum.toString());
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public record ModelBreaches(String modelCode, int breaches, List<String> what) {}

    public record PartnerReferrals(
            String partner, String currency, long referrals, long fulfilled, BigDecimal royalties) {}
}
