package org.campuscareers.live.stream;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.campuscareers.live.Notification;
import org.campuscareers.live.Notifications;

/**
 * Delivers notifications to this replica's {@code myNotifications} subscribers. Each subscriber
 * starts at its inbox's latest number and keeps the number of the last notification it passed on;
 * when the NOTIFY of a commit names its recipient (or at the listener's poll, which catches what a
 * lost connection missed) the hub reads the inbox after the lowest position among that recipient's
 * subscribers and hands each subscriber what it has not seen, in order, once. The NOTIFY arrives
 * through {@link EventHub}'s one LISTEN connection ({@link ListenedChannel}). All delivery runs as one
 * ordered sequence of blocking tasks of one Vert.x context, so positions need no locks.
 */
@ApplicationScoped
public class NotificationHub implements ListenedChannel {

    static final int BATCH = 200;
    /** How many inboxes one catch-up statement looks at. */
    static final int CATCH_UP_CHUNK = 1000;

    private final NotificationStore store;
    private final Vertx vertx;
    private final Map<String, Set<NotificationSubscriber>> subscribers = new ConcurrentHashMap<>();
    private Context dispatcher;
    private volatile boolean running;

    public NotificationHub(NotificationStore store, Vertx vertx) {
        this.store = store;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        dispatcher = vertx.getOrCreateContext();
        running = true;
    }

    void beginShutdown(@Observes ShutdownDelayInitiatedEvent event) {
        closeAll();
    }

    void stop(@Observes ShutdownEvent event) {
        closeAll();
    }

    private synchronized void closeAll() {
        if (!running) {
            return;
        }
        running = false;
        subscribers.values().forEach(set -> set.forEach(s -> s.close(1012, "Server restarting: reconnect")));
    }

    /** Open {@code myNotifications} subscriptions on this replica. */
    public int subscriberCount() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    /** The viewer's notifications from now on, as they commit, each once and in order. */
    public Multi<Notification> subscribe(StreamViewer viewer, SubscriberConnection connection) {
        return Multi.createFrom()
                .<Notification>emitter(
                        emitter -> {
                            NotificationSubscriber subscriber = new NotificationSubscriber(viewer, connection, emitter);
                            emitter.onTermination(() -> submit(() -> remove(subscriber)));
                            submit(() -> add(subscriber));
                        },
                        BackPressureStrategy.BUFFER);
    }

    private void add(NotificationSubscriber subscriber) {
        String subject = subscriber.subject();
        subscriber.startAfter(store.lastSeqs(List.of(subject)).getOrDefault(subject, 0L));
        subscribers.computeIfAbsent(subject, s -> ConcurrentHashMap.newKeySet()).add(subscriber);
    }

    private void remove(NotificationSubscriber subscriber) {
        subscribers.computeIfPresent(subscriber.subject(), (subject, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public String channel() {
        return Notifications.CHANNEL;
    }

    @Override
    public void onNotify(String payload) {
        if (payload == null || payload.isEmpty()) {
            catchUp();
            return;
        }
        String[] recipients = payload.split("\n");
        submit(() -> {
            for (String recipient : recipients) {
                if (subscribers.containsKey(recipient)) {
                    dispatch(recipient);
                }
            }
        });
    }

    @Override
    public void catchUp() {
        if (subscribers.isEmpty()) {
            return;
        }
        submit(() -> {
            List<String> local = new ArrayList<>(subscribers.keySet());
            for (int from = 0; from < local.size(); from += CATCH_UP_CHUNK) {
                List<String> chunk = local.subList(from, Math.min(local.size(), from + CATCH_UP_CHUNK));
                store.lastSeqs(chunk).forEach((recipient, last) -> {
                    if (last > lowestPosition(recipient)) {
                        dispatch(recipient);
                    }
                });
            }
        });
    }

    private long lowestPosition(String recipient) {
        Set<NotificationSubscriber> set = subscribers.get(recipient);
        return set == null
                ? Long.MAX_VALUE
                : set.stream().mapToLong(NotificationSubscriber::position).min().orElse(Long.MAX_VALUE);
    }

    /** Reads the recipient's new notifications and hands them out (on the dispatcher thread). */
    private void dispatch(String recipient) {
        List<Notification> batch;
        do {
            long from = lowestPosition(recipient);
            if (from == Long.MAX_VALUE) {
                return;
            }
            batch = store.after(recipient, from, BATCH);
            for (NotificationSubscriber subscriber : List.copyOf(subscribers.getOrDefault(recipient, Set.of()))) {
                subscriber.deliver(batch);
            }
        } while (batch.size() == BATCH);
    }

    private void submit(Runnable task) {
        if (!running || dispatcher == null) {
            return;
        }
        dispatcher.executeBlocking(
                () -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        Log.error("Notification delivery failed", e);
                    }
                    return null;
                },
                true);
    }
}
