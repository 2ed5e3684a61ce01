package org.campuscareers.employer.graphql;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.common.graphql.Viewer;
import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerFilter;
import org.campuscareers.employer.EmployerInvitation;
import org.campuscareers.employer.EmployerInvitationFilter;
import org.campuscareers.employer.EmployerService;
import org.campuscareers.employer.EmployerStatusChange;
import org.campuscareers.employer.graphql.EmployerInputs.AcceptEmployerInvitationInput;
import org.campuscareers.employer.graphql.EmployerInputs.AcceptEmployerInvitationPayload;
import org.campuscareers.employer.graphql.EmployerInputs.AddEmployerMemberInput;
import org.campuscareers.employer.graphql.EmployerInputs.AddEmployerMemberPayload;
import org.campuscareers.employer.graphql.EmployerInputs.RegisterEmployerInput;
import org.campuscareers.employer.graphql.EmployerInputs.RegisterEmployerPayload;
import org.campuscareers.employer.graphql.EmployerInputs.ReinstateEmployerInput;
import org.campuscareers.employer.graphql.EmployerInputs.ReinstateEmployerPayload;
import org.campuscareers.employer.graphql.EmployerInputs.RemoveEmployerMemberInput;
import org.campuscareers.employer.graphql.EmployerInputs.RemoveEmployerMemberPayload;
import org.campuscareers.employer.graphql.EmployerInputs.RevokeEmployerInvitationInput;
import org.campuscareers.employer.graphql.EmployerInputs.RevokeEmployerInvitationPayload;
import org.campuscareers.employer.graphql.EmployerInputs.SuspendEmployerInput;
import org.campuscareers.employer.graphql.EmployerInputs.SuspendEmployerPayload;
import org.campuscareers.employer.graphql.EmployerInputs.VerifyEmployerInput;
import org.campuscareers.employer.graphql.EmployerInputs.VerifyEmployerPayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class EmployerGraphQL {

    private final EmployerService service;

    public EmployerGraphQL(EmployerService service) {
        this.service = service;
    }

    @PermitAll
    @Query("employers")
    @NonNull
    @Description("Employers the caller may see: verified ones for everyone, plus the caller's own; staff see all.")
    public EmployerConnection employers(
            @Name("first") Integer first, @Name("after") String after, @Name("filter") EmployerFilter filter) {
        PageRequest request = PageRequest.of(first, after);
        return new EmployerConnection(service.list(filter, request));
    }

    @RolesAllowed(Role.EMPLOYER)
    @Mutation("registerEmployer")
    @NonNull
    @Description("Register an organisation the caller acts for (role employer). It waits for staff verification.")
    public RegisterEmployerPayload registerEmployer(@NonNull @Name("input") RegisterEmployerInput input) {
        return new RegisterEmployerPayload(service.registerEmployer(
                input.name(), input.kind(), input.industry(), input.region(), input.description()));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("verifyEmployer")
    @NonNull
    @Description("Verify or reject an employer (staff).")
    public VerifyEmployerPayload verifyEmployer(@NonNull @Name("input") VerifyEmployerInput input) {
        long id = GlobalId.require(Employer.TYPE, input.employerId(), "employerId");
        return new VerifyEmployerPayload(
                service.verifyEmployer(id, Boolean.TRUE.equals(input.approve()), input.reason()));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("suspendEmployer")
    @NonNull
    @Description("Suspend a verified employer (staff): its postings and sessions disappear for everyone but staff,"
            + " its members act for it in nothing, its live sessions end and its scheduled ones are cancelled."
            + " CONFLICT unless it is VERIFIED.")
    public SuspendEmployerPayload suspendEmployer(@NonNull @Name("input") SuspendEmployerInput input) {
        long id = GlobalId.require(Employer.TYPE, input.employerId(), "employerId");
        return new SuspendEmployerPayload(service.suspendEmployer(id, input.reason()));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("reinstateEmployer")
    @NonNull
    @Description("Lift an employer's suspension (staff): VERIFIED again, its postings as they were; ended and"
            + " cancelled sessions stay so. CONFLICT unless it is SUSPENDED.")
    public ReinstateEmployerPayload reinstateEmployer(@NonNull @Name("input") ReinstateEmployerInput input) {
        long id = GlobalId.require(Employer.TYPE, input.employerId(), "employerId");
        return new ReinstateEmployerPayload(service.reinstateEmployer(id, input.reason()));
    }

    @Authenticated
    @Mutation("addEmployerMember")
    @NonNull
    @Description("Invite another user to act for an employer (members of that employer, staff). The user becomes a"
            + " member when it accepts the invitation (acceptEmployerInvitation) within 7 days.")
    public AddEmployerMemberPayload addEmployerMember(@NonNull @Name("input") AddEmployerMemberInput input) {
        long id = GlobalId.require(Employer.TYPE, input.employerId(), "employerId");
        EmployerInvitation invitation = service.addEmployerMember(id, input.subject());
        return new AddEmployerMemberPayload(service.visible(id), invitation);
    }

    @RolesAllowed(Role.EMPLOYER)
    @Mutation("acceptEmployerInvitation")
    @NonNull
    @Description("Accept an invitation made to the caller (role employer), once, before it expires: the caller acts"
            + " for the employer from now on. NOT_FOUND for another user's invitation; CONFLICT if it was accepted"
            + " already, was revoked or has expired, or while the employer is suspended.")
    public AcceptEmployerInvitationPayload acceptEmployerInvitation(
            @NonNull @Name("input") AcceptEmployerInvitationInput input) {
        long id = GlobalId.require(EmployerInvitation.TYPE, input.invitationId(), "invitationId");
        return new AcceptEmployerInvitationPayload(service.acceptEmployerInvitation(id));
    }

    @RolesAllowed({Role.EMPLOYER, Role.STAFF, Role.ADMIN})
    @Mutation("revokeEmployerInvitation")
    @NonNull
    @Description("Take back a pending invitation (members of its employer, staff): it can no longer be accepted."
            + " NOT_FOUND for an invitation the caller may not see; FORBIDDEN for the invited user and for members"
            + " of a suspended employer; CONFLICT once it was accepted, revoked or has expired.")
    public RevokeEmployerInvitationPayload revokeEmployerInvitation(
            @NonNull @Name("input") RevokeEmployerInvitationInput input) {
        long id = GlobalId.require(EmployerInvitation.TYPE, input.invitationId(), "invitationId");
        return new RevokeEmployerInvitationPayload(service.revokeEmployerInvitation(id));
    }

    @Authenticated
    @Mutation("removeEmployerMember")
    @NonNull
    @Description("Stop a user acting for an employer (members of that employer, staff): from its next request on."
            + " NOT_FOUND if it is not a member; CONFLICT for the last member, unless staff remove it.")
    public RemoveEmployerMemberPayload removeEmployerMember(@NonNull @Name("input") RemoveEmployerMemberInput input) {
        long id = GlobalId.require(Employer.TYPE, input.employerId(), "employerId");
        return new RemoveEmployerMemberPayload(service.removeEmployerMember(id, input.subject()));
    }

    @NonNull
    @Description("The employers the caller acts for.")
    public List<@NonNull Employer> employers(@Source Viewer viewer) {
        return service.employersOfCaller();
    }

    @Name("employerInvitations")
    @NonNull
    @Description("Invitations to act for an employer made to the caller that it can still accept, newest first.")
    public List<@NonNull EmployerInvitation> employerInvitations(@Source Viewer viewer) {
        return service.invitationsOfCaller();
    }

    @Name("employerName")
    @NonNull
    @Description("The name of the employer the invitation is for.")
    public List<@NonNull String> employerName(@Source List<EmployerInvitation> invitations) {
        java.util.Map<Long, String> names = service.employerNames(invitations.stream()
                .map(EmployerInvitation::getEmployerId)
                .distinct()
                .toList());
        return invitations.stream().map(i -> names.get(i.getEmployerId())).toList();
    }

    @Name("members")
    @NonNull
    @Description("The OIDC subjects who act for this employer; visible to its members and staff, empty for others.")
    public List<@NonNull String> members(@Source Employer employer) {
        return service.members(employer);
    }

    @Name("statusReason")
    @Description("Why staff rejected or suspended the employer; visible to its members and staff.")
    public String statusReason(@Source Employer employer) {
        return service.statusReason(employer);
    }

    @Name("invitations")
    @NonNull
    @Description("The invitations the employer made, newest first, whatever their state unless filtered: for its"
            + " members (while it is suspended too) and staff; empty for everyone else.")
    public List<@NonNull EmployerInvitationConnection> invitations(
            @Source List<Employer> employers,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("filter") EmployerInvitationFilter filter) {
        Map<Long, Page<EmployerInvitation>> pages =
                service.invitationsOf(employers, filter, PageRequest.of(first, after));
        return employers.stream()
                .map(e -> new EmployerInvitationConnection(pages.get(e.getId())))
                .toList();
    }

    @Name("statusChanges")
    @NonNull
    @Description("Staff's suspensions and reinstatements of the employer, latest first: for its members (while it"
            + " is suspended too) and staff; empty for everyone else.")
    public List<@NonNull EmployerStatusChangeConnection> statusChanges(
            @Source List<Employer> employers, @Name("first") Integer first, @Name("after") String after) {
        Map<Long, Page<EmployerStatusChange>> pages = service.statusChangesOf(employers, PageRequest.of(first, after));
        return employers.stream()
                .map(e -> new EmployerStatusChangeConnection(pages.get(e.getId())))
                .toList();
    }

    @Name("changedBy")
    @Description("The OIDC subject of the staff member who made the change; for staff only, null for others.")
    public String changedBy(@Source EmployerStatusChange change) {
        return service.changedBy(change);
    }

    @Name("invitedBy")
    @Description("The OIDC subject of who made the invitation; for the employer's members and staff, null for the"
            + " invited user.")
    public String invitedBy(@Source EmployerInvitation invitation) {
        return service.invitationActor(invitation, invitation.getInvitedBy());
    }

    @Name("revokedBy")
    @Description("The OIDC subject of who revoked the invitation, if anyone did; for the employer's members and"
            + " staff, null for the invited user.")
    public String revokedBy(@Source EmployerInvitation invitation) {
        return service.invitationActor(invitation, invitation.getRevokedBy());
    }
}
