package org.campuscareers.live.stream;

import io.smallrye.mutiny.subscription.MultiEmitter;
import java.util.List;
import org.campuscareers.live.Notification;

/**
 * One user's {@code myNotifications} stream on this replica, with the number of the last
 * notification of its inbox it passed on. Only the notification hub's dispatcher thread calls it.
 */
final class NotificationSubscriber {

    private final StreamViewer viewer;
    private final SubscriberConnection connection;
    private final MultiEmitter<? super Notification> emitter;
    private long position;

    NotificationSubscriber(
            StreamViewer viewer, SubscriberConnection connection, MultiEmitter<? super Notification> emitter) {
        this.viewer = viewer;
        this.connection = connection;
        this.emitter = emitter;
    }

    String subject() {
        return viewer.subject();
    }

    long position() {
        return position;
    }

    void startAfter(long seq) {
        position = seq;
    }

    /** Passes on, in order, the notifications it has not passed on yet. */
    void deliver(List<Notification> notifications) {
        for (Notification notification : notifications) {
            if (notification.getSeq() > position) {
                position = notification.getSeq();
                // Fields such as `about` resolve as the recipient: what it may see is theirs.
                SessionSubscriber.withIdentity(viewer, () -> emitter.emit(notification));
            }
        }
    }

    void close(int code, String reason) {
        connection.close(code, reason);
        emitter.complete();
    }
}
