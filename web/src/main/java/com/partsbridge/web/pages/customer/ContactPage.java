package com.partsbridge.web.pages.customer;

import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.casework.boundary.CaseView;
import com.partsbridge.rma.casework.boundary.Casework;
import com.partsbridge.rma.casework.boundary.NewCase;
import com.partsbridge.rma.casework.entity.Topic;
import com.partsbridge.rma.customer.boundary.Units;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.web.pages.Messages;
import com.partsbridge.web.pages.Words;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * "Write to us" for a signed-in customer: a topic, the message, and optionally one of their RMAs or units.
 * The case is stored (with its acknowledgement letter) before the page moves on, by redirect, to the case,
 * which names its owner and deadline; a reload there sends nothing twice.
 */
@Named
@ViewScoped
public class ContactPage implements Serializable {

    /** The boundary's field names to this form's inputs; an RMA and a unit are chosen in one list. */
    static final Map<String, String> FIELDS = Map.of(
            "topic",
            "contact:topic",
            "message",
            "contact:message",
            "rmaNumber",
            "contact:about",
            "unitId",
            "contact:about");

    @Inject
    transient Casework cases;

    @Inject
    transient Units units;

    @Inject
    transient RmaQueries rmas;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Words words;

    private Topic topic;
    private String message;
    private String about = "";
    private List<SelectItem> aboutItems;

    @PostConstruct
    void load() {
        aboutItems = new ArrayList<>();
        aboutItems.add(new SelectItem("", "Nothing in particular"));
        units.of(me(), PageRequest.first(50))
                .items()
                .forEach(u -> aboutItems.add(
                        new SelectItem("unit:" + u.id(), "My " + u.modelCode() + ", serial " + u.serial())));
        rmas.ofCustomer(me(), PageRequest.first(50))
                .items()
                .forEach(r -> aboutItems.add(new SelectItem(
                        "rma:" + r.number(),
                        r.number() + " (" + words.state(r.state()).toLowerCase() + ")")));
    }

    public String send() {
        String rmaNumber = about != null && about.startsWith("rma:") ? about.substring(4) : null;
        Long unitId = null;
        if (about != null && about.startsWith("unit:")) {
            try {
                unitId = Long.valueOf(about.substring(5));
            } catch (NumberFormatException e) {
                unitId = -1L; // the boundary refuses it beside the field
            }
        }
        Long unit = unitId;
        CaseView created =
                Messages.attempt(() -> cases.write(me(), new NewCase(topic, message, rmaNumber, unit)), FIELDS);
        return created == null ? null : "/my/case.xhtml?faces-redirect=true&sent=true&id=" + created.id();
    }

    public List<SelectItem> getTopicItems() {
        return Arrays.stream(Topic.values())
                .map(t -> new SelectItem(t, words.topic(t)))
                .toList();
    }

    public List<SelectItem> getAboutItems() {
        return aboutItems;
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    public Topic getTopic() {
        return topic;
    }

    public void setTopic(Topic topic) {
        this.topic = topic;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }
}
