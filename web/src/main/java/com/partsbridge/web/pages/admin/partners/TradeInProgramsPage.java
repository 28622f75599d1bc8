package com.partsbridge.web.pages.admin.partners;

import com.partsbridge.catalog.model.boundary.ModelView;
import com.partsbridge.catalog.model.boundary.ProductModels;
import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.tradein.program.boundary.NewProgram;
import com.partsbridge.tradein.program.boundary.ProgramView;
import com.partsbridge.tradein.program.boundary.TradeInPrograms;
import com.partsbridge.web.pages.AfterAction;
import com.partsbridge.web.pages.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * admin/trade-in-programs.xhtml: the programs, 20 a page, and the form that starts one for a discontinued model
 * (its successor comes from the catalog). The grade multipliers are the same for every program and are shown.
 */
@Named
@ViewScoped
public class TradeInProgramsPage implements Serializable {

    static final int SIZE = 20;

    private static final Map<String, String> FIELDS = Map.of(
            "modelCode", "program:model",
            "baseCredit", "program:baseCredit",
            "monthlyDepreciation", "program:monthlyDepreciation",
            "floorCredit", "program:floorCredit",
            "quoteValidDays", "program:quoteValidDays");

    @Inject
    transient TradeInPrograms programs;

    @Inject
    transient ProductModels models;

    private Integer page;
    private Page<ProgramView> list;
    private List<ModelView> discontinued = List.of();

    private String modelCode;
    private BigDecimal baseCredit;
    private BigDecimal monthlyDepreciation;
    private BigDecimal floorCredit;
    private Integer quoteValidDays = 30;

    public void load() {
        list = Messages.attempt(() -> programs.list(new PageRequest(AfterAction.pageNumber(page), SIZE)));
        // the models a program can be for: discontinued, with a successor to credit toward
        discontinued = models.discontinuedWithSuccessor(PageRequest.first(PageRequest.MAX_SIZE))
                .items();
    }

    public String register() {
        String model = Messages.attempt(
                () -> programs.register(new NewProgram(
                        modelCode,
                        baseCredit,
                        monthlyDepreciation,
                        floorCredit,
                        quoteValidDays == null ? -1 : quoteValidDays)),
                FIELDS);
        return model == null
                ? null
                : AfterAction.redirect(
                        "/admin/trade-in-programs.xhtml", "The trade-in program for " + model + " is started.");
    }

    /** The condition grades, each of which keeps its share of the credit (the same for every program). */
    public List<String> getGrades() {
        return List.copyOf(ProgramView.everyGrade().keySet());
    }

    public List<ProgramView> getPrograms() {
        return list == null ? List.of() : list.items();
    }

    public long getTotal() {
        return list == null ? 0 : list.total();
    }

    public int getPageIndex() {
        return AfterAction.pageNumber(page);
    }

    public long getPages() {
        return list == null ? 0 : (list.total() + SIZE - 1) / SIZE;
    }

    public boolean isHasNext() {
        return list != null && list.hasNext();
    }

    public List<ModelView> getDiscontinued() {
        return discontinued;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getModelCode() {
        return modelCode;
    }

    public void setModelCode(String modelCode) {
        this.modelCode = modelCode;
    }

    public BigDecimal getBaseCredit() {
        return baseCredit;
    }

    public void setBaseCredit(BigDecimal baseCredit) {
        this.baseCredit = baseCredit;
    }

    public BigDecimal getMonthlyDepreciation() {
        return monthlyDepreciation;
    }

    public void setMonthlyDepreciation(BigDecimal monthlyDepreciation) {
        this.monthlyDepreciation = monthlyDepreciation;
    }

    public BigDecimal getFloorCredit() {
        return floorCredit;
    }

    public void setFloorCredit(BigDecimal floorCredit) {
        this.floorCredit = floorCredit;
    }

    public Integer getQuoteValidDays() {
        return quoteValidDays;
    }

    public void setQuoteValidDays(Integer quoteValidDays) {
        this.quoteValidDays = quoteValidDays;
    }
}
