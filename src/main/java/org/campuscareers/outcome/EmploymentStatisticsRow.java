package org.campuscareers.outcome;

import java.util.List;
import org.campuscareers.common.Degree;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EmploymentStatisticsRow")
@Description("Employment figures of one group of a cohort's graduates. The first row is the whole selection;"
        + " then each group and its subgroups, in the order of `groupBy` (a rollup).")
public record EmploymentStatisticsRow(
        @Description("The college, if the row is grouped by college (null there: no college on the profile).")
        String college,

        @Description("The major, if the row is grouped by major.")
        String major,

        @Description("The degree, if the row is grouped by degree.")
        Degree degree,

        @NonNull @Description("What this row is grouped by; empty for the whole selection.")
        List<@NonNull StatisticsDimension> dimensions,

        @NonNull @Description("Graduates of the cohort in the group.")
        int graduates,

        @NonNull @Description("Graduates with a current destination that staff have not rejected.")
        int knownOutcomes,

        @NonNull @Description("knownOutcomes / graduates (0 to 1; 0 without graduates).")
        double knowledgeRate,

        @NonNull
        @Description("NACE outcome rate: known destinations that are EMPLOYED, SERVICE or CONTINUING_EDUCATION /"
                + " knownOutcomes.")
        double outcomeRate,

        @NonNull
        @Description("落实率: destinations in every category but SEEKING and NOT_SEEKING / graduates of the cohort.")
        double placementRate,

        @NonNull @Description("Graduates by current destination category, every category in order.")
        List<@NonNull CategoryCount> byCategory,

        @NonNull
        @Description("Share of the placed destinations that are flexible employment or start-ups (OTHER_EMPLOYMENT,"
                + " FREELANCE, ENTREPRENEURSHIP); 0 when none is placed.")
        double flexibleShare,

        @NonNull
        @Description("The Ministry's warning sign: flexibleShare is more than `campus.outcomes.flexible-share-margin`"
                + " above the whole selection's.")
        boolean flexibleShareFlagged) {}
