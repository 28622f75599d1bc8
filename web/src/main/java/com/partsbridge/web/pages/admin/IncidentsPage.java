package com.partsbridge.web.pages.admin;

import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.recovery.boundary.IncidentAmendment;
import com.partsbridge.rma.recovery.boundary.IncidentConfirmation;
import com.partsbridge.rma.recovery.boundary.IncidentDismissal;
import com.partsbridge.rma.recovery.boundary.IncidentPreview;
import com.partsbridge.rma.recovery.boundary.IncidentView;
import com.partsbridge.rma.recovery.boundary.Incidents;
import com.partsbridge.rma.recovery.boundary.NewIncident;
import com.partsbridge.rma.recovery.entity.IncidentStatus;
import com.partsbridge.web.api.problem.Failures;
import com.partsbridge.web.pages.Messages;
import com.partsbridge.web.pages.Words;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Staff run incidents here. Proposals from impact detection come first: confirm (every affected customer is
 * told, once), amend (title, text, who is affected) or dismiss. Declaring one by hand shows a preview (whom we
 * would tell, the total concession) before anything is sent; the confirm step carries a declaration key made
 * at the preview, so a double click or a resubmitted form declares once, and then redirects (Post/Redirect/Get)
 * to an empty form.
 */
@Named
@ViewScoped
public class IncidentsPage implements Serializable {

    static final int SIZE = 10;
    private static final String AGAIN = "/admin/incidents.xhtml?faces-redirect=true";

    /** The boundary's field names and this page's inputs that carry them. */
    private static final Map<String, String> DECLARE_FIELDS = Map.of(
            "title", "incident:title",
            "description", "incident:description",
            "startedAt", "incident:from",
            "endedAt", "incident:to",
            "customers", "incident:customers");

    private static final Map<String, String> AMEND_FIELDS =
            Map.of("title", "amend:title", "description", "amend:description", "customers", "amend:customers");

    @Inject
    transient Incidents incidents;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Words words;

    private int page;
    private List<IncidentView> proposed = List.of();
    private Page<IncidentView> decided;

    private String title;
    private String description;
    private LocalDateTime startedAt;
    private LocalDateTime endedAt;
    private String customers;
    private IncidentPreview preview;
    private String declarationKey;
    private ZoneId zone;

    private IncidentView editing;
    private String editTitle;
    private String editDescription;
    private String editCustomers;

    /** On the first GET. */
    public void load() {
        zone = words.readersZoneId();
        proposed = Messages.attempt(() -> incidents
                .incidents(List.of(IncidentStatus.PROPOSED), PageRequest.first(50))
                .items());
        decided = Messages.attempt(() -> incidents.incidents(
                List.of(IncidentStatus.CONFIRMED, IncidentStatus.DISMISSED), new PageRequest(Math.max(page, 0), SIZE)));
        if (proposed == null) {
            proposed = List.of();
        }
    }

    /** Step 1: whom we would tell and what it costs; nothing is recorded or sent. */
    public void preview() {
        preview = Messages.attempt(() -> incidents.preview(incident()), DECLARE_FIELDS);
        declarationKey = preview == null ? null : UUID.randomUUID().toString();
    }

    /** Back from the preview to the form, as it was. */
    public void change() {
        preview = null;
        declarationKey = null;
    }

    /** Step 2: declare what was previewed and tell the customers, once for this preview's key. */
    public String declare() {
        if (preview == null || declarationKey == null) {
            Messages.warn("Preview the incident first: you will see whom we tell and what it costs.");
            return null;
        }
        String key = declarationKey;
        IncidentView declared;
        try {
            declared = incidents.declare(incident(), staff(), key);
        } catch (RuntimeException e) { // the other click of a double click may have declared it a moment before
            declared = incidents.declaredWith(key).orElse(null);
            if (declared == null) {
                Messages.refused(Failures.classify(e), DECLARE_FIELDS);
                return null;
            }
        }
        return done(declared.notices().size() + " customers told, each with their concession");
    }

    public String confirm(IncidentView incident) {
        IncidentView confirmed = Messages.attempt(
                () -> incidents.confirm(incident.id(), new IncidentConfirmation(incident.version()), staff()));
        return confirmed == null
                ? reload()
                : done("Confirmed: " + confirmed.notices().size() + " customers told, each with their concession");
    }

    public String dismiss(IncidentView incident) {
        IncidentView dismissed = Messages.attempt(
                () -> incidents.dismiss(incident.id(), new IncidentDismissal(incident.version()), staff()));
        return dismissed == null ? reload() : done("Dismissed: nobody was told");
    }

    /** Opens the amendment form for one proposal. */
    public void edit(IncidentView incident) {
        editing = incident;
        editTitle = incident.title();
        editDescription = incident.description();
        editCustomers = String.join(
                ", ",
                incident.affected().stream()
                        .map(IncidentView.AffectedCustomer::customer)
                        .toList());
    }

    public String amend() {
        IncidentView amended = Messages.attempt(
                () -> incidents.amend(
                        editing.id(),
                        new IncidentAmendment(editing.version(), editTitle, editDescription, names(editCustomers)),
                        staff()),
                AMEND_FIELDS);
        return amended == null ? null : done("Saved: " + amended.affected().size() + " customers affected");
    }

    public void cancelEdit() {
        editing = null;
    }

    private String done(String message) {
        Messages.info(message);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return AGAIN;
    }

    private String reload() {
        load();
        return null;
    }

    private NewIncident incident() {
        return new NewIncident(
                title,
                description,
                startedAt == null ? null : startedAt.atZone(zone()).toInstant(),
                endedAt == null ? null : endedAt.atZone(zone()).toInstant(),
                names(customers));
    }

    private ZoneId zone() {
        return zone == null ? words.readersZoneId() : zone;
    }

    private static List<String> names(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private String staff() {
        return security.getCallerPrincipal().getName();
    }

    public List<IncidentView> getProposed() {
        return proposed;
    }

    public List<IncidentView> getDecided() {
        return decided == null ? List.of() : decided.items();
    }

    public boolean isHasNext() {
        return decided != null && decided.hasNext();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public long getPages() {
        return decided == null ? 0 : (decided.total() + SIZE - 1) / SIZE;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public IncidentPreview getPreview() {
        return preview;
    }

    public boolean isPreviewing() {
        return preview != null;
    }

    public String getDeclarationKey() {
        return declarationKey;
    }

    public void setDeclarationKey(String declarationKey) {
        this.declarationKey = declarationKey;
    }

    public IncidentView getEditing() {
        return editing;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(LocalDateTime endedAt) {
        this.endedAt = endedAt;
    }

    public String getCustomers() {
        return customers;
    }

    public void setCustomers(String customers) {
        this.customers = customers;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public String getEditDescription() {
        return editDescription;
    }

    public void setEditDescription(String editDescription) {
        this.editDescription = editDescription;
    }

    public String getEditCustomers() {
        return editCustomers;
    }

    public void setEditCustomers(String editCustomers) {
        this.editCustomers = editCustomers;
    }
}
