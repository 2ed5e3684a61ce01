package org.campuscareers.outcome.graphql;

import java.time.LocalDate;
import org.campuscareers.outcome.DestinationCategory;
import org.campuscareers.outcome.Outcome;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Inputs and payloads of the destination mutations. */
public final class OutcomeInputs {

    private OutcomeInputs() {}

    @Input("ReportOutcomeInput")
    @Description("A destination report: a graduate's own, or staff's for a graduate (`graduateId`).")
    public record ReportOutcomeInput(
            @Id @Description("The graduate (staff only; a graduate reports for itself).")
            String graduateId,

            @NonNull @Description("The destination in the Ministry's categories.")
            DestinationCategory category,

            @Description("The employer, school or programme, at most 200 characters; required for"
                    + " EMPLOYMENT_AGREEMENT, LABOUR_CONTRACT, RESEARCH_ASSISTANT and FURTHER_STUDY.")
            String organization,

            @Description("Where, at most 100 characters.") String region,
            @Description("When it starts.") LocalDate startsOn,

            @Description("Monthly salary in yuan, 0 to 1,000,000.")
            Integer monthlySalary,

            @Id @Description("The posting the destination came from, if any.")
            String postingId,

            @Description("What proves it, at most 1000 characters (needed before staff can verify OTHER_EMPLOYMENT,"
                    + " RESEARCH_ASSISTANT or FREELANCE).")
            String evidenceNote,

            @Description("How staff learnt it (required when staff record for a graduate), at most 1000 characters;"
                    + " visible to staff only.")
            String note) {}

    @Type("ReportOutcomePayload")
    @Description("The result of reportOutcome.")
    public record ReportOutcomePayload(
            @NonNull @Description("The new current destination; the one it superseded is in its history.")
            Outcome outcome) {}

    @Input("VerifyOutcomeInput")
    @Description("Staff verify or reject a graduate's current destination.")
    public record VerifyOutcomeInput(
            @NonNull @Id @Description("The destination (its current version).")
            String outcomeId,

            @NonNull @Description("True to verify, false to reject.")
            Boolean approve,

            @Description("Why it is rejected (required to reject), at most 1000 characters.")
            String reason,

            @Description("The evidence staff checked, at most 1000 characters; replaces the destination's evidence"
                    + " note.")
            String evidenceNote) {}

    @Type("VerifyOutcomePayload")
    @Description("The result of verifyOutcome.")
    public record VerifyOutcomePayload(
            @NonNull @Description("The destination, VERIFIED or REJECTED.")
            Outcome outcome) {}
}
