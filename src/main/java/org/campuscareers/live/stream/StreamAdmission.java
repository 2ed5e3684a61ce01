package org.campuscareers.live.stream;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.common.ErrorCode;

/**
 * How many subscriptions a client may hold on this replica, for every kind of stream: at most
 * {@code campus.live.subscriptions-per-connection} on one websocket, and at most
 * {@code campus.live.subscriptions-per-subject} for one signed-in user over all its connections.
 * The one more is refused when it is asked for (RATE_LIMITED, saying which limit); a held
 * subscription counts until it ends, however it ends.
 */
@ApplicationScoped
public class StreamAdmission {

    private final CampusConfig config;
    private final Map<Object, AtomicInteger> perConnection = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perSubject = new ConcurrentHashMap<>();

    public StreamAdmission(CampusConfig config) {
        this.config = config;
    }

    /** The stream, counted against the viewer's limits; refused with RATE_LIMITED past either. */
    public <T> Multi<T> admit(StreamViewer viewer, SubscriberConnection connection, Supplier<Multi<T>> stream) {
        Object key = connection.key();
        int connectionLimit = config.live().subscriptionsPerConnection();
        if (key != null && !take(perConnection, key, connectionLimit)) {
            throw refused("At most " + connectionLimit + " subscriptions may be open on one connection;"
                    + " complete one before starting another");
        }
        String subject = viewer.subject();
        int subjectLimit = config.live().subscriptionsPerSubject();
        if (subject != null && !take(perSubject, subject, subjectLimit)) {
            release(perConnection, key);
            throw refused("At most " + subjectLimit + " subscriptions may be open for one user;"
                    + " complete one before starting another");
        }
        return stream.get().onTermination().invoke(() -> {
            release(perConnection, key);
            release(perSubject, subject);
        });
    }

    private static <K> boolean take(Map<K, AtomicInteger> counts, K key, int limit) {
        boolean[] taken = {false};
        counts.compute(key, (k, count) -> {
            AtomicInteger held = count == null ? new AtomicInteger() : count;
            if (held.get() < limit) {
                held.incrementAndGet();
                taken[0] = true;
            }
            return held.get() == 0 ? null : held;
        });
        return taken[0];
    }

    private static <K> void release(Map<K, AtomicInteger> counts, K key) {
        if (key != null) {
            counts.computeIfPresent(key, (k, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    private static ApiException refused(String message) {
        return new ApiException(ErrorCode.RATE_LIMITED, message);
    }
}
