package org.campuscareers.report;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("WeeklyReportFilter")
@Description("Narrows a list of weekly reports; all given conditions must hold.")
public record WeeklyReportFilter(
        @Description("Only this college's reports (normalised as profiles are).")
        String college,

        @Description("Only reports on this cohort.") Integer cohortYear,

        @Description("Only the reports of the week starting on this Monday.")
        LocalDate weekStarting) {}
