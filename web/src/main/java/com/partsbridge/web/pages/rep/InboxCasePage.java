package com.partsbridge.web.pages.rep;

import com.partsbridge.kernel.BusinessException;
import com.partsbridge.rma.casework.boundary.Answer;
import com.partsbridge.rma.casework.boundary.CaseView;
import com.partsbridge.rma.casework.boundary.Casework;
import com.partsbridge.rma.casework.boundary.HandDown;
import com.partsbridge.web.pages.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One case from the inbox: the thread, the answer form and, for its owner, handing it down to a colleague
 * (who then answers in the owner's name). Each action goes back to the inbox by redirect, so a reload sends
 * nothing twice; a second answer to the same case is refused as already answered.
 */
@Named
@ViewScoped
public class InboxCasePage implements Serializable {

    private static final String INBOX = "/rep/inbox.xhtml?faces-redirect=true";

    @Inject
    transient Casework cases;

    @Inject
    transient SecurityContext security;

    private Long id;
    private CaseView found;
    private String answer;
    private String handTo;
    private String handNote;

    public void load() {
        if (id == null) {
            Messages.warn("Which case? Choose one from your inbox.");
            return;
        }
        try {
            found = cases.inboxCase(me(), id);
        } catch (BusinessException e) {
            Messages.warn(e.getMessage());
        }
    }

    public String send() {
        CaseView answered =
                Messages.attempt(() -> cases.answer(me(), id, new Answer(answer)), Map.of("message", "answer:text"));
        if (answered == null) {
            return null;
        }
        return back("Your answer to case " + id + " is on its way to " + answered.writerName() + ".");
    }

    public String handDown() {
        CaseView handed = Messages.attempt(
                () -> cases.handDown(me(), id, new HandDown(handTo, handNote)),
                Map.of("to", "hand:to", "note", "hand:note"));
        if (handed == null) {
            return null;
        }
        return back("Case " + id + " is handed to " + handTo + "; the answer still goes out in your name.");
    }

    private static String back(String said) {
        Messages.info(said);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return INBOX;
    }

    /** Only the owner hands a case down, and only while nobody has it yet. */
    public boolean isMayHandDown() {
        return found != null && found.owner().equals(me()) && found.handedDownTo() == null;
    }

    public List<SelectItem> getColleagueItems() {
        return cases.staff().stream()
                .filter(s -> !s.username().equals(me()))
                .map(s -> new SelectItem(s.username(), s.name()))
                .toList();
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseView getCaseView() {
        return found;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getHandTo() {
        return handTo;
    }

    public void setHandTo(String handTo) {
        this.handTo = handTo;
    }

    public String getHandNote() {
        return handNote;
    }

    public void setHandNote(String handNote) {
        this.handNote = handNote;
    }
}
