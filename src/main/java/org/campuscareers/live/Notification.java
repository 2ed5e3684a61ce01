package org.campuscareers.live;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Notification")
@Description("Something the signed-in user wants to know about at once.")
public record Notification(
        @NonNull @Description("What happened.") SessionEventType type,
        @NonNull @Description("When it happened.") OffsetDateTime occurredAt,

        @NonNull @Description("The session it is about; for SESSION_STARTED, one the user registered for.")
        RecruitmentSession session) {}
