package org.campuscareers.graduate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Education")
@Description("A period of study on a resume.")
public record Education(
        @NonNull @Description("The school or university.") String school,
        @Description("The degree earned or being earned.") org.campuscareers.common.Degree degree,
        @Description("The major.") String major,
        @Description("First year of study.") Integer startYear,

        @Description("Last year of study, or the expected one.")
        Integer endYear) {}
