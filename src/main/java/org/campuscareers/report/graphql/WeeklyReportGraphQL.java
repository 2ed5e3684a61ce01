package org.campuscareers.report.graphql;

import jakarta.annotation.security.RolesAllowed;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.report.WeeklyReportFilter;
import org.campuscareers.report.WeeklyReportService;
import org.campuscareers.report.graphql.ReportInputs.IssueWeeklyReportsInput;
import org.campuscareers.report.graphql.ReportInputs.IssueWeeklyReportsPayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class WeeklyReportGraphQL {

    private final WeeklyReportService service;

    public WeeklyReportGraphQL(WeeklyReportService service) {
        this.service = service;
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Query("weeklyReports")
    @NonNull
    @Description("Issued weekly reports, the latest week first, the university's before the colleges' (staff).")
    public WeeklyReportConnection weeklyReports(
            @Name("first") Integer first, @Name("after") String after, @Name("filter") WeeklyReportFilter filter) {
        return new WeeklyReportConnection(service.list(filter, PageRequest.of(first, after)));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("issueWeeklyReports")
    @NonNull
    @Description("Issue a week's reports (staff): one per college the week's cohort names and one for the"
            + " university. Issued reports never change: issuing the week again returns them. Also runs by itself"
            + " every Monday for the week before (`campus.reports.schedule`).")
    public IssueWeeklyReportsPayload issueWeeklyReports(@NonNull @Name("input") IssueWeeklyReportsInput input) {
        return new IssueWeeklyReportsPayload(service.issueWeeklyReports(input.weekStarting()));
    }
}
