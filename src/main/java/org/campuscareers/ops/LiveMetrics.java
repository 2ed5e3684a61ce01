package org.campuscareers.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.campuscareers.common.graphql.SharedSubscriptionExecution;
import org.campuscareers.live.stream.EventHub;
import org.campuscareers.live.stream.NotificationHub;

/**
 * What operators watch of live sessions on this replica: open subscriptions, events handed out
 * (a counter: rate() gives events per second), how long after its commit an event reached this
 * replica's dispatcher, and whether the LISTEN connection is up. Everything is read from
 * {@link EventHub}; the hub knows nothing of Micrometer.
 */
@ApplicationScoped
public class LiveMetrics implements MeterBinder {

    private final EventHub hub;
    private final NotificationHub notifications;

    public LiveMetrics(EventHub hub, NotificationHub notifications) {
        this.hub = hub;
        this.notifications = notifications;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("campus.live.subscriptions", hub, EventHub::subscriberCount)
                .description("Open subscriptions on this replica, by kind (sessionEvents, myNotifications)")
                .tag("kind", "session-events")
                .register(registry);
        Gauge.builder("campus.live.subscriptions", notifications, NotificationHub::subscriberCount)
                .description("Open subscriptions on this replica, by kind (sessionEvents, myNotifications)")
                .tag("kind", "notifications")
                .register(registry);
        FunctionCounter.builder("campus.live.events.delivered", hub, EventHub::deliveredCount)
                .description("Session events handed to subscribers (one per event and subscriber)")
                .register(registry);
        FunctionCounter.builder("campus.live.events.executed", hub, h -> SharedSubscriptionExecution.executedEvents())
                .description(
                        "Subscription events executed as GraphQL; viewers who see an event alike share one execution")
                .register(registry);
        Gauge.builder("campus.live.listener.up", hub, h -> h.isListening() ? 1 : 0)
                .description("1 while the LISTEN connection for session events is open, 0 while it reconnects")
                .register(registry);
        Timer lag = Timer.builder("campus.live.delivery.lag")
                .description("From an event's commit (database clock) to its dispatch on this replica")
                .serviceLevelObjectives(
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        Duration.ofMillis(250),
                        Duration.ofMillis(500),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(5))
                .register(registry);
        hub.observeLiveEvents(event -> {
            Duration behind = Duration.between(event.occurredAt(), OffsetDateTime.now());
            lag.record(behind.isNegative() ? Duration.ZERO : behind);
        });
    }
}
