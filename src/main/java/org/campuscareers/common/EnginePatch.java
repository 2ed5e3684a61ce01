package org.campuscareers.common;

import io.quarkus.logging.Log;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The places where the service reaches into a library's internals, for speed or for a signal no
 * public API gives. Each reports here whether it took hold. If a library upgrade breaks one, the
 * service keeps working the slower (or less protected) way and logs a warning once, the metric
 * {@code campus_engine_patch_active} drops to 0, and {@code EnginePatchesTest} fails the build.
 * The README's "where to find things" lists what each buys. The members read by reflection are
 * registered for native images in {@code META-INF/native-image/.../reflect-config.json}, which
 * {@code .ci/NativeSourcesCheck} checks against every reflective lookup in the sources.
 */
public enum EnginePatch {

    /**
     * Plain GraphQL properties read through method handles instead of SmallRye's per-field
     * context (reads SmallRye's private {@code FieldDataFetcher.field} and
     * {@code GraphQL.Builder.graphQLSchema}). Without it every property pays SmallRye's context.
     */
    LEAN_PROPERTIES,

    /**
     * SmallRye's own instrumentation kept first in the chain (reads {@code GraphQL.Builder}'s
     * private {@code instrumentation}), which fills SmallRye's parsed-document cache. Without it
     * every request parses and validates its document again.
     */
    DOCUMENT_CACHE,

    /**
     * A subscription event executed once for all subscribers who see it alike (calls graphql-java's
     * private {@code SubscriptionExecutionStrategy.executeSubscriptionEvent}). Without it each
     * event is executed once per subscriber.
     */
    SHARED_SUBSCRIPTION_EVENTS,

    /**
     * The websocket's Netty channel under a subscription (Vert.x's internal
     * {@code io.vertx.core.net.impl.ConnectionBase#channel()}), whose writability tells a client that
     * stopped reading. Without it slow subscribers are never closed and their events pile up.
     */
    SUBSCRIBER_WRITABILITY,

    /**
     * Dev mode told apart before Quarkus starts (the internal system property
     * {@code quarkus-internal.serialized-app-model.path}), so that {@code quarkus:dev} starts its
     * embedded PostgreSQL. Without it dev mode starts without a database and says so.
     */
    DEV_MODE_DETECTION;

    private final AtomicBoolean applied = new AtomicBoolean();
    private final AtomicBoolean broken = new AtomicBoolean();

    /** The reach-in worked (at least once). */
    public void applied() {
        applied.set(true);
    }

    /** The reach-in failed: warn once, and stay inactive. */
    public void broken(String consequence, Throwable cause) {
        if (broken.compareAndSet(false, true)) {
            Log.warnf(cause, "Engine patch %s is inactive (a library changed its internals): %s", name(), consequence);
        }
    }

    /** Whether it took hold and never failed. */
    public boolean isActive() {
        return applied.get() && !broken.get();
    }
}
