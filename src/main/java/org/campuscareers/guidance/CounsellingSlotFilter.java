package org.campuscareers.guidance;

import io.smallrye.graphql.api.Nullable;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CounsellingSlotFilter")
@Description("Narrows a list of counselling slots; all given conditions must hold.")
public record CounsellingSlotFilter(
        @Description("Only slots starting at or after this time; default now (upcoming slots).")
        OffsetDateTime from,

        @Description("Only slots starting before this time.")
        OffsetDateTime to,

        @Description("Only slots offering at least one of these topics.") @Nullable
        List<@NonNull CounsellingTopic> topics,

        @Description("Only slots with a free place.") Boolean onlyAvailable) {}
