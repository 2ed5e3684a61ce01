package org.campuscareers.live.stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.campuscareers.live.SessionEventLog;
import org.campuscareers.live.SessionEventType;

/**
 * Viewer counts across replicas. Every second each replica writes how many subscribers each
 * session has here (and refreshes unchanged counts every few seconds so they stay current); then
 * whichever replica first finds the sum changed, and no count published in the last second,
 * publishes it as a VIEWER_COUNT_CHANGED event. Counts of a replica that stopped refreshing
 * for 15 seconds no longer count.
 */
@ApplicationScoped
public class ViewerCounts {

    static final int REFRESH_SECONDS = 5;

    private final EventHub hub;
    private final EntityManager entityManager;
    private final SessionEventLog events;
    private final Map<Long, Integer> written = new HashMap<>();
    private long lastRefresh;

    public ViewerCounts(EventHub hub, EntityManager entityManager, SessionEventLog events) {
        this.hub = hub;
        this.entityManager = entityManager;
        this.events = events;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void publish() {
        Map<Long, Integer> local = hub.localViewers();
        boolean refresh = System.currentTimeMillis() - lastRefresh >= REFRESH_SECONDS * 1000L;
        Map<Long, Integer> changes = new HashMap<>();
        local.forEach((session, count) -> {
            if (refresh || !count.equals(written.get(session))) {
                changes.put(session, count);
            }
        });
        written.keySet().stream().filter(session -> !local.containsKey(session)).forEach(gone -> changes.put(gone, 0));
        if (refresh) {
            lastRefresh = System.currentTimeMillis();
        }
        for (Map.Entry<Long, Integer> change : changes.entrySet()) {
            QuarkusTransaction.requiringNew().run(() -> write(change.getKey(), change.getValue()));
            if (change.getValue() == 0) {
                written.remove(change.getKey());
            } else {
                written.put(change.getKey(), change.getValue());
            }
        }
        // Sessions whose count could not be published within the last second get another chance.
        for (Long session : written.keySet()) {
            if (!changes.containsKey(session)) {
                QuarkusTransaction.requiringNew().run(() -> publishTotal(session));
            }
        }
    }

    /** A stopping replica's viewers reconnect elsewhere: stop counting them here at once. */
    void leave(@Observes ShutdownDelayInitiatedEvent event) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("delete from session_viewer where replica_id = :replica")
                        .setParameter("replica", hub.replicaId())
                        .executeUpdate());
    }

    private void write(long sessionId, int viewers) {
        if (viewers == 0) {
            entityManager
                    .createNativeQuery(
                            "delete from session_viewer where session_id = :session and replica_id = :replica")
                    .setParameter("session", sessionId)
                    .setParameter("replica", hub.replicaId())
                    .executeUpdate();
        } else {
            entityManager
                    .createNativeQuery("insert into session_viewer (session_id, replica_id, viewers, updated_at)"
                            + " values (:session, :replica, :viewers, now()) on conflict (session_id, replica_id)"
                            + " do update set viewers = excluded.viewers, updated_at = now()")
                    .setParameter("session", sessionId)
                    .setParameter("replica", hub.replicaId())
                    .setParameter("viewers", viewers)
                    .executeUpdate();
        }
        publishTotal(sessionId);
    }

    private void publishTotal(long sessionId) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> published = entityManager
                .createNativeQuery("""
                with total as (select coalesce(sum(viewers), 0)::int as n from session_viewer
                               where session_id = :session and updated_at > now() - interval '15 seconds')
                update recruitment_session s
                   set viewer_count = total.n, viewers_peak = greatest(s.viewers_peak, total.n),
                       viewer_count_published_at = now()
                  from total
                 where s.id = :session and s.viewer_count <> total.n and s.status in ('SCHEDULED', 'LIVE')
                   and (s.viewer_count_published_at is null or s.viewer_count_published_at <= now() - interval '1 second')
                returning s.viewer_count""")
                .setParameter("session", sessionId)
                .getResultList();
        if (!published.isEmpty()) {
            events.append(
                    sessionId,
                    SessionEventType.VIEWER_COUNT_CHANGED,
                    null,
                    null,
                    null,
                    published.get(0).intValue());
        }
    }
}
