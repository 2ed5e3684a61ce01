package org.campuscareers.live.stream;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.campuscareers.live.Question;
import org.campuscareers.live.QuestionVisibility;
import org.campuscareers.live.QuestionVisibility.Delivery;
import org.campuscareers.live.SessionEvent;
import org.campuscareers.live.SessionEventType;
import org.campuscareers.live.StoredEvent;

/**
 * One viewer's subscription to one session. It keeps its own position (the last event number it
 * has passed on or skipped), so each event reaches it once and in order: events at or before the
 * position are dropped, and a gap before a newer event is filled from the log first. What it passes
 * on of an event about a question is {@link QuestionVisibility#deliveryOf}'s decision: the event,
 * a QUESTION_REMOVED with only the question's id, or nothing. Only the dispatcher thread calls it.
 */
final class SessionSubscriber {

    private final EventHub hub;
    private final long sessionId;
    private StreamViewer viewer;
    private final SubscriberConnection connection;
    private final MultiEmitter<? super SessionEvent> emitter;
    private final Duration stallLimit;
    private final Set<Long> upvoted = new HashSet<>();
    private long position;
    private boolean closed;
    private boolean catchingUp;

    SessionSubscriber(
            EventHub hub,
            long sessionId,
            StreamViewer viewer,
            long position,
            SubscriberConnection connection,
            MultiEmitter<? super SessionEvent> emitter,
            Duration stallLimit) {
        this.hub = hub;
        this.sessionId = sessionId;
        this.viewer = viewer;
        this.position = position;
        this.connection = connection;
        this.emitter = emitter;
        this.stallLimit = stallLimit;
    }

    long sessionId() {
        return sessionId;
    }

    StreamViewer viewer() {
        return viewer;
    }

    Object connectionKey() {
        return connection.key();
    }

    /** What only the database knows of the viewer: whether it hosts the session, what it upvoted. */
    void learn(boolean host, Set<Long> questionIds) {
        if (host) {
            viewer = new StreamViewer(viewer.subject(), viewer.staff(), true, viewer.identity());
        }
        upvoted.addAll(questionIds);
    }

    /**
     * One bounded step of a replay: at most {@link EventHub#REPLAY_BATCH} events after the
     * position. Returns whether more remain; the hub then runs the next step as a later task, so
     * that one long replay (a forged or ancient {@code after}) never holds up the deliveries of
     * every other subscriber of the replica. While it catches up, live events are left to it.
     */
    boolean catchUpStep(SessionChannel channel) {
        catchingUp = true;
        List<StoredEvent> events = hub.after(sessionId, position, EventHub.REPLAY_BATCH);
        for (StoredEvent event : events) {
            if (closed) {
                break;
            }
            if (event.seq() > position) {
                pass(event, channel);
            }
        }
        catchingUp = events.size() == EventHub.REPLAY_BATCH && !closed;
        return catchingUp;
    }

    void deliver(List<StoredEvent> events, SessionChannel channel) {
        if (catchingUp) {
            return; // its replay reads these from the log in turn
        }
        for (StoredEvent event : events) {
            if (closed) {
                return;
            }
            if (event.seq() <= position) {
                continue;
            }
            if (event.seq() > position + EventHub.REPLAY_BATCH) {
                catchingUp = true; // too far behind to fill the gap in one go
                hub.catchUpLater(this, channel);
                return;
            }
            if (event.seq() > position + 1) {
                for (StoredEvent missed : hub.between(sessionId, position, event.seq() - 1)) {
                    if (closed) {
                        return;
                    }
                    pass(missed, channel);
                }
            }
            pass(event, channel);
        }
    }

    private void pass(StoredEvent event, SessionChannel channel) {
        position = event.seq();
        if (event.isAboutQuestion()
                && viewer.subject() != null
                && viewer.subject().equals(event.actorSubject())) {
            if (StoredEvent.UPVOTED.equals(event.change())) {
                upvoted.add(event.question().id());
            } else if (StoredEvent.UPVOTE_REMOVED.equals(event.change())) {
                upvoted.remove(event.question().id());
            }
        }
        QuestionVisibility.Viewer questionViewer = viewer.questionViewer();
        Delivery delivery = event.isAboutQuestion()
                ? QuestionVisibility.deliveryOf(event.question(), event.questionStatusNow(), questionViewer)
                : Delivery.SHOWN;
        if (delivery == Delivery.NONE) {
            return;
        }
        if (connection.stalledFor().compareTo(stallLimit) > 0) {
            close(
                    4000,
                    "Subscriber fell behind: reconnect and resume with after = "
                            + SessionCursor.of(sessionId, position - 1));
            hub.removeLater(this);
            return;
        }
        boolean seesAuthor = false;
        boolean upvotedIt = false;
        Supplier<Question> question = null;
        SessionEventType type = event.type();
        if (delivery == Delivery.REMOVED) {
            type = SessionEventType.QUESTION_REMOVED;
            question = () -> Question.removed(event.question(), event.occurredAt());
        } else if (event.isAboutQuestion()) {
            seesAuthor = QuestionVisibility.seesAuthor(event.question().anonymous(), questionViewer);
            upvotedIt = upvoted.contains(event.question().id());
            boolean authorShown = seesAuthor;
            boolean upvotedShown = upvotedIt;
            // A copy of its own for each viewer it is executed for: the viewer-dependent fields differ.
            question = () -> {
                Question copy = Question.fromSnapshot(event.question());
                copy.showTo(authorShown, upvotedShown);
                return copy;
            };
        }
        // Viewers with equal audiences see this event alike, so it is executed once for all of
        // them (the anonymous viewers of a livestream page, above all). Signed-in viewers are told
        // apart by subject, since nested session fields such as viewerHasRegistered are theirs.
        Audience audience =
                new Audience(viewer.subject(), viewer.staff(), viewer.host(), seesAuthor, upvotedIt, delivery);
        SessionEvent shown = new SessionEvent(
                SessionCursor.of(sessionId, event.seq()),
                type,
                event.occurredAt(),
                question,
                channel.session(),
                event.viewerCount(),
                audience,
                channel.renderingsOf(event.seq()));
        // Counted before the hand-off: the emitter's downstream can write the event to the viewer's
        // websocket before emit returns, so a count taken after it could lag what viewers have
        // already received (LiveSessionTest read four deliveries after all five viewers had theirs).
        hub.countDelivery();
        withIdentity(viewer, () -> emitter.emit(shown));
    }

    /** What about a viewer can change how an event renders for it. */
    private record Audience(
            String subject, boolean staff, boolean host, boolean seesAuthor, boolean upvoted, Delivery delivery) {}

    void close(int code, String reason) {
        if (!closed) {
            closed = true;
            connection.close(code, reason);
            emitter.complete();
        }
    }

    /** Runs the emission in a request context of the viewer, so nested fields resolve as that viewer. */
    static void withIdentity(StreamViewer viewer, Runnable emission) {
        asViewer(viewer, () -> {
            emission.run();
            return null;
        });
    }

    /** Computes something as the viewer: in a request context whose identity is the viewer's. */
    static <T> T asViewer(StreamViewer viewer, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return work.get();
        }
        requestContext.activate();
        try {
            if (viewer.identity() != null) {
                Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(viewer.identity());
            }
            return work.get();
        } finally {
            requestContext.terminate();
        }
    }
}
