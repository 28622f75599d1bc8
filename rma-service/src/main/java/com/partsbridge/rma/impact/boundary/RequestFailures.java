package com.partsbridge.rma.impact.boundary;

import com.partsbridge.rma.impact.control.RequestFailureLog;
import com.partsbridge.rma.impact.entity.RequestFailure;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the web layer hands over a customer's failed or too-slow request. Recording is asynchronous: the
 * request that failed is not made slower by it (the caller only queues the work), and a database that is down
 * costs a log line, never the customer's answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestFailures {

    private static final Logger LOG = Logger.getLogger(RequestFailures.class.getName());

    @Inject
    RequestFailureLog log;

    @Asynchronous
    public void record(FailedRequest failed) {
        RequestFailure.Key key =
                new RequestFailure.Key(failed.customer(), failed.journey(), failed.at(), failed.kind());
        try {
            if (log.increment(key)) {
                return;
            }
            try {
                log.insert(key);
            } catch (EJBException | jakarta.persistence.PersistenceException e) {
                log.increment(key); // another request inserted this minute's row first
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "failed request of " + failed.customer() + " not recorded: " + e.getMessage());
        }
    }
}
