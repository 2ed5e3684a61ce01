package org.campuscareers.employer.graphql;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.common.graphql.Viewer;
import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerFilter;
import org.campuscareers.employer.EmployerService;
import org.campuscareers.employer.graphql.EmployerInputs.AddEmployerMemberInput;
import org.campuscareers.employer.graphql.EmployerInputs.AddEmployerMemberPayload;
import org.campuscareers.employer.graphql.EmployerInputs.RegisterEmployerInput;
import org.campuscareers.employer.graphql.EmployerInputs.RegisterEmployerPayload;
import org.campuscareers.employer.graphql.EmployerInputs.RemoveEmployerMemberInput;
import org.campuscareers.employer.graphql.EmployerInputs.RemoveEmployerMemberPayload;
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

    @Authenticated
    @Mutation("addEmployerMember")
    @NonNull
    @Description("Let another user act for an employer (members of that employer, staff).")
    public AddEmployerMemberPayload addEmployerMember(@NonNull @Name("input") AddEmployerMemberInput input) {
        long id = GlobalId.require(Employer.TYPE, input.employerId(), "employerId");
        return new AddEmployerMemberPayload(service.addEmployerMember(id, input.subject()));
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
}
