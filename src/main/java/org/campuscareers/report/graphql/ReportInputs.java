package org.campuscareers.report.graphql;

import java.time.LocalDate;
import java.util.List;
import org.campuscareers.report.WeeklyReport;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Inputs and payloads of the report mutations. */
public final class ReportInputs {

    private ReportInputs() {}

    @Input("IssueWeeklyReportsInput")
    @Description("Which week's reports to issue.")
    public record IssueWeeklyReportsInput(
            @NonNull @Description("The Monday the week starts on (campus time); the week must have ended.")
            LocalDate weekStarting) {}

    @Type("IssueWeeklyReportsPayload")
    @Description("The result of issueWeeklyReports.")
    public record IssueWeeklyReportsPayload(
            @NonNull @Description("The week's reports, the university's first, then each college's by name.")
            List<@NonNull WeeklyReport> reports) {}
}
