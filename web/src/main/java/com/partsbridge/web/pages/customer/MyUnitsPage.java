package com.partsbridge.web.pages.customer;

import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.customer.boundary.UnitView;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.rma.recovery.boundary.NoticeView;
import com.partsbridge.rma.recovery.boundary.ServiceRecovery;
import com.partsbridge.rma.rma.boundary.NewRma;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.boundary.Rmas;
import com.partsbridge.rma.rma.entity.ReturnReason;
import com.partsbridge.web.pages.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;

/** A customer's units and RMAs, and the form to request a part for a unit. */
@Named
@ViewScoped
public class MyUnitsPage implements Serializable {

    @Inject
    transient Units units;

    @Inject
    transient Rmas rmas;

    @Inject
    transient RmaQueries queries;

    @Inject
    transient ServiceRecovery recovery;

    @Inject
    transient SecurityContext security;

    private List<UnitView> myUnits;
    private List<RmaView> myRmas;
    private List<NoticeView> myNotices;
    private Long unitId;
    private String partNumber;
    private int quantity = 1;
    private ReturnReason reason = ReturnReason.DEFECTIVE;

    @PostConstruct
    void load() {
        myUnits = units.of(me(), PageRequest.first(PageRequest.MAX_SIZE)).items();
        myRmas = queries.ofCustomer(me(), PageRequest.first(50)).items();
        myNotices = recovery.noticesOf(me(), PageRequest.first(20)).items();
        if (!myUnits.isEmpty()) {
            unitId = myUnits.get(0).id();
        }
    }

    /** Requests the part; on success shows the new RMA. */
    public String request() {
        RmaView created = Messages.attempt(() ->
                rmas.request(me(), new NewRma(unitId, List.of(new NewRma.Line(partNumber, quantity, reason)))));
        return created == null ? null : "/my/rma.xhtml?faces-redirect=true&number=" + created.number();
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    public ReturnReason[] getReasons() {
        return ReturnReason.values();
    }

    public List<UnitView> getUnits() {
        return myUnits;
    }

    public List<RmaView> getRmas() {
        return myRmas;
    }

    public List<NoticeView> getNotices() {
        return myNotices;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public ReturnReason getReason() {
        return reason;
    }

    public void setReason(ReturnReason reason) {
        this.reason = reason;
    }
}
