package com.partsbridge.web.pages.rep;

import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.rma.rma.boundary.RmaQueries;
import com.partsbridge.rma.rma.boundary.RmaSearch;
import com.partsbridge.rma.rma.boundary.RmaView;
import com.partsbridge.rma.rma.entity.RmaState;
import com.partsbridge.web.pages.Messages;
import com.partsbridge.web.pages.Words;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reps' queue: filters and search are GET parameters, so a filtered queue is a link that survives reload
 * and can be bookmarked or shared. The query itself is {@link RmaQueries#search}; this only reads the address.
 */
@Named("repQueue")
@RequestScoped
public class RepQueuePage {

    static final int SIZE = 20;
    static final String ANY_STATE = "ALL";

    @Inject
    RmaQueries queries;

    @Inject
    SecurityContext security;

    @Inject
    Words words;

    private String q;
    private String state = "";
    private boolean overdue;
    private boolean escalated;
    private boolean mine;
    private int page;
    private Page<RmaView> rmas;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> params = external.getRequestParameterMap();
        String number = params.get("number");
        if (number != null && !number.isBlank()) { // the old desk address: the RMA has its own page now
            external.redirect(external.getRequestContextPath() + "/rep/rma.xhtml?number=" + encode(number.trim()));
            return;
        }
        q = trimmed(params.get("q"));
        overdue = checked(params.get("overdue"));
        escalated = checked(params.get("escalated"));
        mine = checked(params.get("mine"));
        page = pageNumber(params.get("page"));
        RmaState wanted = stateOf(params.get("state"));
        state = wanted != null ? wanted.name() : ANY_STATE.equals(params.get("state")) ? ANY_STATE : "";
        String me = mine ? security.getCallerPrincipal().getName() : null;
        RmaSearch search = new RmaSearch(wanted, ANY_STATE.equals(state), overdue, escalated, me, q);
        rmas = Messages.attempt(() -> queries.search(search, new PageRequest(page, SIZE)));
    }

    /** A checkbox sends "on" (a link of ours "true"); anything else is unticked. */
    private static boolean checked(String value) {
        return "on".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value);
    }

    private static int pageNumber(String value) {
        try {
            int number = value == null ? 0 : Integer.parseInt(value.trim());
            return Math.min(Math.max(number, 0), PageRequest.MAX_PAGE);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static RmaState stateOf(String value) {
        if (value == null || value.isBlank() || ANY_STATE.equals(value)) {
            return null;
        }
        try {
            return RmaState.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            Messages.warn("There is no such state; showing every open RMA.");
            return null;
        }
    }

    private static String trimmed(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        return text.length() > 60 ? text.substring(0, 60) : text;
    }

    /** The choices of the state filter, in words; the codes stay in the address. */
    public List<SelectItem> getStateChoices() {
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem("", words.deskStateOrOpen(null)));
        choices.add(new SelectItem(ANY_STATE, "Any state, finished ones too"));
        for (RmaState s : RmaState.values()) {
            choices.add(new SelectItem(s.name(), words.deskState(s)));
        }
        return choices;
    }

    public List<RmaView> getRmas() {
        return rmas == null ? List.of() : rmas.items();
    }

    public long getTotal() {
        return rmas == null ? 0 : rmas.total();
    }

    public long getPages() {
        return rmas == null ? 0 : (rmas.total() + SIZE - 1) / SIZE;
    }

    public boolean isHasNext() {
        return rmas != null && rmas.hasNext();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    /** This queue's address on another page, with the same filters. */
    public String address(int toPage) {
        Map<String, String> params = new LinkedHashMap<>();
        if (q != null) {
            params.put("q", q);
        }
        if (!state.isEmpty()) {
            params.put("state", state);
        }
        if (overdue) {
            params.put("overdue", "true");
        }
        if (escalated) {
            params.put("escalated", "true");
        }
        if (mine) {
            params.put("mine", "true");
        }
        if (toPage > 0) {
            params.put("page", String.valueOf(toPage));
        }
        StringBuilder url = new StringBuilder(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/rep/queue.xhtml");
        char sep = '?';
        for (var p : params.entrySet()) {
            url.append(sep).append(p.getKey()).append('=').append(encode(p.getValue()));
            sep = '&';
        }
        return url.toString();
    }

    public String getPreviousAddress() {
        return address(page - 1);
    }

    public String getNextAddress() {
        return address(page + 1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String getQ() {
        return q;
    }

    public String getState() {
        return state;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public boolean isMine() {
        return mine;
    }

    public int getPage() {
        return page;
    }
}
