package org.campuscareers.guidance;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AppointmentFilter")
@Description("Narrows a list of appointments; all given conditions must hold.")
public record AppointmentFilter(
        @Id @Description("Only appointments of this slot.") String slotId,

        @Id @Description("Only this graduate's appointments (staff).")
        String graduateId,

        @Description("Only these statuses.") @Nullable List<@NonNull AppointmentStatus> statuses) {}
