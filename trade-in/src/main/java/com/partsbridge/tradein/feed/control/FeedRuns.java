package com.partsbridge.tradein.feed.control;

import com.partsbridge.tradein.feed.entity.OfferFeed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs of the offer-feed batch job: who may run a feed (one run at a time, across nodes), how a run ends,
 * and picking up feeds whose run died with its server. Each step commits on its own, apart from the chunks.
 */
@Stateless
public class FeedRuns {

    public static final String JOB = "offer-feed";
    private static final Logger LOG = Logger.getLogger(FeedRuns.class.getName());

    /** WildFly's node name (the host name unless a cluster node sets jboss.node.name). */
    private static final String NODE = System.getProperty("jboss.node.name", "unnamed");

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FeedContent content;

    /** A run that has not committed a chunk for this long is taken to be dead, and its feed is resumed. */
    @Inject
    @ConfigProperty(name = "partsbridge.feed.stale-after-seconds", defaultValue = "120")
    long staleAfterSeconds;

    public void launch(long feedId) {
        Properties parameters = new Properties();
        parameters.setProperty("feedId", Long.toString(feedId));
        BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    /**
     * Takes the feed for this run if it is queued, or running with no sign of life; a conditional update, so
     * that of two nodes trying at once exactly one wins. A run taken over from a silent one says so, naming
     * both nodes: the one line an operator needs after a node died mid-feed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long feedId) {
        Instant now = Instant.now(clock);
        Object[] before = em.createQuery(
                        "select f.status, f.runningOn, f.heartbeatAt from OfferFeed f where f.id = :id", Object[].class)
                .setParameter("id", feedId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        boolean won = em.createQuery("""
                        update OfferFeed f set f.status = :running, f.heartbeatAt = :now, f.attempts = f.attempts + 1,
                               f.startedAt = coalesce(f.startedAt, :now), f.runningOn = :node, f.version = f.version + 1
                        where f.id = :id and (f.status = :queued or (f.status = :running and f.heartbeatAt < :stale))""")
                        .setParameter("running", OfferFeed.Status.RUNNING)
                        .setParameter("queued", OfferFeed.Status.QUEUED)
                        .setParameter("now", now)
                        .setParameter("node", NODE)
                        .setParameter("stale", now.minusSeconds(staleAfterSeconds))
                        .setParameter("id", feedId)
                        .executeUpdate()
                == 1;
        if (won && before != null && before[0] == OfferFeed.Status.RUNNING) {
            LOG.info("offer feed " + feedId + " taken over by node " + NODE + " from node " + before[1]
                    + ", silent since " + before[2]);
        }
        return won;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void completed(long feedId) {
        OfferFeed feed = em.find(OfferFeed.class, feedId);
        feed.complete(Instant.now(clock));
        content.discard(feedId);
    }

    /** The run broke off; the rows it committed stay applied, and the next run resumes after them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long feedId, String reason) {
        OfferFeed feed = em.find(OfferFeed.class, feedId);
        feed.runFailed(reason, Instant.now(clock));
        LOG.warning(
                "offer feed " + feedId + " run " + feed.attempts() + " failed (" + reason + "); now " + feed.status());
    }

    /** Every half minute: feeds queued without a run (the launch was lost) or whose run went silent. */
    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    public void resumeStalled() {
        Instant now = Instant.now(clock);
        List<Long> stalled = em.createQuery("""
                        select f.id from OfferFeed f
                        where (f.status = :queued and coalesce(f.heartbeatAt, f.receivedAt) < :quiet)
                           or (f.status = :running and f.heartbeatAt < :stale)""", Long.class)
                .setParameter("queued", OfferFeed.Status.QUEUED)
                .setParameter("running", OfferFeed.Status.RUNNING)
                .setParameter("quiet", now.minusSeconds(Math.min(60, staleAfterSeconds)))
                .setParameter("stale", now.minusSeconds(staleAfterSeconds))
                .setMaxResults(20)
                .getResultList();
        stalled.forEach(this::launch);
    }
}
