package org.campuscareers.guidance;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("GuidanceRegistrationFilter")
@Description("Narrows a list of guidance registrations; all given conditions must hold.")
public record GuidanceRegistrationFilter(
        @Id @Description("Only registrations for this event.")
        String eventId,

        @Id @Description("Only this graduate's registrations (staff).")
        String graduateId,

        @Description("Only these statuses.") @Nullable List<@NonNull GuidanceRegistrationStatus> statuses) {}
