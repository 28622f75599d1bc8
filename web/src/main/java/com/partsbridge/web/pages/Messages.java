package com.partsbridge.web.pages;

import com.partsbridge.kernel.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/** Runs a page action and turns what went wrong into a message a person can act on. */
public final class Messages {

    private Messages() {
    }

    /** The action's result, or null after showing why it was refused. */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (BusinessException e) {
            show(FacesMessage.SEVERITY_WARN, e.getMessage());
        } catch (EJBException e) {
            show(FacesMessage.SEVERITY_WARN, "Someone changed this at the same time. The page shows it as it is now.");
        }
        return null;
    }

    public static void info(String text) {
        show(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        show(FacesMessage.SEVERITY_WARN, text);
    }

    private static void show(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
