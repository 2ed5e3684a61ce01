package org.campuscareers.live.stream;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.live.RecruitmentSession;
import org.campuscareers.live.SessionEventType;
import org.campuscareers.live.SessionRepository;
import org.campuscareers.live.SessionService;
import org.campuscareers.live.StoredEvent;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Delivers session events to this replica's subscribers. A dedicated connection LISTENs for the
 * NOTIFY that every committed event sends, on any replica; the hub then reads the new rows of the
 * event log and hands them to each subscriber of that session, which keeps its own position, so
 * every subscriber gets every event once, in order, whichever replica wrote it. A poll every few
 * seconds catches up after a lost connection. All delivery runs as one ordered sequence of tasks,
 * which makes each subscriber's position simple to keep. The same connection also LISTENs on the
 * channels of every {@link ListenedChannel} bean (notifications) and hands their payloads on.
 */
@ApplicationScoped
public class EventHub {

    static final int BATCH = 500;

    /** The most events one replay step hands one subscriber before other work gets its turn. */
    static final int REPLAY_BATCH = 100;

    private final EventStore store;
    private final SessionRepository sessions;
    private final SessionService hosts;
    private final CampusConfig config;
    private final String replicaId = UUID.randomUUID().toString();
    private final Map<Long, SessionChannel> channels = new ConcurrentHashMap<>();
    /** Other NOTIFY channels the one LISTEN connection serves (notifications). */
    private final List<ListenedChannel> alsoListened;

    private final Vertx vertx;
    /**
     * Delivery runs as ordered blocking tasks of one Vert.x context: one task at a time, in order,
     * on worker threads, and with a Vert.x context current, which GraphQL field resolvers of the
     * events (such as {@code session.featuredPostings}) need to run.
     */
    private Context dispatcher;

    private final AtomicLong delivered = new AtomicLong();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Thread listener;
    private final List<Consumer<StoredEvent>> liveEventObservers = new java.util.concurrent.CopyOnWriteArrayList<>();

    public EventHub(
            EventStore store,
            SessionRepository sessions,
            SessionService hosts,
            CampusConfig config,
            Vertx vertx,
            Instance<ListenedChannel> alsoListened) {
        this.hosts = hosts;
        this.alsoListened = alsoListened.stream().toList();
        this.store = store;
        this.sessions = sessions;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        dispatcher = vertx.getOrCreateContext();
        running = true;
        listener = new Thread(this::listen, "session-event-listener");
        listener.setDaemon(true);
        listener.start();
    }

    /**
     * A rolling update: tell every subscriber to reconnect (elsewhere) and resume with its cursor.
     * This must happen while the HTTP server still holds the websockets, so it runs when the
     * shutdown delay begins ({@code quarkus.shutdown.delay-enabled}); the ShutdownEvent is a
     * fallback for launches without the delay.
     */
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
        for (SessionChannel channel : channels.values()) {
            for (SessionSubscriber subscriber : channel.subscribers()) {
                subscriber.close(1012, "Server restarting: reconnect and resume with after = your last cursor");
            }
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    public String replicaId() {
        return replicaId;
    }

    public boolean isListening() {
        return listening;
    }

    public long deliveredCount() {
        return delivered.get();
    }

    /**
     * Sees each new event once, as this replica reads it for its subscribers (metrics: delivery
     * lag), on the dispatcher thread. Running the returned action stops it.
     */
    public Runnable observeLiveEvents(Consumer<StoredEvent> observer) {
        liveEventObservers.add(observer);
        return () -> liveEventObservers.remove(observer);
    }

    /** Local viewers per session (one per connection), for the viewer count. */
    public Map<Long, Integer> localViewers() {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        channels.forEach((id, channel) -> counts.put(id, channel.viewers()));
        return counts;
    }

    /** Local subscriptions to one session, however many per connection. */
    public int subscriptionsTo(long sessionId) {
        SessionChannel channel = channels.get(sessionId);
        return channel == null ? 0 : channel.size();
    }

    public long lastSeqOf(long sessionId) {
        return store.lastSeq(sessionId);
    }

    /** {@link #lastSeqOf} for a viewer: -1 when it may not see the session (a suspended host's, unless staff). */
    public long lastSeqOf(long sessionId, boolean staff) {
        return staff ? store.lastSeq(sessionId) : store.lastSeqOfPublic(sessionId);
    }

    public int subscriberCount() {
        return channels.values().stream().mapToInt(SessionChannel::size).sum();
    }

    /**
     * A stream of the session's events for one viewer: those after {@code afterSeq} (replayed from
     * the log), then live ones, with neither gap nor repeat at the seam.
     */
    public Multi<org.campuscareers.live.SessionEvent> subscribe(
            long sessionId, StreamViewer viewer, long afterSeq, SubscriberConnection connection) {
        return Multi.createFrom()
                .<org.campuscareers.live.SessionEvent>emitter(
                        emitter -> {
                            SessionSubscriber subscriber = new SessionSubscriber(
                                    this,
                                    sessionId,
                                    viewer,
                                    afterSeq,
                                    connection,
                                    emitter,
                                    config.live().subscriberStall());
                            emitter.onTermination(() -> submit(() -> remove(subscriber)));
                            submit(() -> add(subscriber));
                        },
                        BackPressureStrategy.BUFFER);
    }

    private void add(SessionSubscriber subscriber) {
        SessionChannel channel = channels.computeIfAbsent(
                subscriber.sessionId(), id -> new SessionChannel(store.lastSeq(id), loadSession(id)));
        StreamViewer viewer = subscriber.viewer();
        if (viewer.subject() != null && channel.session() != null) {
            // Who hosts a session is the session feature's rule, asked as this viewer.
            boolean host = SessionSubscriber.asViewer(
                    viewer, () -> QuarkusTransaction.requiringNew().call(() -> hosts.isHost(channel.session())));
            subscriber.learn(host, store.upvotedIn(subscriber.sessionId(), viewer.subject()));
        }
        channel.add(subscriber);
        if (subscriber.catchUpStep(channel)) {
            catchUpLater(subscriber, channel);
        }
    }

    /** The subscriber's next replay step, queued behind whatever else waits for the dispatcher. */
    void catchUpLater(SessionSubscriber subscriber, SessionChannel channel) {
        submit(() -> {
            if (channel.subscribers().contains(subscriber) && subscriber.catchUpStep(channel)) {
                catchUpLater(subscriber, channel);
            }
        });
    }

    private void remove(SessionSubscriber subscriber) {
        SessionChannel channel = channels.get(subscriber.sessionId());
        if (channel != null) {
            channel.remove(subscriber);
        }
    }

    void removeLater(SessionSubscriber subscriber) {
        submit(() -> remove(subscriber));
    }

    private void submit(Runnable task) {
        if (!running || dispatcher == null) {
            return; // shutting down: subscribers were told to reconnect
        }
        dispatcher.executeBlocking(
                () -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        Log.error("Session event delivery failed", e);
                    }
                    return null;
                },
                true);
    }

    /** Reads and hands out the session's new events (on the dispatcher thread). */
    private void dispatch(long sessionId) {
        SessionChannel channel = channels.get(sessionId);
        if (channel == null || channel.isEmpty()) {
            return;
        }
        List<StoredEvent> events;
        do {
            events = store.after(sessionId, channel.lastSeq(), Long.MAX_VALUE, BATCH);
            if (events.isEmpty()) {
                return;
            }
            channel.advance(events.get(events.size() - 1).seq());
            events.forEach(event -> liveEventObservers.forEach(observer -> observer.accept(event)));
            if (events.stream()
                    .anyMatch(e -> e.type() != SessionEventType.QUESTION_ASKED
                            && e.type() != SessionEventType.QUESTION_UPDATED)) {
                channel.refresh(loadSession(sessionId));
            }
            channel.newRound();
            for (SessionSubscriber subscriber : channel.subscribers()) {
                subscriber.deliver(events, channel);
            }
        } while (events.size() == BATCH);
    }

    /** The events a subscriber missed between its position and a later event it was handed. */
    List<StoredEvent> between(long sessionId, long afterSeq, long untilSeq) {
        return store.after(sessionId, afterSeq, untilSeq, Integer.MAX_VALUE);
    }

    List<StoredEvent> after(long sessionId, long afterSeq, int limit) {
        return store.after(sessionId, afterSeq, Long.MAX_VALUE, limit);
    }

    void countDelivery() {
        delivered.incrementAndGet();
    }

    private RecruitmentSession loadSession(long sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> sessions.findById(sessionId));
    }

    private void listen() {
        Duration backoff = Duration.ofMillis(200);
        long pollMillis = config.live().pollEvery().toMillis();
        while (running) {
            try (Connection connection = openListenConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + org.campuscareers.live.SessionEventLog.CHANNEL);
                    for (ListenedChannel other : alsoListened) {
                        statement.execute("listen " + other.channel());
                    }
                }
                listening = true;
                backoff = Duration.ofMillis(200);
                // Whatever was committed while we were not listening.
                channels.keySet().forEach(id -> submit(() -> dispatch(id)));
                alsoListened.forEach(ListenedChannel::catchUp);
                PGConnection pg = connection.unwrap(PGConnection.class);
                long lastPoll = System.currentTimeMillis();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) Math.min(pollMillis, 1000));
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            route(notification);
                        }
                    }
                    if (System.currentTimeMillis() - lastPoll >= pollMillis) {
                        lastPoll = System.currentTimeMillis();
                        channels.keySet().forEach(id -> submit(() -> dispatch(id)));
                        alsoListened.forEach(ListenedChannel::catchUp);
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    Log.warnf(
                            "Session event listener lost its database connection (%s); retrying in %d ms",
                            e.getMessage(), backoff.toMillis());
                    try {
                        Thread.sleep(backoff.toMillis());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0
                            ? Duration.ofSeconds(5)
                            : backoff.multipliedBy(2);
                }
            }
        }
        listening = false;
    }

    private void route(PGNotification notification) {
        for (ListenedChannel other : alsoListened) {
            if (other.channel().equals(notification.getName())) {
                other.onNotify(notification.getParameter());
                return;
            }
        }
        onNotification(notification.getParameter());
    }

    private void onNotification(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) {
            return;
        }
        long sessionId;
        try {
            sessionId = Long.parseLong(payload.substring(0, colon));
        } catch (NumberFormatException e) {
            return;
        }
        if (channels.containsKey(sessionId)) {
            submit(() -> dispatch(sessionId));
        }
    }

    private Connection openListenConnection() throws SQLException {
        var settings = ConfigProvider.getConfig();
        String url = settings.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = settings.getOptionalValue("quarkus.datasource.username", String.class)
                .orElse(null);
        String password = settings.getOptionalValue("quarkus.datasource.password", String.class)
                .orElse(null);
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(true);
        return connection;
    }
}
