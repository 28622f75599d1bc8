package com.partsbridge.web.pages;

import com.partsbridge.web.api.problem.Failure;
import com.partsbridge.web.api.problem.Failures;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * Failures that escape a page (not caught by {@link Messages#attempt}). A form posted with a view state we do
 * not hold (expired with its session, or forged: Mojarra reports both as a {@link ViewExpiredException}, a
 * missing protected-view token as a {@link ProtectedViewException}) shows the "page expired" page with a 400
 * instead of escaping the Faces servlet as a 500 with a stack trace in the log. A fault of ours is classified
 * by {@link Failures} (logged once under an incident id) and shows the error page quoting the incident.
 * Anything else goes on to the default handling. Registered in faces-config.xml.
 */
public class PageFailures extends ExceptionHandlerFactory {

    static final String EXPIRED_PAGE = "/WEB-INF/errors/expired.xhtml";
    static final String ERROR_PAGE = "/WEB-INF/errors/500.xhtml";

    public PageFailures(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext() && !faces.getExternalContext().isResponseCommitted()) {
                Throwable thrown = events.next().getContext().getException();
                if (isStaleView(thrown)) {
                    events.remove();
                    show(faces, 400, EXPIRED_PAGE);
                    break;
                }
                Failure failure = Failures.classify(thrown);
                if (failure.unexpected()) {
                    events.remove();
                    faces.getExternalContext().getRequestMap().put("incident", failure.incident());
                    show(faces, 500, ERROR_PAGE);
                    break;
                }
            }
            getWrapped().handle();
        }

        private static boolean isStaleView(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
                    return true;
                }
            }
            return false;
        }

        private static void show(FacesContext faces, int status, String page) {
            faces.getExternalContext().setResponseStatus(status);
            faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, page));
            faces.getPartialViewContext().setRenderAll(true);
            faces.renderResponse();
        }
    }
}
