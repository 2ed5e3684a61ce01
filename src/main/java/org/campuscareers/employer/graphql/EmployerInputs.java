package org.campuscareers.employer.graphql;

import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerInvitation;
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

    @Input("SuspendEmployerInput")
    @Description("A verified employer staff suspend, and why.")
    public record SuspendEmployerInput(
            @NonNull @Id @Description("The employer to suspend.")
            String employerId,

            @NonNull @Description("Why, 1 to 1000 characters; its members see it as statusReason.")
            String reason) {}

    @Type("SuspendEmployerPayload")
    @Description("The result of suspendEmployer.")
    public record SuspendEmployerPayload(
            @NonNull @Description("The employer, now SUSPENDED.")
            Employer employer) {}

    @Input("ReinstateEmployerInput")
    @Description("A suspended employer staff reinstate, and why.")
    public record ReinstateEmployerInput(
            @NonNull @Id @Description("The employer to reinstate.")
            String employerId,

            @NonNull @Description("Why, 1 to 1000 characters.")
            String reason) {}

    @Type("ReinstateEmployerPayload")
    @Description("The result of reinstateEmployer.")
    public record ReinstateEmployerPayload(
            @NonNull @Description("The employer, VERIFIED again.")
            Employer employer) {}

    @Input("AddEmployerMemberInput")
    @Description("Another user invited to act for an employer.")
    public record AddEmployerMemberInput(
            @NonNull @Id @Description("The employer.") String employerId,

            @NonNull @Description("The user's OIDC subject (the token's `sub`).")
            String subject) {}

    @Type("AddEmployerMemberPayload")
    @Description("The result of addEmployerMember: an invitation the user must accept to become a member.")
    public record AddEmployerMemberPayload(
            @NonNull @Description("The employer.") Employer employer,

            @NonNull @Description("The invitation, to pass on to the invited user (it expires after 7 days).")
            EmployerInvitation invitation) {}

    @Input("AcceptEmployerInvitationInput")
    @Description("An invitation the caller accepts.")
    public record AcceptEmployerInvitationInput(
            @NonNull @Id @Description("The invitation.") String invitationId) {}

    @Type("AcceptEmployerInvitationPayload")
    @Description("The result of acceptEmployerInvitation.")
    public record AcceptEmployerInvitationPayload(
            @NonNull @Description("The employer the caller now acts for.")
            Employer employer) {}

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

    @Input("RevokeEmployerInvitationInput")
    @Description("A pending invitation the employer takes back.")
    public record RevokeEmployerInvitationInput(
            @NonNull @Id @Description("The invitation.") String invitationId) {}

    @Type("RevokeEmployerInvitationPayload")
    @Description("The result of revokeEmployerInvitation.")
    public record RevokeEmployerInvitationPayload(
            @NonNull @Description("The invitation, now REVOKED.")
            EmployerInvitation invitation) {}
}
