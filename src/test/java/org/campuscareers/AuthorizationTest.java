package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/** Who may do what, and who may see what: one test per rule. */
@QuarkusTest
class AuthorizationTest {

    static final String NODE = "query($id: ID!) { node(id: $id) { id } }";
    static final String GRADUATE_CONTACT = """
            query($id: ID!) { node(id: $id) { ... on Graduate { name email phone studentNumber } } }""";

    final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldRequireSignInAndTheEmployerRoleToRegisterAnEmployer() {
        Map<String, Object> input =
                Map.of("name", "X " + unique, "kind", "COMPANY", "industry", "OTHER", "region", "北京");
        assertThat(anonymous(Fixtures.REGISTER_EMPLOYER, "input", input).errorCode())
                .isEqualTo("UNAUTHENTICATED");
        assertThat(as(Tokens.newUser("g", "graduate"), Fixtures.REGISTER_EMPLOYER, "input", input)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
    }

    static final String ADD_MEMBER = """
            mutation($input: AddEmployerMemberInput!) { addEmployerMember(input: $input) { invitation { id } } }""";
    static final String ACCEPT = """
            mutation($input: AcceptEmployerInvitationInput!) { acceptEmployerInvitation(input: $input) { employer { id } } }""";
    static final String REMOVE_MEMBER = """
            mutation($input: RemoveEmployerMemberInput!) { removeEmployerMember(input: $input) { employer { members } } }""";

    @Test
    void shouldEndMembershipWhenItIsRemovedOrTheEmployerRoleIsWithdrawn() {
        Tokens.User owner = Tokens.newUser("owner", "employer");
        Tokens.User recruiter = Tokens.newUser("recruiter", "employer");
        String employerId = Fixtures.verifiedEmployer(owner, "Members " + unique);
        String invitation = as(
                        owner, ADD_MEMBER, "input", Map.of("employerId", employerId, "subject", recruiter.subject()))
                .get("addEmployerMember.invitation.id");
        as(recruiter, ACCEPT, "input", Map.of("invitationId", invitation)).get("acceptEmployerInvitation.employer.id");
        assertThat(as(recruiter, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "招聘助理", "负责校园招聘"))
                        .<String>get("createPosting.posting.id"))
                .isNotNull();

        // The identity provider withdrew the employer role: the same subject, a token without it.
        Tokens.User withdrawn = new Tokens.User(recruiter.subject(), Tokens.of(recruiter.subject(), "graduate"));
        assertThat(as(withdrawn, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "招聘助理", "负责校园招聘"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");

        // Removed: refused from the next request on, though its token still holds the role.
        assertThat(as(owner, REMOVE_MEMBER, "input", Map.of("employerId", employerId, "subject", recruiter.subject()))
                        .<List<String>>get("removeEmployerMember.employer.members"))
                .containsExactly(owner.subject());
        assertThat(as(recruiter, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "招聘助理", "负责校园招聘"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(recruiter, REMOVE_MEMBER, "input", Map.of("employerId", employerId, "subject", owner.subject()))
                        .errorCode())
                .isEqualTo("FORBIDDEN");

        // Not a member: NOT_FOUND; the last member stays unless staff remove it.
        assertThat(as(owner, REMOVE_MEMBER, "input", Map.of("employerId", employerId, "subject", recruiter.subject()))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(as(owner, REMOVE_MEMBER, "input", Map.of("employerId", employerId, "subject", owner.subject()))
                        .errorCode())
                .isEqualTo("CONFLICT");
        assertThat(as(
                                Fixtures.staff(),
                                REMOVE_MEMBER,
                                "input",
                                Map.of("employerId", employerId, "subject", owner.subject()))
                        .<List<String>>get("removeEmployerMember.employer.members"))
                .isEmpty();
    }

    @Test
    void shouldLetOnlyStaffVerifyEmployersAndReviewPostings() {
        Tokens.User member = Tokens.newUser("emp", "employer");
        String employerId = as(
                        member,
                        Fixtures.REGISTER_EMPLOYER,
                        "input",
                        Map.of("name", "Self " + unique, "kind", "COMPANY", "industry", "OTHER", "region", "北京"))
                .get("registerEmployer.employer.id");
        assertThat(as(member, Fixtures.VERIFY_EMPLOYER, "input", Map.of("employerId", employerId, "approve", true))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        Tokens.User admin = Tokens.newUser("admin", "admin");
        assertThat(as(admin, Fixtures.VERIFY_EMPLOYER, "input", Map.of("employerId", employerId, "approve", true))
                        .<String>get("verifyEmployer.employer.status"))
                .isEqualTo("VERIFIED");

        String postingId = as(
                        member, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "T " + unique, "D"))
                .get("createPosting.posting.id");
        as(member, Fixtures.SUBMIT_POSTING, "input", Map.of("postingId", postingId))
                .get("submitPosting.posting.id");
        assertThat(as(member, Fixtures.REVIEW_POSTING, "input", Map.of("postingId", postingId, "approve", true))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldKeepEmployersOutOfEachOthersPostings() {
        Tokens.User owner = Tokens.newUser("owner", "employer");
        Tokens.User rival = Tokens.newUser("rival", "employer");
        String employerId = Fixtures.verifiedEmployer(owner, "Owner " + unique);
        Fixtures.verifiedEmployer(rival, "Rival " + unique);

        assertThat(as(rival, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "Intruder", "D"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        String draftId = as(
                        owner, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "Draft " + unique, "D"))
                .get("createPosting.posting.id");
        assertThat(as(rival, Fixtures.SUBMIT_POSTING, "input", Map.of("postingId", draftId))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void shouldShowDraftsOnlyToTheirEmployerAndStaff() {
        Tokens.User owner = Tokens.newUser("owner", "employer");
        String employerId = Fixtures.verifiedEmployer(owner, "Drafts " + unique);
        String draftId = as(
                        owner, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "Hidden " + unique, "D"))
                .get("createPosting.posting.id");

        assertThat(anonymous(NODE, "id", draftId).<Object>get("node")).isNull();
        assertThat(as(Tokens.newUser("g", "graduate"), NODE, "id", draftId).<Object>get("node"))
                .isNull();
        assertThat(as(owner, NODE, "id", draftId).<String>get("node.id")).isEqualTo(draftId);
        assertThat(as(Fixtures.staff(), NODE, "id", draftId).<String>get("node.id"))
                .isEqualTo(draftId);

        String search = "query($s: String!) { postings(filter: {search: $s}) { totalCount nodes { id } } }";
        assertThat(anonymous(search, "s", "Hidden " + unique).<Integer>get("postings.totalCount"))
                .isZero();
        assertThat(as(owner, search, "s", "Hidden " + unique).<List<String>>get("postings.nodes.id"))
                .containsExactly(draftId);
    }

    @Test
    void shouldHideUnverifiedEmployersFromThePublic() {
        Tokens.User owner = Tokens.newUser("owner", "employer");
        String employerId = as(
                        owner,
                        Fixtures.REGISTER_EMPLOYER,
                        "input",
                        Map.of("name", "Pending " + unique, "kind", "COMPANY", "industry", "OTHER", "region", "北京"))
                .get("registerEmployer.employer.id");
        String list = "query($s: String!) { employers(filter: {search: $s}) { totalCount } }";
        assertThat(anonymous(list, "s", "Pending " + unique).<Integer>get("employers.totalCount"))
                .isZero();
        assertThat(as(owner, list, "s", "Pending " + unique).<Integer>get("employers.totalCount"))
                .isEqualTo(1);
        assertThat(anonymous(NODE, "id", employerId).<Object>get("node")).isNull();
        assertThat(as(owner, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "Early", "D"))
                        .<String>get("createPosting.posting.id"))
                .isNotNull();
    }

    @Test
    void shouldShowApplicationsOnlyToTheirGraduateTheirEmployerAndStaff() {
        Tokens.User owner = Tokens.newUser("owner", "employer");
        Tokens.User rival = Tokens.newUser("rival", "employer");
        Fixtures.verifiedEmployer(rival, "Rival " + unique);
        String postingId = Fixtures.publishedPosting(
                owner, Fixtures.verifiedEmployer(owner, "Apps " + unique), "Job " + unique, "D");
        Tokens.User applicant = Tokens.newUser("applicant", "graduate");
        Tokens.User other = Tokens.newUser("other", "graduate");
        String applicationId = as(applicant, Fixtures.APPLY, "input", Map.of("postingId", postingId))
                .get("applyToPosting.application.id");

        String list = "query($p: ID!) { applications(filter: {postingId: $p}) { totalCount nodes { id } } }";
        assertThat(as(applicant, list, "p", postingId).<Integer>get("applications.totalCount"))
                .isEqualTo(1);
        assertThat(as(owner, list, "p", postingId).<Integer>get("applications.totalCount"))
                .isEqualTo(1);
        assertThat(as(Fixtures.staff(), list, "p", postingId).<Integer>get("applications.totalCount"))
                .isEqualTo(1);
        assertThat(as(rival, list, "p", postingId).<Integer>get("applications.totalCount"))
                .isZero();
        assertThat(as(other, list, "p", postingId).<Integer>get("applications.totalCount"))
                .isZero();
        assertThat(anonymous(list, "p", postingId).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(as(rival, NODE, "id", applicationId).<Object>get("node")).isNull();

        String move = """
                mutation($input: UpdateApplicationStatusInput!) { updateApplicationStatus(input: $input) { application { status } } }""";
        assertThat(as(rival, move, "input", Map.of("applicationId", applicationId, "status", "REJECTED"))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(as(applicant, move, "input", Map.of("applicationId", applicationId, "status", "OFFERED"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        String withdraw = """
                mutation($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { application { status } } }""";
        assertThat(as(other, withdraw, "input", Map.of("applicationId", applicationId))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void shouldShowContactDetailsOnlyToTheGraduateStaffAndEmployersItAppliedTo() {
        Tokens.User applicant = Tokens.newUser("applicant", "graduate");
        String graduateId = as(
                        applicant,
                        """
                mutation($input: UpdateGraduateProfileInput!) {
                  updateGraduateProfile(input: $input) { graduate { id } }
                }""",
                        "input",
                        Map.of(
                                "name",
                                "张三",
                                "phone",
                                "+86 139 0000 0000",
                                "studentNumber",
                                "2022999999",
                                "email",
                                "zs@example.edu"))
                .get("updateGraduateProfile.graduate.id");
        Tokens.User owner = Tokens.newUser("owner", "employer");
        Tokens.User rival = Tokens.newUser("rival", "employer");
        Fixtures.verifiedEmployer(rival, "Rival " + unique);
        String postingId = Fixtures.publishedPosting(
                owner, Fixtures.verifiedEmployer(owner, "Privacy " + unique), "Job " + unique, "D");

        assertThat(as(owner, GRADUATE_CONTACT, "id", graduateId).<Object>get("node"))
                .isNull();
        as(applicant, Fixtures.APPLY, "input", Map.of("postingId", postingId)).get("applyToPosting.application.id");

        assertThat(as(applicant, GRADUATE_CONTACT, "id", graduateId).<String>get("node.studentNumber"))
                .isEqualTo("2022999999");
        assertThat(as(Fixtures.staff(), GRADUATE_CONTACT, "id", graduateId).<String>get("node.phone"))
                .isEqualTo("+86 139 0000 0000");
        assertThat(as(owner, GRADUATE_CONTACT, "id", graduateId).<String>get("node.email"))
                .isEqualTo("zs@example.edu");
        assertThat(as(rival, GRADUATE_CONTACT, "id", graduateId).<Object>get("node"))
                .isNull();
        assertThat(as(Tokens.newUser("peer", "graduate"), GRADUATE_CONTACT, "id", graduateId)
                        .<Object>get("node"))
                .isNull();
        assertThat(anonymous(GRADUATE_CONTACT, "id", graduateId).<Object>get("node"))
                .isNull();
    }

    @Test
    void shouldLetOnlyGraduatesApply() {
        Tokens.User owner = Tokens.newUser("owner", "employer");
        String postingId = Fixtures.publishedPosting(
                owner, Fixtures.verifiedEmployer(owner, "Only " + unique), "Job " + unique, "D");
        assertThat(anonymous(Fixtures.APPLY, "input", Map.of("postingId", postingId))
                        .errorCode())
                .isEqualTo("UNAUTHENTICATED");
        assertThat(as(owner, Fixtures.APPLY, "input", Map.of("postingId", postingId))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldRejectViewerWithoutAToken() {
        assertThat(anonymous("{ viewer { subject } }").errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void shouldTakeRolesFromRealmRolesOnlyNeverFromDirectoryGroups() {
        Tokens.User grouped = Tokens.newUserInGroups("grouped", "staff", "admin");
        assertThat(as(grouped, "{ viewer { roles } }").<List<String>>get("viewer.roles"))
                .doesNotContain("staff", "admin");
        Tokens.User member = Tokens.newUser("emp", "employer");
        String employerId = as(
                        member,
                        Fixtures.REGISTER_EMPLOYER,
                        "input",
                        Map.of("name", "Groups " + unique, "kind", "COMPANY", "industry", "OTHER", "region", "北京"))
                .get("registerEmployer.employer.id");
        assertThat(as(grouped, Fixtures.VERIFY_EMPLOYER, "input", Map.of("employerId", employerId, "approve", true))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
    }
}
