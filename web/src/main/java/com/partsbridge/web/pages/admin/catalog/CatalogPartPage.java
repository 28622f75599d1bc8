package com.partsbridge.web.pages.admin.catalog;

import com.partsbridge.catalog.audit.boundary.CatalogChanges;
import com.partsbridge.catalog.audit.boundary.ChangeView;
import com.partsbridge.catalog.part.boundary.LifecycleChange;
import com.partsbridge.catalog.part.boundary.NewPrice;
import com.partsbridge.catalog.part.boundary.PartView;
import com.partsbridge.catalog.part.boundary.Parts;
import com.partsbridge.catalog.part.boundary.StockCount;
import com.partsbridge.catalog.part.boundary.Supersession;
import com.partsbridge.catalog.part.entity.Interchangeability;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.web.pages.AfterAction;
import com.partsbridge.web.pages.Messages;
import com.partsbridge.web.pages.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * admin/part.xhtml?number=...: one part's price, stock, lifecycle and supersession, its chain and its recent
 * changes. Each form is one action of the {@link Parts} boundary (the same the API's PUTs call).
 */
@Named("catalogPart")
@ViewScoped
public class CatalogPartPage implements Serializable {

    static final int CHANGES = 20;
    static final String PAGE = "/admin/part.xhtml";

    private static final Map<String, String> PRICE_FIELDS =
            Map.of("listPrice", "price:amount", "currency", "price:amount");
    private static final Map<String, String> STOCK_FIELDS = Map.of("stockOnHand", "stock:count");
    private static final Map<String, String> LIFECYCLE_FIELDS = Map.of("lifecycle", "lifecycle:state");
    private static final Map<String, String> SUPERSESSION_FIELDS = Map.of(
            "supersededBy", "supersession:by",
            "partNumber", "supersession:by",
            "interchangeability", "supersession:how");
    /** A kit has up to this many parts on the page (the API takes up to 10). */
    static final int KIT_ROWS = 4;

    private static final Map<String, String> KIT_FIELDS = kitFields();

    private static Map<String, String> kitFields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("kit", "kit:part0");
        fields.put("partNumber", "kit:part0");
        fields.put("quantity", "kit:qty0");
        fields.put("supersededBy", "kit:part0");
        fields.put("interchangeability", "kit:how");
        for (int i = 0; i < KIT_ROWS; i++) {
            fields.put("kit[" + i + "].partNumber", "kit:part" + i);
        }
        return Map.copyOf(fields);
    }

    @Inject
    transient Parts parts;

    @Inject
    transient CatalogChanges changes;

    @Inject
    transient Words words;

    private String number;
    private PartView part;
    private List<PartView> chain = List.of();
    private List<ChangeView> recent = List.of();

    private BigDecimal listPrice;
    private Integer stockOnHand;
    private PartLifecycle lifecycle;
    private String supersededBy;
    private Interchangeability interchangeability = Interchangeability.ONE_WAY;
    private final String[] kitParts = new String[KIT_ROWS];
    private final Integer[] kitQuantities = new Integer[KIT_ROWS];

    /** On the first GET: the part with its chain and trail; the forms start with its current values. */
    public void load() {
        if (number == null || number.isBlank()) {
            Messages.warn("Which part? Choose one from the list of parts.");
            return;
        }
        part = Messages.attempt(() -> parts.byNumber(number));
        if (part == null) {
            return;
        }
        number = part.partNumber();
        fill();
    }

    /** The forms start with the part's values as they are, with its chain and its trail. */
    private void fill() {
        listPrice = part.listPrice();
        stockOnHand = part.stockOnHand();
        lifecycle = part.lifecycle();
        supersededBy = part.supersededBy();
        if (part.interchangeability() != null) {
            interchangeability = part.interchangeability();
        }
        if (part.supersededByKit() != null) {
            var members = part.supersededByKit().members();
            for (int i = 0; i < Math.min(KIT_ROWS, members.size()); i++) {
                kitParts[i] = members.get(i).partNumber();
                kitQuantities[i] = members.get(i).quantity();
            }
        }
        chain = parts.chainOf(number);
        recent = changes.ofPart(number, PageRequest.first(CHANGES)).items();
    }

    /**
     * Saves one form's change on the part as this page showed it: if someone changed the part since, the page
     * shows it as it is now and says who changed what ({@link ChangedMeanwhile}).
     */
    private PartView change(Supplier<PartView> save, Map<String, String> fields) {
        return ChangedMeanwhile.attempt(save, fields, () -> {
            PartView now = Messages.attempt(() -> parts.byNumber(number));
            if (now != null) {
                part = now;
                fill();
                Messages.warn(ChangedMeanwhile.message(number, recent, words::time));
            }
        });
    }

    public String reprice() {
        PartView saved = change(() -> parts.reprice(number, new NewPrice(listPrice, null), part), PRICE_FIELDS);
        return saved == null ? null : AfterAction.redirect(PAGE, "number", number, "The list price is saved.");
    }

    public String count() {
        PartView saved = change(() -> parts.count(number, new StockCount(stockOnHand), part), STOCK_FIELDS);
        return saved == null ? null : AfterAction.redirect(PAGE, "number", number, "The stock on hand is saved.");
    }

    public String move() {
        PartView saved = change(() -> parts.move(number, new LifecycleChange(lifecycle), part), LIFECYCLE_FIELDS);
        return saved == null ? null : AfterAction.redirect(PAGE, "number", number, "The lifecycle is saved.");
    }

    public String supersede() {
        PartView saved = change(
                () -> parts.supersede(number, Supersession.byOnePart(supersededBy, interchangeability), part),
                SUPERSESSION_FIELDS);
        return saved == null
                ? null
                : AfterAction.redirect(
                        PAGE, "number", number, number + " is now replaced by " + saved.supersededBy() + ".");
    }

    /**
     * Sets the kit that replaces this part: the filled rows, in order (a row with a part number and no
     * quantity counts one); fewer than two parts, an unknown one or a cycle are shown beside the fields.
     */
    public String supersedeWithKit() {
        List<Supersession.Member> members = new ArrayList<>();
        for (int i = 0; i < KIT_ROWS; i++) {
            boolean named = kitParts[i] != null && !kitParts[i].isBlank();
            if (named || kitQuantities[i] != null) {
                members.add(new Supersession.Member(
                        named ? kitParts[i] : null, kitQuantities[i] == null ? 1 : kitQuantities[i]));
            }
        }
        PartView saved = change(
                () -> parts.supersede(number, new Supersession(null, interchangeability, members), part), KIT_FIELDS);
        return saved == null
                ? null
                : AfterAction.redirect(
                        PAGE,
                        "number",
                        number,
                        number + " is now replaced by a kit: "
                                + saved.supersededByKit().label() + ".");
    }

    public String[] getKitParts() {
        return kitParts;
    }

    public Integer[] getKitQuantities() {
        return kitQuantities;
    }

    public PartView getPart() {
        return part;
    }

    public List<PartView> getChain() {
        return chain;
    }

    public List<ChangeView> getChanges() {
        return recent;
    }

    public PartLifecycle[] getLifecycles() {
        return PartLifecycle.values();
    }

    public Interchangeability[] getInterchangeabilities() {
        return Interchangeability.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public void setListPrice(BigDecimal listPrice) {
        this.listPrice = listPrice;
    }

    public Integer getStockOnHand() {
        return stockOnHand;
    }

    public void setStockOnHand(Integer stockOnHand) {
        this.stockOnHand = stockOnHand;
    }

    public PartLifecycle getLifecycle() {
        return lifecycle;
    }

    public void setLifecycle(PartLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public String getSupersededBy() {
        return supersededBy;
    }

    public void setSupersededBy(String supersededBy) {
        this.supersededBy = supersededBy;
    }

    public Interchangeability getInterchangeability() {
        return interchangeability;
    }

    public void setInterchangeability(Interchangeability interchangeability) {
        this.interchangeability = interchangeability;
    }
}
