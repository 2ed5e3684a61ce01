package org.campuscareers.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SessionStatistics")
@Description("What a session achieved, for its hosts and staff.")
public record SessionStatistics(
        @Ignore long sessionId,

        @NonNull @Description("The most viewers watching at once, across all replicas.")
        int viewersPeak,

        @NonNull @Description("Graduates registered.") int registrations,
        @NonNull @Description("Questions asked.") int questions,
        @NonNull @Description("Questions answered.") int answeredQuestions) {}
