package com.partsbridge.web.pages.admin.catalog;

import com.partsbridge.kernel.Page;
import com.partsbridge.kernel.PageRequest;
import com.partsbridge.web.pages.AfterAction;
import com.partsbridge.web.pages.Messages;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A catalog list searched and paged by GET: the search text and the page come from the address, and the links to
 * the previous and next page keep the search, so a list survives reload and can be bookmarked.
 */
abstract class SearchedList<T> implements Serializable {

    static final int SIZE = 20;

    private String q;
    private int page;
    private Page<T> found;

    /** The page's own address, e.g. {@code /admin/models.xhtml}. */
    abstract String path();

    /** One page of what the search {@code q} finds, or of everything when {@code q} is null. */
    abstract Page<T> find(String q, PageRequest page);

    /** On the first GET. */
    public void load() {
        Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String text = params.get("q");
        q = text == null || text.isBlank() ? null : text.trim();
        page = AfterAction.pageNumber(params.get("page"));
        found = Messages.attempt(() -> find(q, new PageRequest(page, SIZE)));
    }

    List<T> items() {
        return found == null ? List.of() : found.items();
    }

    public long getTotal() {
        return found == null ? 0 : found.total();
    }

    public long getPages() {
        return found == null ? 0 : (found.total() + SIZE - 1) / SIZE;
    }

    public boolean isHasNext() {
        return found != null && found.hasNext();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public String getPreviousAddress() {
        return address(page - 1);
    }

    public String getNextAddress() {
        return address(page + 1);
    }

    private String address(int toPage) {
        String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path() + "?page="
                + toPage;
        return q == null ? path : path + "&q=" + AfterAction.encode(q);
    }

    public String getQ() {
        return q;
    }

    public int getPage() {
        return page;
    }
}
