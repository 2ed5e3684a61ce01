package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.common.GlobalId;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/** A member joins an employer only by accepting an invitation, with the employer role, once, in time. */
@QuarkusTest
class EmployerInvitationTest {

    static final String INVITE = """
            mutation($input: AddEmployerMemberInput!) {
              addEmployerMember(input: $input) { employer { members } invitation { id subject invitedAt expiresAt } }
            }""";
    static final String ACCEPT = """
            mutation($input: AcceptEmployerInvitationInput!) {
              acceptEmployerInvitation(input: $input) { employer { id members } }
            }""";
    static final String INVITATIONS = "{ viewer { employerInvitations { id employerName } } }";

    @Inject
    EntityManager entityManager;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    final Tokens.User owner = Tokens.newUser("owner", "employer");
    final Tokens.User recruiter = Tokens.newUser("recruiter", "employer");

    @Test
    void shouldMakeAMemberOnlyWhenTheInvitedUserAcceptsWithTheEmployerRoleOnce() {
        String employerId = Fixtures.verifiedEmployer(owner, "Invites " + unique);

        // 1. Invited: not a member yet, and told so in its viewer.
        var invited = as(owner, INVITE, "input", Map.of("employerId", employerId, "subject", recruiter.subject()));
        String invitationId = invited.get("addEmployerMember.invitation.id");
        assertThat(invited.<List<String>>get("addEmployerMember.employer.members"))
                .containsExactly(owner.subject());
        assertThat(Duration.between(
                        OffsetDateTime.parse(invited.get("addEmployerMember.invitation.invitedAt")),
                        OffsetDateTime.parse(invited.get("addEmployerMember.invitation.expiresAt"))))
                .isEqualTo(Duration.ofDays(7));
        assertThat(as(recruiter, INVITATIONS).<List<String>>get("viewer.employerInvitations.employerName"))
                .containsExactly("Invites " + unique);
        // The invited user, the employer's members and staff find it by id; nobody else learns of it.
        String node = "query($id: ID!) { node(id: $id) { ... on EmployerInvitation { subject } } }";
        assertThat(as(recruiter, node, "id", invitationId).<String>get("node.subject"))
                .isEqualTo(recruiter.subject());
        assertThat(as(owner, node, "id", invitationId).<String>get("node.subject"))
                .isEqualTo(recruiter.subject());
        assertThat(as(Tokens.newUser("stranger", "employer"), node, "id", invitationId)
                        .<Object>get("node"))
                .isNull();
        assertThat(as(recruiter, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "招聘助理", "校园招聘"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");

        // 2. Without the employer role in its token, the same subject cannot accept.
        Tokens.User withoutRole = new Tokens.User(recruiter.subject(), Tokens.of(recruiter.subject(), "graduate"));
        assertThat(as(withoutRole, ACCEPT, "input", Map.of("invitationId", invitationId))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        // Nor can another employer user take it over.
        assertThat(as(Tokens.newUser("intruder", "employer"), ACCEPT, "input", Map.of("invitationId", invitationId))
                        .errorCode())
                .isEqualTo("NOT_FOUND");

        // 3. Accepted: a member, acting for the employer.
        assertThat(as(recruiter, ACCEPT, "input", Map.of("invitationId", invitationId))
                        .<List<String>>get("acceptEmployerInvitation.employer.members"))
                .containsExactlyInAnyOrder(owner.subject(), recruiter.subject());
        assertThat(as(recruiter, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "招聘助理", "校园招聘"))
                        .<String>get("createPosting.posting.id"))
                .isNotNull();
        assertThat(as(recruiter, INVITATIONS).<List<?>>get("viewer.employerInvitations"))
                .isEmpty();

        // 4. Spent: a second acceptance is refused, even after the member was removed.
        as(
                        owner,
                        "mutation($input: RemoveEmployerMemberInput!) { removeEmployerMember(input: $input) { employer { id } } }",
                        "input",
                        Map.of("employerId", employerId, "subject", recruiter.subject()))
                .get("removeEmployerMember.employer.id");
        assertThat(as(recruiter, ACCEPT, "input", Map.of("invitationId", invitationId))
                        .errorCode())
                .isEqualTo("CONFLICT");
        assertThat(as(recruiter, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "招聘助理", "校园招聘"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldRefuseAnExpiredInvitation() {
        String employerId = Fixtures.verifiedEmployer(owner, "Expired " + unique);
        String invitationId = as(
                        owner, INVITE, "input", Map.of("employerId", employerId, "subject", recruiter.subject()))
                .get("addEmployerMember.invitation.id");
        // Made eight days ago: it expired yesterday.
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("update employer_invitation set invited_at = now() - interval '8 days',"
                                + " expires_at = now() - interval '1 day' where id = :id")
                        .setParameter("id", GlobalId.require("EmployerInvitation", invitationId, "id"))
                        .executeUpdate());

        assertThat(as(recruiter, INVITATIONS).<List<?>>get("viewer.employerInvitations"))
                .isEmpty();
        var refused = as(recruiter, ACCEPT, "input", Map.of("invitationId", invitationId));
        assertThat(refused.errorCode()).isEqualTo("CONFLICT");
        assertThat(refused.errorMessage()).contains("expired");
        assertThat(as(recruiter, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "招聘助理", "校园招聘"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
    }
}
