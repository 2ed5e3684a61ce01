package org.campuscareers.employer;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EmployerFilter")
@Description("Narrows a list of employers; all given conditions must hold.")
public record EmployerFilter(
        @Description("Text the employer's name contains, whatever its case.")
        String search,

        @Description("Only these kinds.") @Nullable List<@NonNull EmployerKind> kinds,
        @Description("Only these industries.") @Nullable List<@NonNull Industry> industries,

        @Description("Only these regions (exact names).") @Nullable
        List<@NonNull String> regions,

        @Description("Only these statuses; callers other than staff see only verified employers and their own.")
        @Nullable
        List<@NonNull EmployerStatus> statuses) {}
