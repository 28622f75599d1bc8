package com.partsbridge.web.pages.admin.partners;

import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.tradein.feed.boundary.FeedView;
import com.partsbridge.tradein.feed.boundary.OfferFeeds;
import com.partsbridge.tradein.feed.boundary.RejectedRow;
import com.partsbridge.tradein.partner.boundary.NewOffer;
import com.partsbridge.tradein.partner.boundary.OfferView;
import com.partsbridge.tradein.partner.boundary.PartnerEventView;
import com.partsbridge.tradein.partner.boundary.PartnerKeys;
import com.partsbridge.tradein.partner.boundary.PartnerView;
import com.partsbridge.tradein.partner.boundary.Partners;
import com.partsbridge.tradein.partner.boundary.RateLimit;
import com.partsbridge.tradein.referral.boundary.ReferralView;
import com.partsbridge.tradein.referral.boundary.Referrals;
import com.partsbridge.tradein.referral.boundary.RoyaltyStatement;
import com.partsbridge.web.pages.AfterAction;
import com.partsbridge.web.pages.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * admin/partner.xhtml?id=N: one partner with its rate limit, offers, API keys, offer feeds (and one feed's
 * rejections), referrals and a month's royalty statement. Each list pages through its own parameter of the address
 * ({@code offers}, {@code feeds}, {@code rejections}, {@code referrals}, {@code history}), so reload and Back keep what was shown.
 */
@Named
@ViewScoped
public class PartnerPage implements Serializable {

    static final int SIZE = 20;

    /** The flash keys under which a key just issued reaches the one GET that shows its secret. */
    static final String ISSUED_ID = "issuedPartnerKeyId";

    static final String ISSUED_TOKEN = "issuedPartnerKey";

    private static final Map<String, String> RATE_FIELDS = Map.of("requestsPerMinute", "rate:requestsPerMinute");
    private static final Map<String, String> OFFER_FIELDS = Map.of(
            "partnerPartNumber", "offer:partnerPartNumber",
            "ourPartNumber", "offer:ourPartNumber",
            "price", "offer:price",
            "currency", "offer:currency",
            "stock", "offer:stock",
            "leadTimeDays", "offer:leadTimeDays");
    private static final Map<String, String> KEY_FIELDS = Map.of("label", "key:label");
    private static final Map<String, String> MONTH_FIELDS = Map.of("month", "month");

    @Inject
    transient Partners partners;

    @Inject
    transient PartnerKeys keys;

    @Inject
    transient OfferFeeds feeds;

    @Inject
    transient Referrals referrals;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Clock clock;

    // the address
    private Long id;
    private Integer offers;
    private Integer feedsPage;
    private Long feed;
    private Integer rejections;
    private Integer referralsPage;
    private Integer historyPage;
    private String month;

    // what the page shows
    private PartnerView partner;
    private Page<OfferView> offerList;
    private List<PartnerKeys.KeyView> keyList = List.of();
    private String issuedKeyId;
    private String issuedToken;
    private Page<FeedView> feedList;
    private FeedView chosenFeed;
    private Page<RejectedRow> rejectionList;
    private Page<ReferralView> referralList;
    private RoyaltyStatement statement;
    private Page<PartnerEventView> historyList;

    // the forms
    private Integer requestsPerMinute;
    private String partnerPartNumber;
    private String ourPartNumber;
    private BigDecimal price;
    private String currency = "EUR";
    private Integer stock = 0;
    private Integer leadTimeDays = 5;
    private String label;

    public void load() {
        if (id == null) {
            Messages.warn("Which partner? Open one from the list of partners.");
            return;
        }
        partner = Messages.attempt(() -> partners.partner(id));
        if (partner == null) {
            return;
        }
        requestsPerMinute = partner.requestsPerMinute();
        // the secret of a key issued by the action just before this GET: in the flash for this one view only
        var flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        issuedKeyId = (String) flash.get(ISSUED_ID);
        issuedToken = (String) flash.get(ISSUED_TOKEN);
        offerList = partners.offersOf(id, request(offers));
        keyList = keys.of(id);
        feedList = feeds.feeds(id, request(feedsPage));
        if (feed != null) {
            chosenFeed = Messages.attempt(() -> feeds.feed(id, feed));
            rejectionList = chosenFeed == null ? null : feeds.rejections(id, feed, request(rejections));
        }
        referralList = referrals.ofPartner(id, null, request(referralsPage));
        historyList = partners.history(id, request(historyPage));
        if (month == null || month.isBlank()) {
            month = YearMonth.now(clock.withZone(ZoneOffset.UTC)).toString();
        }
        statement = Messages.attempt(() -> referrals.statement(id, month.trim()), MONTH_FIELDS);
    }

    private static PageRequest request(Integer page) {
        return new PageRequest(AfterAction.pageNumber(page), SIZE);
    }

    public String limitRate() {
        PartnerView changed =
                Messages.attempt(() -> partners.limitRequests(id, new RateLimit(requestsPerMinute), me()), RATE_FIELDS);
        return changed == null
                ? null
                : AfterAction.redirect(
                        self(), "The rate limit is now " + changed.requestsPerMinute() + " requests a minute.");
    }

    public String putOffer() {
        Partners.OfferChange change = Messages.attempt(
                () -> partners.putOffer(
                        id,
                        new NewOffer(
                                partnerPartNumber,
                                ourPartNumber,
                                price,
                                currency == null || currency.isBlank() ? null : currency.trim(),
                                stock == null ? 0 : stock,
                                leadTimeDays == null ? 0 : leadTimeDays),
                        me()),
                OFFER_FIELDS);
        if (change == null) {
            return null;
        }
        OfferView offer = change.offer();
        return AfterAction.redirect(
                self(),
                "The offer " + offer.partnerPartNumber() + " for our " + offer.ourPartNumber() + " is "
                        + (change.created() ? "added." : "revised."));
    }

    /** Issues a key; its secret goes to the next GET through the flash and is never shown again. */
    public String issueKey() {
        PartnerKeys.IssuedKey key = Messages.attempt(
                () -> keys.issue(id, label == null || label.isBlank() ? null : label.trim(), me()), KEY_FIELDS);
        if (key == null) {
            return null;
        }
        var flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.put(ISSUED_ID, key.keyId());
        flash.put(ISSUED_TOKEN, key.key());
        return AfterAction.redirect(self(), "The key " + key.keyId() + " is issued.");
    }

    public String revoke(String keyId) {
        PartnerKeys.KeyView revoked = Messages.attempt(() -> keys.revoke(id, keyId, me()));
        return revoked == null
                ? null
                : AfterAction.redirect(self(), "The key " + keyId + " is revoked: its next call is refused.");
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    private String self() {
        return "/admin/partner.xhtml?id=" + id;
    }

    /** This page's address with one parameter changed (a pager link), keeping the others. */
    public String address(String name, Object value) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", id);
        params.put("offers", offers);
        params.put("feeds", feedsPage);
        params.put("feed", feed);
        params.put("rejections", rejections);
        params.put("referrals", referralsPage);
        params.put("history", historyPage);
        params.put("month", month);
        params.remove("rejections"); // a page of rejections belongs to the feed shown; any other move starts over
        params.put(name, value);
        StringBuilder address = new StringBuilder(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                        + "/admin/partner.xhtml");
        char separator = '?';
        for (var param : params.entrySet()) {
            if (param.getValue() == null || "0".equals(String.valueOf(param.getValue()))) {
                continue;
            }
            address.append(separator)
                    .append(param.getKey())
                    .append('=')
                    .append(URLEncoder.encode(String.valueOf(param.getValue()), StandardCharsets.UTF_8));
            separator = '&';
        }
        return address.toString();
    }

    public long pages(Page<?> page) {
        return page == null ? 0 : (page.total() + SIZE - 1) / SIZE;
    }

    public PartnerView getPartner() {
        return partner;
    }

    public Page<OfferView> getOfferList() {
        return offerList;
    }

    public List<PartnerKeys.KeyView> getKeyList() {
        return keyList;
    }

    public String getIssuedKeyId() {
        return issuedKeyId;
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public Page<FeedView> getFeedList() {
        return feedList;
    }

    public FeedView getChosenFeed() {
        return chosenFeed;
    }

    public Page<RejectedRow> getRejectionList() {
        return rejectionList;
    }

    public Page<ReferralView> getReferralList() {
        return referralList;
    }

    public Page<PartnerEventView> getHistoryList() {
        return historyList;
    }

    public Integer getHistoryPage() {
        return historyPage;
    }

    public void setHistoryPage(Integer historyPage) {
        this.historyPage = historyPage;
    }

    public RoyaltyStatement getStatement() {
        return statement;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getOffers() {
        return offers;
    }

    public void setOffers(Integer offers) {
        this.offers = offers;
    }

    public Integer getFeedsPage() {
        return feedsPage;
    }

    public void setFeedsPage(Integer feedsPage) {
        this.feedsPage = feedsPage;
    }

    public Long getFeed() {
        return feed;
    }

    public void setFeed(Long feed) {
        this.feed = feed;
    }

    public Integer getRejections() {
        return rejections;
    }

    public void setRejections(Integer rejections) {
        this.rejections = rejections;
    }

    public Integer getReferralsPage() {
        return referralsPage;
    }

    public void setReferralsPage(Integer referralsPage) {
        this.referralsPage = referralsPage;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public String getPartnerPartNumber() {
        return partnerPartNumber;
    }

    public void setPartnerPartNumber(String partnerPartNumber) {
        this.partnerPartNumber = partnerPartNumber;
    }

    public String getOurPartNumber() {
        return ourPartNumber;
    }

    public void setOurPartNumber(String ourPartNumber) {
        this.ourPartNumber = ourPartNumber;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(Integer leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
