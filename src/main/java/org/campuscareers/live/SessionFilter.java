package org.campuscareers.live;

import io.smallrye.graphql.api.Nullable;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RecruitmentSessionFilter")
@Description("Narrows a list of recruitment sessions; all given conditions must hold.")
public record SessionFilter(
        @Description("Only these statuses.") @Nullable List<@NonNull RecruitmentSessionStatus> statuses,

        @Id @Description("Only sessions this employer hosts.")
        String hostEmployerId,

        @Description("Only sessions starting at or after this time.")
        OffsetDateTime startsAfter) {}
