package org.campuscareers.outcome;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.campuscareers.common.Degree;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EmploymentStatisticsFilter")
@Description("Which graduates employment statistics count.")
public record EmploymentStatisticsFilter(
        @NonNull @Description("The cohort: graduates whose graduation year this is.")
        Integer cohortYear,

        @Description("Only graduates of these colleges (normalised as profiles are).") @Nullable
        List<@NonNull String> colleges,

        @Description("Only graduates earning these degrees.") @Nullable
        List<@NonNull Degree> degrees) {}
