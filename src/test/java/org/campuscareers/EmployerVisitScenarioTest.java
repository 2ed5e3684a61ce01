package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;
import static org.campuscareers.support.VisitFixtures.today;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.OutcomeFixtures;
import org.campuscareers.support.SupportFixtures;
import org.campuscareers.support.Tokens;
import org.campuscareers.support.VisitFixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's story from a visit to a signed contract: staff visit an employer who promises three
 * posts, the employer opens them, graduates apply, one in a priority group is mentored, gets a
 * job-search grant, is offered the post, accepts and reports the destination. Every response the
 * employer and the graduates get on the way is kept and searched for any trace of the support record.
 */
@QuarkusTest
class EmployerVisitScenarioTest {

    static final String APPLICATIONS = """
            query($posting: ID!) {
              applications(filter: {postingId: $posting}) { totalCount nodes { id status graduate { id name } } }
            }""";
    static final String UPDATE_STATUS = """
            mutation($input: UpdateApplicationStatusInput!) {
              updateApplicationStatus(input: $input) { application { id status } }
            }""";
    static final String RESPOND = """
            mutation($input: RespondToOfferInput!) { respondToOffer(input: $input) { application { id status } } }""";

    /** What the employer and the graduates were told, to search for traces of the support record. */
    final List<String> seenByOthers = new ArrayList<>();

    Result seen(Result result) {
        seenByOthers.add(result.body());
        return result;
    }

    @Test
    void shouldFollowAVisitToPostingsApplicationsSupportAndASignedContract() {
        String token = OutcomeFixtures.token();
        Tokens.User staff = Fixtures.staff();
        Tokens.User member = Tokens.newUser("member", "employer");
        String employerId = Fixtures.verifiedEmployer(member, "场景科技有限公司 " + token);

        // 1. Staff visit the employer, who promises three posts.
        String visitId = VisitFixtures.record(
                staff, VisitFixtures.visit(employerId, today().minusDays(3), List.of("王副校长", "就业处李老师"), 3, null));
        Result visit = as(staff, VisitFixtures.NODE, "id", visitId);
        assertThat(visit.<Integer>get("node.postsPromised")).isEqualTo(3);
        assertThat(visit.<List<Object>>get("node.postingsOpened")).isEmpty();

        // 2. The employer creates and publishes three postings: two linked by default, one by visitId.
        List<String> postings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> input = new HashMap<>(Fixtures.posting(employerId, "场景岗位 " + i, "走访后新增的岗位 " + i));
            input.put("headcount", i + 1);
            if (i == 2) {
                input.put("visitId", visitId);
            }
            String id =
                    seen(as(member, Fixtures.CREATE_POSTING, "input", input)).get("createPosting.posting.id");
            seen(as(member, Fixtures.SUBMIT_POSTING, "input", Map.of("postingId", id)))
                    .get("submitPosting");
            as(staff, Fixtures.REVIEW_POSTING, "input", Map.of("postingId", id, "approve", true))
                    .get("reviewPosting");
            postings.add(id);
        }
        visit = as(staff, VisitFixtures.NODE, "id", visitId);
        assertThat(visit.<List<String>>get("node.postingsOpened.id")).containsExactlyElementsOf(postings);
        assertThat(visit.<List<String>>get("node.postingsOpened.status")).containsOnly("PUBLISHED");
        assertThat(visit.<Map<String, Integer>>get("node.opened"))
                .isEqualTo(Map.of("postings", 3, "publishedPostings", 3, "publishedHeadcount", 6));
        Result summary = as(staff, VisitFixtures.SUMMARY, "filter", Map.of("employerId", employerId));
        assertThat(summary.<Integer>get("employerVisitSummary.postsPromised")).isEqualTo(3);
        assertThat(summary.<Integer>get("employerVisitSummary.opened.publishedPostings"))
                .isEqualTo(3);
        assertThat(summary.<List<String>>get("employerVisitSummary.byVisitor.visitor"))
                .containsExactlyInAnyOrder("王副校长", "就业处李老师");

        // 3. Graduates apply; one of them is in a priority group.
        Tokens.User priority = OutcomeFixtures.graduate("信息学院 " + token, "软件工程", "BACHELOR", 2027);
        Tokens.User other = OutcomeFixtures.graduate("信息学院 " + token, "软件工程", "BACHELOR", 2027);
        String priorityId = OutcomeFixtures.graduateId(priority);
        String application = seen(as(priority, Fixtures.APPLY, "input", Map.of("postingId", postings.get(0))))
                .get("applyToPosting.application.id");
        seen(as(other, Fixtures.APPLY, "input", Map.of("postingId", postings.get(0))))
                .get("applyToPosting");
        seen(as(other, Fixtures.APPLY, "input", Map.of("postingId", postings.get(1))))
                .get("applyToPosting");
        Result received = seen(as(member, APPLICATIONS, "posting", postings.get(0)));
        assertThat(received.<Integer>get("applications.totalCount")).isEqualTo(2);
        assertThat(received.<List<String>>get("applications.nodes.status")).containsOnly("SUBMITTED");

        // 4. Staff open the priority graduate's support record with a mentor.
        String mentor = "mentor-" + token;
        String recordId = SupportFixtures.open(staff, priorityId, "FINANCIAL_HARDSHIP", mentor);
        as(staff, SupportFixtures.NOTE, "input", Map.of("recordId", recordId, "body", "（场景）已推荐走访新增岗位"))
                .get("addSupportNote");
        Result record = as(staff, SupportFixtures.NODE, "id", recordId);
        assertThat(record.<String>get("node.mentorSubject")).isEqualTo(mentor);
        assertThat(record.<String>get("node.graduate.id")).isEqualTo(priorityId);

        // 5. ... and award a job-search grant.
        Result granted = as(
                staff,
                SupportFixtures.GRANT,
                "input",
                Map.of("recordId", recordId, "amount", 1500, "awardedOn", today().toString()));
        assertThat(granted.<List<Integer>>get("awardJobSearchGrant.record.grants.amount"))
                .containsExactly(1500);

        // 6. The employer offers the post; the graduate accepts.
        assertThat(seen(as(member, UPDATE_STATUS, "input", Map.of("applicationId", application, "status", "OFFERED")))
                        .<String>get("updateApplicationStatus.application.status"))
                .isEqualTo("OFFERED");
        assertThat(seen(as(priority, RESPOND, "input", Map.of("applicationId", application, "accept", true)))
                        .<String>get("respondToOffer.application.status"))
                .isEqualTo("ACCEPTED");
        assertThat(seen(as(member, APPLICATIONS, "posting", postings.get(0)))
                        .<List<String>>get("applications.nodes.status"))
                .containsExactlyInAnyOrder("ACCEPTED", "SUBMITTED");

        // 7. The graduate reports the destination, linked to the posting.
        Map<String, Object> destination = new HashMap<>();
        destination.put("category", "EMPLOYMENT_AGREEMENT");
        destination.put("organization", "场景科技有限公司");
        destination.put("postingId", postings.get(0));
        seen(as(priority, OutcomeFixtures.REPORT, "input", destination)).get("reportOutcome.outcome.id");
        Result own = seen(as(priority, OutcomeFixtures.VIEWER_OUTCOME));
        assertThat(own.<String>get("viewer.outcome.category")).isEqualTo("EMPLOYMENT_AGREEMENT");
        assertThat(own.<String>get("viewer.outcome.posting.id")).isEqualTo(postings.get(0));
        // Staff see the record's graduate placed, through the posting the visit opened.
        assertThat(as(staff, SupportFixtures.NODE, "id", recordId).<String>get("node.outcome.category"))
                .isEqualTo("EMPLOYMENT_AGREEMENT");

        // The employer's and the graduates' own views at the end, kept with everything else they were told.
        seen(as(member, SupportPrivacyTest.EMPLOYER_VIEW, "posting", postings.get(0)));
        seen(as(priority, SupportPrivacyTest.GRADUATE_VIEW));
        seen(as(other, SupportPrivacyTest.GRADUATE_VIEW));
        seen(as(priority, SupportFixtures.NODE, "id", recordId));
        seen(as(member, VisitFixtures.NODE, "id", visitId));
        for (String body : seenByOthers) {
            assertThat(body)
                    .doesNotContain(recordId)
                    .doesNotContain("SupportRecord")
                    .doesNotContain("FINANCIAL_HARDSHIP")
                    .doesNotContain(mentor)
                    .doesNotContain("（场景）已推荐")
                    .doesNotContain("grants")
                    .doesNotContain(visitId)
                    .doesNotContain("王副校长");
        }
        assertThat(seenByOthers).hasSizeGreaterThan(12);
    }
}
