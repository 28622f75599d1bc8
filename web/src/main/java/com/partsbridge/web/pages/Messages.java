package com.partsbridge.web.pages;

import com.partsbridge.web.api.problem.Failure;
import com.partsbridge.web.api.problem.Failures;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a page action and turns what went wrong into a message a person can act on, classified exactly as the
 * API classifies it ({@link Failures}): a refusal shows its reason, a fault of ours its incident id.
 */
public final class Messages {

    private Messages() {}

    /** The action's result, or null after showing why it was refused. */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            Failure failure = Failures.classify(e);
            show(failure.unexpected() ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_WARN, text(failure));
            return null;
        }
    }

    public static void info(String text) {
        show(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        show(FacesMessage.SEVERITY_WARN, text);
    }

    /** The detail, and the fields when they say more than the detail does ("some fields are invalid"). */
    static String text(Failure failure) {
        if (failure.fields().isEmpty() || failure.fields().containsValue(failure.detail())) {
            return capitalized(failure.detail());
        }
        StringBuilder text = new StringBuilder();
        failure.fields()
                .forEach((field, message) ->
                        text.append(text.length() == 0 ? "" : "; ").append(message));
        return capitalized(text.toString());
    }

    private static String capitalized(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void show(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /**
     * Like {@link #attempt(Supplier)}, but a refusal that names fields this page has ({@code fieldIds}: the
     * boundary's field name to the client id of the input) is shown beside those fields.
     */
    public static <T> T attempt(Supplier<T> action, Map<String, String> fieldIds) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            refused(Failures.classify(e), fieldIds);
            return null;
        }
    }

    /** Shows a classified failure beside the fields it names when the page has them all, else above the page. */
    public static void refused(Failure failure, Map<String, String> fieldIds) {
        if (failure.unexpected()
                || failure.fields().isEmpty()
                || !fieldIds.keySet().containsAll(failure.fields().keySet())) {
            show(failure.unexpected() ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_WARN, text(failure));
            return;
        }
        failure.fields()
                .forEach((field, message) -> FacesContext.getCurrentInstance()
                        .addMessage(
                                fieldIds.get(field),
                                new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence(message), null)));
    }

    private static String sentence(String text) {
        String capitalized = capitalized(text);
        return capitalized == null || capitalized.endsWith(".") ? capitalized : capitalized + ".";
    }
}
