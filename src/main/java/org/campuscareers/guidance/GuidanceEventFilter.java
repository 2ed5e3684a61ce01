package org.campuscareers.guidance;

import io.smallrye.graphql.api.Nullable;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("GuidanceEventFilter")
@Description("Narrows a list of guidance events; all given conditions must hold.")
public record GuidanceEventFilter(
        @Description("Only these kinds.") @Nullable List<@NonNull GuidanceEventKind> kinds,

        @Description("Only events starting at or after this time; default: events that have not ended.")
        OffsetDateTime from,

        @Description("Only events starting before this time.")
        OffsetDateTime to) {}
