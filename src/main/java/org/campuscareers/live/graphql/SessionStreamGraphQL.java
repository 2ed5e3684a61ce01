package org.campuscareers.live.graphql;

import io.netty.channel.Channel;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.EnginePatch;
import org.campuscareers.common.Role;
import org.campuscareers.live.Notification;
import org.campuscareers.live.SessionEvent;
import org.campuscareers.live.stream.EventHub;
import org.campuscareers.live.stream.NotificationHub;
import org.campuscareers.live.stream.SessionCursor;
import org.campuscareers.live.stream.StreamAdmission;
import org.campuscareers.live.stream.StreamViewer;
import org.campuscareers.live.stream.SubscriberConnection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class SessionStreamGraphQL {

    private final EventHub hub;
    private final NotificationHub notifications;
    private final Caller caller;
    private final CurrentIdentityAssociation identity;
    private final CurrentVertxRequest request;
    private final StreamAdmission admission;

    public SessionStreamGraphQL(
            EventHub hub,
            NotificationHub notifications,
            Caller caller,
            CurrentIdentityAssociation identity,
            CurrentVertxRequest request,
            StreamAdmission admission) {
        this.hub = hub;
        this.notifications = notifications;
        this.caller = caller;
        this.identity = identity;
        this.request = request;
        this.admission = admission;
    }

    @PermitAll
    @Subscription("sessionEvents")
    @NonNull
    @Description("Everything that happens in one session, in order, once each. `after` replays what came after that"
            + " cursor, then continues live with neither gap nor repeat. Anyone may watch; a viewer gets events about"
            + " others' pending or hidden questions only as a host or staff.")
    public Multi<SessionEvent> sessionEvents(
            @NonNull @Id @Name("sessionId") String sessionId, @Name("after") String after) {
        long id = SessionGraphQL.sessionId(sessionId);
        Long position = after == null ? null : SessionCursor.seqOf(after, id);
        // Subscriptions resolve on the event loop: only this one indexed lookup happens here, so that
        // an unknown session fails now, with NOT_FOUND; the rest happens on the dispatcher thread.
        long last = hub.lastSeqOf(id, caller.isStaff());
        if (last < 0) {
            throw ApiException.notFound("Recruitment session");
        }
        if (position != null && position > last) {
            throw ApiException.badInput("after", "after is ahead of this session's events");
        }
        String subject = caller.isSignedIn() ? caller.subject() : null;
        StreamViewer viewer = new StreamViewer(subject, caller.isStaff(), false, identity.getIdentity());
        SubscriberConnection connection = connection();
        long from = position == null ? last : position;
        return admission.admit(viewer, connection, () -> hub.subscribe(id, viewer, from, connection));
    }

    @RolesAllowed(Role.GRADUATE)
    @Subscription("myNotifications")
    @NonNull
    @Description("The signed-in graduate's notifications from now on, each once and in order, whichever replica it is"
            + " connected to: SESSION_STARTED for a session it registered for, a place confirmed at a counselling"
            + " appointment or guidance event (booked or promoted from the waitlist), and reminders the day before.")
    public Multi<Notification> myNotifications() {
        String subject = caller.requireRole(Role.GRADUATE);
        StreamViewer viewer = new StreamViewer(subject, caller.isStaff(), false, identity.getIdentity());
        SubscriberConnection connection = connection();
        return admission.admit(viewer, connection, () -> notifications.subscribe(viewer, connection));
    }

    /**
     * The websocket under this subscription, to notice a client that stops reading: Netty's channel,
     * which only Vert.x's internal connection class gives (an engine patch).
     */
    private SubscriberConnection connection() {
        RoutingContext context = request.getCurrent();
        if (context != null && context.request().connection() instanceof io.vertx.core.net.impl.ConnectionBase base) {
            Channel channel = base.channel();
            EnginePatch.SUBSCRIBER_WRITABILITY.applied();
            return new SubscriberConnection(channel);
        }
        EnginePatch.SUBSCRIBER_WRITABILITY.broken(
                "a subscriber that stops reading is never closed",
                new IllegalStateException("The subscription's connection is "
                        + (context == null
                                ? "unknown"
                                : context.request().connection().getClass().getName())));
        return SubscriberConnection.none();
    }
}
