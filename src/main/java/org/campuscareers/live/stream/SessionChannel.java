package org.campuscareers.live.stream;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.campuscareers.common.graphql.SharedRenderings;
import org.campuscareers.live.RecruitmentSession;

/** One session's subscribers on this replica, and how far the hub has read its event log. */
final class SessionChannel {

    private final List<SessionSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private long lastSeq;
    private RecruitmentSession session;
    private Map<Long, SharedRenderings> renderings = new HashMap<>();

    SessionChannel(long lastSeq, RecruitmentSession session) {
        this.lastSeq = lastSeq;
        this.session = session;
    }

    void add(SessionSubscriber subscriber) {
        subscribers.add(subscriber);
    }

    void remove(SessionSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    List<SessionSubscriber> subscribers() {
        return subscribers;
    }

    int size() {
        return subscribers.size();
    }

    /** Viewers: one per connection, however many subscriptions it holds to this session. */
    int viewers() {
        java.util.Set<Object> connections = new java.util.HashSet<>();
        int without = 0;
        for (SessionSubscriber subscriber : subscribers) {
            Object key = subscriber.connectionKey();
            if (key == null) {
                without++;
            } else {
                connections.add(key);
            }
        }
        return connections.size() + without;
    }

    boolean isEmpty() {
        return subscribers.isEmpty();
    }

    long lastSeq() {
        return lastSeq;
    }

    void advance(long seq) {
        lastSeq = Math.max(lastSeq, seq);
    }

    RecruitmentSession session() {
        return session;
    }

    void refresh(RecruitmentSession current) {
        if (current != null) {
            session = current;
        }
    }

    /**
     * Starts a delivery round: event results kept for the previous round are let go, since the
     * session they show may have changed since. Only the dispatcher thread calls this.
     */
    void newRound() {
        renderings = new HashMap<>();
    }

    /** Where this round keeps the results of one event, shared by all its subscribers. */
    SharedRenderings renderingsOf(long seq) {
        return renderings.computeIfAbsent(seq, s -> new SharedRenderings());
    }
}
