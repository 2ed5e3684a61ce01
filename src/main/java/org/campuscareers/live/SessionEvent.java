package org.campuscareers.live;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SessionEvent")
@Description("Something that happened in a recruitment session, as one viewer may see it.")
public record SessionEvent(
        @NonNull @Description("Pass as `after` when resubscribing to continue right after this event.") String cursor,
        @NonNull @Description("What happened.") SessionEventType type,
        @NonNull @Description("When it happened.") OffsetDateTime occurredAt,
        @Description("The question, as it was right after the change, for question events.") Question question,
        @NonNull @Description("The session, as it is now.") RecruitmentSession session,
        @Description("Viewers across all replicas, for VIEWER_COUNT_CHANGED.") Integer viewerCount) {
}
