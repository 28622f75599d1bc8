package com.partsbridge.web.pages;

import com.partsbridge.kernel.PageRequest;
import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Post/Redirect/Get step of the pages that change something: the message is kept in the flash for the next
 * GET, which shows the page afresh, so a reload repeats nothing. Also reads page numbers from an address.
 */
public final class AfterAction {

    private AfterAction() {}

    /** Shows {@code message} on the page {@code outcome} (a view id with its query) loaded by a redirect. */
    public static String redirect(String outcome, String message) {
        Messages.info(message);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return outcome + (outcome.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    /** The same for a page that takes one parameter, e.g. {@code part.xhtml?number=BD-880-A}. */
    public static String redirect(String page, String param, String value, String message) {
        return redirect(page + "?" + param + "=" + encode(value), message);
    }

    /** A page number from the address: out of range or absent is the first page. */
    public static int pageNumber(Integer requested) {
        return requested == null || requested < 0 ? 0 : Math.min(requested, PageRequest.MAX_PAGE);
    }

    /** The same from the raw parameter: anything but a whole number is the first page. */
    public static int pageNumber(String value) {
        try {
            return pageNumber(value == null ? null : Integer.valueOf(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
