package com.partsbridge.web.pages.contact;

import com.partsbridge.rma.casework.boundary.CaseView;
import com.partsbridge.rma.casework.boundary.Casework;
import com.partsbridge.rma.casework.boundary.PublicLetter;
import com.partsbridge.rma.casework.entity.Topic;
import com.partsbridge.web.pages.Messages;
import com.partsbridge.web.pages.Words;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Write to us without an account: name, e-mail address, topic, message. The same boundary as the API (and
 * its spam limits: a hidden field bots fill in, a few letters an hour per address). Once stored, the page
 * redirects to itself and shows the acknowledgement, carried in the flash, so a reload sends nothing twice.
 */
@Named
@ViewScoped
public class PublicContactPage implements Serializable {

    static final String ACK = "pb-case-ack";
    static final Map<String, String> FIELDS = Map.of(
            "name", "letter:name",
            "email", "letter:email",
            "topic", "letter:topic",
            "message", "letter:message",
            "website", "letter:website");

    @Inject
    transient Casework cases;

    @Inject
    transient Words words;

    private String name;
    private String email;
    private Topic topic;
    private String message;
    private String website;
    private Acknowledgement acknowledgement;

    @PostConstruct
    void load() {
        acknowledgement = (Acknowledgement) FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .get(ACK);
    }

    public String send() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String origin = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        CaseView created = Messages.attempt(
                () -> cases.writePublic(new PublicLetter(name, email, topic, message, website), origin), FIELDS);
        if (created == null) {
            return null;
        }
        external.getFlash()
                .put(
                        ACK,
                        new Acknowledgement(
                                created.id(), created.ownerName(), words.time(created.deadline()), words.zone()));
        return "/contact.xhtml?faces-redirect=true";
    }

    /** What the writer is told at once: the case, who has it and by when they answer. */
    public record Acknowledgement(long caseId, String ownerName, String deadline, String zone)
            implements Serializable {}

    public Acknowledgement getAcknowledgement() {
        return acknowledgement;
    }

    public List<SelectItem> getTopicItems() {
        return Arrays.stream(Topic.values())
                .map(t -> new SelectItem(t, words.topic(t)))
                .toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
