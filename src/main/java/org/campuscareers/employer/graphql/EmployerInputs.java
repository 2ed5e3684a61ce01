package org.campuscareers.employer.graphql;

import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerKind;
import org.campuscareers.employer.Industry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Inputs and payloads of the employer mutations. */
public final class EmployerInputs {

    private EmployerInputs() {}

    @Input("RegisterEmployerInput")
    @Description("An organisation to register; the caller becomes its first member.")
    public record RegisterEmployerInput(
            @NonNull @Description("The organisation's name, 1 to 200 characters.")
            String name,

            @NonNull @Description("What kind of organisation it is.")
            EmployerKind kind,

            @NonNull @Description("The industry it works in.")
            Industry industry,

            @NonNull @Description("Where it is, 1 to 100 characters.")
            String region,

            @Description("What it does, at most 5000 characters.")
            String description) {}

    @Type("RegisterEmployerPayload")
    @Description("The result of registerEmployer.")
    public record RegisterEmployerPayload(
            @NonNull @Description("The new employer, pending verification.")
            Employer employer) {}

    @Input("VerifyEmployerInput")
    @Description("Staff's decision on an employer pending verification.")
    public record VerifyEmployerInput(
            @NonNull @Id @Description("The employer to decide on.")
            String employerId,

            @NonNull @Description("True to verify, false to reject.")
            Boolean approve,

            @Description("Why; required when rejecting, at most 1000 characters.")
            String reason) {}

    @Type("VerifyEmployerPayload")
    @Description("The result of verifyEmployer.")
    public record VerifyEmployerPayload(
            @NonNull @Description("The employer after the decision.")
            Employer employer) {}

    @Input("AddEmployerMemberInput")
    @Description("Another user who may act for an employer.")
    public record AddEmployerMemberInput(
            @NonNull @Id @Description("The employer.") String employerId,

            @NonNull @Description("The user's OIDC subject (the token's `sub`).")
            String subject) {}

    @Type("AddEmployerMemberPayload")
    @Description("The result of addEmployerMember.")
    public record AddEmployerMemberPayload(
            @NonNull @Description("The employer.") Employer employer) {}

    @Input("RemoveEmployerMemberInput")
    @Description("A user who should no longer act for an employer.")
    public record RemoveEmployerMemberInput(
            @NonNull @Id @Description("The employer.") String employerId,

            @NonNull @Description("The member's OIDC subject (the token's `sub`).")
            String subject) {}

    @Type("RemoveEmployerMemberPayload")
    @Description("The result of removeEmployerMember.")
    public record RemoveEmployerMemberPayload(
            @NonNull @Description("The employer.") Employer employer) {}
}
