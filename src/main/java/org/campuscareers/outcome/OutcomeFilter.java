package org.campuscareers.outcome;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OutcomeFilter")
@Description("Narrows a list of current destinations; all given conditions must hold.")
public record OutcomeFilter(
        @Description("Only this cohort (graduation year).") Integer cohortYear,

        @Description("Only graduates of these colleges (as on their profiles, normalised).") @Nullable
        List<@NonNull String> colleges,

        @Description("Only these categories.") @Nullable List<@NonNull DestinationCategory> categories,

        @Description("Only these evidence states.") @Nullable
        List<@NonNull EvidenceStatus> evidence) {}
