package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The whole recruitment story, step by step, as its users live it: a lab registers, staff verify
 * it, it posts a research-assistant post, staff approve it, a graduate finds it by a Chinese
 * search, applies, the lab offers, the graduate accepts.
 */
@QuarkusTest
class RecruitmentScenarioTest {

    @Test
    void researchAssistantPostFromRegistrationToAcceptedOffer() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Tokens.User professor = Tokens.newUser("prof", "employer");
        Tokens.User staff = Fixtures.staff();
        Tokens.User graduate = Tokens.newUser("grad", "graduate");

        // 1. The lab registers as an employer; it waits for verification and is not public yet.
        String labName = "分子化学实验室 " + unique;
        String labId = as(
                        professor,
                        Fixtures.REGISTER_EMPLOYER,
                        "input",
                        Map.of(
                                "name",
                                labName,
                                "kind",
                                "RESEARCH_GROUP",
                                "industry",
                                "RESEARCH",
                                "region",
                                "北京",
                                "description",
                                "Molecular chemistry lab"))
                .get("registerEmployer.employer.id");
        assertThat(anonymous("query($id: ID!) { node(id: $id) { id } }", "id", labId)
                        .<Object>get("node"))
                .isNull();

        // 2. Staff verify it.
        assertThat(as(staff, Fixtures.VERIFY_EMPLOYER, "input", Map.of("employerId", labId, "approve", true))
                        .<String>get("verifyEmployer.employer.status"))
                .isEqualTo("VERIFIED");

        // 3. The lab writes a research-assistant post and submits it.
        String postingId = as(
                        professor,
                        Fixtures.CREATE_POSTING,
                        "input",
                        Map.of(
                                "employerId",
                                labId,
                                "title",
                                "科研助理（有机化学方向）" + unique,
                                "description",
                                "协助开展化学合成实验与数据分析。Assist with synthesis experiments.",
                                "kind",
                                "RESEARCH_ASSISTANT",
                                "region",
                                "北京",
                                "salaryMin",
                                5000,
                                "salaryMax",
                                7000,
                                "headcount",
                                2,
                                "deadline",
                                OffsetDateTime.now().plusDays(20).toString()))
                .get("createPosting.posting.id");
        assertThat(as(professor, Fixtures.SUBMIT_POSTING, "input", Map.of("postingId", postingId))
                        .<String>get("submitPosting.posting.status"))
                .isEqualTo("PENDING_REVIEW");

        // 4. Staff find it in the review queue and approve it.
        List<String> queue =
                as(staff, "{ postingReviewQueue(first: 100) { nodes { id } } }").get("postingReviewQueue.nodes.id");
        assertThat(queue).contains(postingId);
        assertThat(as(staff, Fixtures.REVIEW_POSTING, "input", Map.of("postingId", postingId, "approve", true))
                        .<String>get("reviewPosting.posting.status"))
                .isEqualTo("PUBLISHED");

        // 5. A graduate finds it with a Chinese search, together with the lab's name.
        var found = as(graduate, """
                query($search: String!) {
                  postings(filter: {search: $search, kinds: [RESEARCH_ASSISTANT]}) {
                    nodes { id title viewerHasApplied employer { name kind } }
                  }
                }""", "search", "科研助理 " + unique);
        assertThat(found.<List<String>>get("postings.nodes.id")).containsExactly(postingId);
        assertThat(found.<List<String>>get("postings.nodes.employer.name")).containsExactly(labName);
        assertThat(found.<List<Boolean>>get("postings.nodes.viewerHasApplied")).containsExactly(false);
        assertThat(as(graduate, "query($s: String!) { postings(filter: {search: $s}) { nodes { id } } }", "s", "化学")
                        .<List<String>>get("postings.nodes.id"))
                .contains(postingId);

        // 6. The graduate applies.
        String applicationId = as(
                        graduate, Fixtures.APPLY, "input", Map.of("postingId", postingId, "coverLetter", "我对有机合成很感兴趣。"))
                .get("applyToPosting.application.id");

        // 7. The lab sees the applicant with contact details, and moves the application to OFFERED.
        var applicants = as(professor, """
                query($posting: ID!) {
                  applications(filter: {postingId: $posting}) { totalCount nodes { id status graduate { name email } } }
                }""", "posting", postingId);
        assertThat(applicants.<Integer>get("applications.totalCount")).isEqualTo(1);
        assertThat(applicants.<List<String>>get("applications.nodes.graduate.email"))
                .containsExactly(graduate.subject() + "@example.edu");
        for (String status : List.of("VIEWED", "INTERVIEWING", "OFFERED")) {
            assertThat(as(professor, """
                    mutation($input: UpdateApplicationStatusInput!) {
                      updateApplicationStatus(input: $input) { application { status } }
                    }""", "input", Map.of("applicationId", applicationId, "status", status))
                            .<String>get("updateApplicationStatus.application.status"))
                    .isEqualTo(status);
        }

        // 8. The graduate accepts the offer; every step is on record, with who took it.
        assertThat(as(graduate, """
                mutation($input: RespondToOfferInput!) {
                  respondToOffer(input: $input) { application { status } }
                }""", "input", Map.of("applicationId", applicationId, "accept", true))
                        .<String>get("respondToOffer.application.status"))
                .isEqualTo("ACCEPTED");
        var mine = as(graduate, """
                { viewer { applications { nodes { id status posting { id } transitions { toStatus actorSubject } } } } }""");
        assertThat(mine.<List<String>>get("viewer.applications.nodes.id")).containsExactly(applicationId);
        assertThat(mine.<List<String>>get("viewer.applications.nodes[0].transitions.toStatus"))
                .containsExactly("SUBMITTED", "VIEWED", "INTERVIEWING", "OFFERED", "ACCEPTED");
        assertThat(mine.<List<String>>get("viewer.applications.nodes[0].transitions.actorSubject"))
                .containsExactly(
                        graduate.subject(),
                        professor.subject(),
                        professor.subject(),
                        professor.subject(),
                        graduate.subject());
    }
}
