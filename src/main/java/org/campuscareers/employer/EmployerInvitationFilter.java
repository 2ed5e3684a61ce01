package org.campuscareers.employer;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EmployerInvitationFilter")
@Description("Narrows an employer's invitations.")
public record EmployerInvitationFilter(
        @Description("Only invitations in these states (for example [PENDING]); all states when absent or empty.")
        @Nullable
        List<@NonNull EmployerInvitationState> states) {}
