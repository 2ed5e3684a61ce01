package org.campuscareers.live.graphql;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolvers;
import org.campuscareers.live.Notification;
import org.campuscareers.live.RecruitmentSession;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * The object a notification is about, found as {@code node(id:)} finds it, as the recipient may
 * see it: whichever feature sent the notification, its own rules decide what shows.
 */
// Only @Source fields of a type that only a subscription returns: Quarkus does not register it for
// the native image by itself (the native-sources check found it missing).
@RegisterForReflection
@GraphQLApi
public class NotificationGraphQL {

    private final NodeResolvers nodes;

    public NotificationGraphQL(NodeResolvers nodes) {
        this.nodes = nodes;
    }

    @Name("about")
    @Description("The object the notification is about (a RecruitmentSession, Appointment or GuidanceRegistration;"
            + " see `type`), as it is now; null if the recipient may no longer see it.")
    public Node about(@Source Notification notification) {
        return nodes.find(notification.getAboutType(), notification.getAboutId());
    }

    @Name("session")
    @Description("The session, for SESSION_STARTED (the same object as `about`); null for other types.")
    public RecruitmentSession session(@Source Notification notification) {
        return RecruitmentSession.TYPE.equals(notification.getAboutType())
                ? (RecruitmentSession) nodes.find(RecruitmentSession.TYPE, notification.getAboutId())
                : null;
    }
}
