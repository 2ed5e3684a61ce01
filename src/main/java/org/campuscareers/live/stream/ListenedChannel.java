package org.campuscareers.live.stream;

/**
 * A NOTIFY channel that the replica's one LISTEN connection (kept by {@link EventHub}) also
 * listens to, for deliveries other than session events. Implementations are beans; the hub finds
 * them all when it connects.
 */
public interface ListenedChannel {

    /** The channel's name, as {@code pg_notify} is given it. */
    String channel();

    /** A notification arrived on the channel (on the listener thread: hand the work off, return at once). */
    void onNotify(String payload);

    /**
     * Read what may have been missed: called after the listen connection (re)opens and at every poll
     * ({@code campus.live.poll-every}), since a NOTIFY sent while not listening is lost.
     */
    void catchUp();
}
