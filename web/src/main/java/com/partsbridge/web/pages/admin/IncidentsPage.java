package com.partsbridge.web.pages.admin;

import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.recovery.boundary.IncidentView;
import com.partsbridge.rma.recovery.boundary.NewIncident;
import com.partsbridge.rma.recovery.boundary.ServiceRecovery;
import com.partsbridge.web.pages.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Staff declare an incident and see whom we told and what we granted. */
@Named
@ViewScoped
public class IncidentsPage implements Serializable {

    @Inject
    transient ServiceRecovery recovery;

    @Inject
    transient SecurityContext security;

    private List<IncidentView> incidents;
    private String title;
    private String description;
    private LocalDateTime startedAt;
    private LocalDateTime endedAt;
    private String customers;

    @PostConstruct
    void load() {
        incidents = recovery.incidents(PageRequest.first(20)).items();
    }

    public void declare() {
        List<String> affected = customers == null || customers.isBlank()
                ? List.of()
                : Arrays.stream(customers.split("[,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
        IncidentView declared = Messages.attempt(() -> recovery.declare(
                new NewIncident(
                        title,
                        description,
                        startedAt.toInstant(ZoneOffset.UTC),
                        endedAt.toInstant(ZoneOffset.UTC),
                        affected),
                security.getCallerPrincipal().getName()));
        if (declared != null) {
            Messages.info(declared.notices().size() + " customers told, each with their concession");
            load();
        }
    }

    public List<IncidentView> getIncidents() {
        return incidents;
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
}
