package com.partsbridge.web.pages.admin.catalog;

import com.partsbridge.catalog.part.boundary.NewPart;
import com.partsbridge.catalog.part.boundary.PartView;
import com.partsbridge.catalog.part.boundary.Parts;
import com.partsbridge.catalog.part.entity.PartLifecycle;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.web.pages.AfterAction;
import com.partsbridge.web.pages.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * admin/parts.xhtml: every part by number, or those a search finds (number, description, a model it fits:
 * the same search as the API), paged by GET; and the form to add a part.
 */
@Named("catalogParts")
@ViewScoped
public class CatalogPartsPage extends SearchedList<PartView> {

    private static final Map<String, String> ADD_FIELDS = Map.of(
            "partNumber", "add:number",
            "description", "add:description",
            "listPrice", "add:price",
            "price", "add:price",
            "currency", "add:price",
            "stockOnHand", "add:stock",
            "lifecycle", "add:lifecycle");

    @Inject
    transient Parts parts;

    private String number;
    private String description;
    private BigDecimal listPrice;
    private Integer stockOnHand;
    private PartLifecycle lifecycle = PartLifecycle.ACTIVE;

    @Override
    String path() {
        return "/admin/parts.xhtml";
    }

    @Override
    Page<PartView> find(String q, PageRequest page) {
        return q == null ? parts.list(page) : parts.search(q, page);
    }

    public String add() {
        PartView created = Messages.attempt(
                () -> parts.register(new NewPart(
                        number, description, listPrice, null, stockOnHand == null ? 0 : stockOnHand, lifecycle)),
                ADD_FIELDS);
        if (created == null) {
            return null;
        }
        return AfterAction.redirect(
                "/admin/part.xhtml",
                "number",
                created.partNumber(),
                "Part " + created.partNumber() + " is in the catalog: list the models it fits on their pages.");
    }

    public List<PartView> getParts() {
        return items();
    }

    public PartLifecycle[] getLifecycles() {
        return PartLifecycle.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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
}
