package com.partsbridge.web.pages;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A form posted with a view state we do not hold (expired with its session, or forged) answers the friendly
 * "page expired" page with a 400, instead of escaping the Faces servlet as a 500 with a stack trace in the
 * log. Mojarra reports both cases as a {@link ViewExpiredException}; a missing protected-view token as a
 * {@link ProtectedViewException}. Registered in faces-config.xml.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    static final String EXPIRED_PAGE = "/WEB-INF/errors/expired.xhtml";

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
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
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (isStaleView(events.next().getContext().getException())) {
                    events.remove();
                    showExpiredPage(FacesContext.getCurrentInstance());
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

        private static void showExpiredPage(FacesContext faces) {
            faces.getExternalContext().setResponseStatus(400);
            faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, EXPIRED_PAGE));
            faces.getPartialViewContext().setRenderAll(true);
            faces.renderResponse();
        }
    }
}
