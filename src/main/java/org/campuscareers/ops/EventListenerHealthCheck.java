package org.campuscareers.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.live.stream.EventHub;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the session event listener has no LISTEN connection: a replica in that state
 * would still take subscriptions but deliver events only by polling. The hub reconnects by itself
 * with back-off, so readiness comes back without a restart. (The database itself is checked by
 * the datasource's own readiness check.)
 */
@Readiness
@ApplicationScoped
public class EventListenerHealthCheck implements HealthCheck {

    static final String NAME = "Session event listener";

    private final EventHub hub;

    public EventListenerHealthCheck(EventHub hub) {
        this.hub = hub;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME)
                .status(hub.isListening())
                .withData("subscriptions", hub.subscriberCount())
                .withData("delivered", hub.deliveredCount())
                .build();
    }
}
