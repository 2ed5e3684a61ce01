package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.common.GlobalId;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An employer reads an applicant's contact details and resume only through an application that is
 * still active, and the resume as it was sent.
 */
@QuarkusTest
class ApplicantDataTest {

    static final String PROFILE = """
            mutation($input: UpdateGraduateProfileInput!) { updateGraduateProfile(input: $input) { graduate { id } } }""";
    static final String CREATE_RESUME = """
            mutation($input: CreateResumeInput!) { createResume(input: $input) { resume { id } } }""";
    static final String UPDATE_RESUME = """
            mutation($input: UpdateResumeInput!) { updateResume(input: $input) { resume { id title } } }""";
    static final String APPLICANTS = """
            query($p: ID!) {
              applications(filter: {postingId: $p}) {
                totalCount
                nodes { status resume { id title skills } graduate { id phone email } }
              }
            }""";
    static final String CONTACT = "query($id: ID!) { node(id: $id) { ... on Graduate { phone } } }";
    static final String OWN =
            "{ viewer { applications { nodes { resume { title } } } graduate { resumes { title } } } }";
    static final String MOVE = """
            mutation($input: UpdateApplicationStatusInput!) { updateApplicationStatus(input: $input) { application { status } } }""";
    static final String WITHDRAW = """
            mutation($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { application { status } } }""";

    @Inject
    EntityManager entityManager;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    final Tokens.User owner = Tokens.newUser("owner", "employer");
    final Tokens.User graduate = Tokens.newUser("applicant", "graduate");

    record Applied(String postingId, String applicationId, String graduateId) {}

    /** The graduate, with a phone and a resume, applies to a new posting of the owner's with it. */
    Applied apply() {
        String graduateId = as(
                        graduate,
                        PROFILE,
                        "input",
                        Map.of("name", "王五", "phone", "+86 138 0000 1234", "email", "ww@example.edu"))
                .get("updateGraduateProfile.graduate.id");
        String resumeId = as(
                        graduate,
                        CREATE_RESUME,
                        "input",
                        Map.of("title", "科研助理简历", "skills", List.of("Python", "实验设计")))
                .get("createResume.resume.id");
        String postingId = Fixtures.publishedPosting(
                owner, Fixtures.verifiedEmployer(owner, "Data " + unique), "Job " + unique, "D");
        String applicationId = as(
                        graduate, Fixtures.APPLY, "input", Map.of("postingId", postingId, "resumeId", resumeId))
                .get("applyToPosting.application.id");
        // Edited after applying: the employer must keep seeing what was sent.
        as(graduate, UPDATE_RESUME, "input", Map.of("resumeId", resumeId, "title", "改过的简历", "skills", List.of("Go")))
                .get("updateResume.resume.id");
        return new Applied(postingId, applicationId, graduateId);
    }

    @Test
    void shouldShowTheEmployerTheResumeAsSentNotAsEditedSince() {
        Applied applied = apply();

        assertThat(as(owner, APPLICANTS, "p", applied.postingId()).<String>get("applications.nodes[0].resume.title"))
                .isEqualTo("科研助理简历");
        assertThat(as(owner, APPLICANTS, "p", applied.postingId())
                        .<List<String>>get("applications.nodes[0].resume.skills"))
                .containsExactly("Python", "实验设计");
        assertThat(as(owner, APPLICANTS, "p", applied.postingId()).<String>get("applications.nodes[0].graduate.phone"))
                .isEqualTo("+86 138 0000 1234");
        // The graduate edits its live resume, and sees what it sent on the application.
        assertThat(as(graduate, OWN).<List<String>>get("viewer.graduate.resumes.title"))
                .containsExactly("改过的简历");
        assertThat(as(graduate, OWN).<String>get("viewer.applications.nodes[0].resume.title"))
                .isEqualTo("科研助理简历");
    }

    @Test
    void shouldCloseContactDetailsAndResumeWhenTheApplicationIsWithdrawn() {
        Applied applied = apply();
        assertThat(as(owner, CONTACT, "id", applied.graduateId()).<String>get("node.phone"))
                .isEqualTo("+86 138 0000 1234");

        as(graduate, WITHDRAW, "input", Map.of("applicationId", applied.applicationId()))
                .get("withdrawApplication.application.status");

        assertClosed(applied);
    }

    @Test
    void shouldKeepARejectedApplicationOpenForTheGracePeriodOnly() {
        Applied applied = apply();
        as(owner, MOVE, "input", Map.of("applicationId", applied.applicationId(), "status", "REJECTED"))
                .get("updateApplicationStatus.application.status");

        // Just rejected: the employer may still tell the graduate, or think again.
        assertThat(as(owner, CONTACT, "id", applied.graduateId()).<String>get("node.phone"))
                .isEqualTo("+86 138 0000 1234");
        assertThat(as(owner, APPLICANTS, "p", applied.postingId()).<String>get("applications.nodes[0].resume.title"))
                .isEqualTo("科研助理简历");

        // Rejected 31 days ago: closed.
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update application set updated_at = now() - interval '31 days' where id = :id")
                        .setParameter("id", GlobalId.require("Application", applied.applicationId(), "id"))
                        .executeUpdate());
        assertClosed(applied);
    }

    private void assertClosed(Applied applied) {
        assertThat(as(owner, CONTACT, "id", applied.graduateId()).<Object>get("node"))
                .isNull();
        var applicants = as(owner, APPLICANTS, "p", applied.postingId());
        // The application itself is still the employer's to see; who sent it is not.
        assertThat(applicants.<Integer>get("applications.totalCount")).isEqualTo(1);
        assertThat(applicants.<Object>get("applications.nodes[0].resume")).isNull();
        assertThat(applicants.<Object>get("applications.nodes[0].graduate.phone"))
                .isNull();
        assertThat(applicants.<Object>get("applications.nodes[0].graduate.email"))
                .isNull();
        // Staff and the graduate itself still read everything.
        assertThat(as(Fixtures.staff(), CONTACT, "id", applied.graduateId()).<String>get("node.phone"))
                .isEqualTo("+86 138 0000 1234");
        assertThat(as(graduate, OWN).<String>get("viewer.applications.nodes[0].resume.title"))
                .isEqualTo("科研助理简历");
    }
}
