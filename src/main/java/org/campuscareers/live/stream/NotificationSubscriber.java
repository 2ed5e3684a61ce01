package org.campuscareers.live.stream;

import io.smallrye.mutiny.subscription.MultiEmitter;
import org.campuscareers.live.Notification;

/** One user's `myNotifications` stream on this replica. */
final class NotificationSubscriber {

    private final StreamViewer viewer;
    private final SubscriberConnection connection;
    private final MultiEmitter<? super Notification> emitter;

    NotificationSubscriber(
            StreamViewer viewer, SubscriberConnection connection, MultiEmitter<? super Notification> emitter) {
        this.viewer = viewer;
        this.connection = connection;
        this.emitter = emitter;
    }

    String subject() {
        return viewer.subject();
    }

    void send(Notification notification) {
        SessionSubscriber.withIdentity(viewer, () -> emitter.emit(notification));
    }

    void close(int code, String reason) {
        connection.close(code, reason);
        emitter.complete();
    }
}
