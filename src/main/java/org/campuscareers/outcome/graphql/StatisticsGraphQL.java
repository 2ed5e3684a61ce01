package org.campuscareers.outcome.graphql;

import io.smallrye.graphql.api.Nullable;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.campuscareers.common.Role;
import org.campuscareers.outcome.EmploymentStatisticsFilter;
import org.campuscareers.outcome.EmploymentStatisticsRow;
import org.campuscareers.outcome.OutcomeService;
import org.campuscareers.outcome.StatisticsDimension;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class StatisticsGraphQL {

    private final OutcomeService service;

    public StatisticsGraphQL(OutcomeService service) {
        this.service = service;
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Query("employmentStatistics")
    @NonNull
    @Description("Employment statistics of a cohort (staff): the whole selection first, then a rollup by `groupBy`"
            + " in its order (by college: each college; by college and major: each college, then its majors).")
    public List<@NonNull EmploymentStatisticsRow> employmentStatistics(
            @NonNull @Name("filter") EmploymentStatisticsFilter filter,
            @Name("groupBy") @Nullable List<@NonNull StatisticsDimension> groupBy) {
        return service.employmentStatistics(filter, groupBy);
    }
}
