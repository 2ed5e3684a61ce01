package org.campuscareers.application;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ApplicationFilter")
@Description("Narrows a list of applications; all given conditions must hold.")
public record ApplicationFilter(
        @Id @Description("Only applications to this posting.")
        String postingId,

        @Id @Description("Only applications to this employer's postings.")
        String employerId,

        @Description("Only these statuses.") @Nullable List<@NonNull ApplicationStatus> statuses) {}
