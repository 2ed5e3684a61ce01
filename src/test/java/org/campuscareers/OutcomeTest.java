package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;
import static org.campuscareers.support.OutcomeFixtures.REPORT;
import static org.campuscareers.support.OutcomeFixtures.VERIFY;
import static org.campuscareers.support.OutcomeFixtures.VIEWER_OUTCOME;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.OutcomeFixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/** Destinations: supersession and history, evidence rules, staff records, who sees them, offers. */
@QuarkusTest
class OutcomeTest {

    static final String NODE = """
            query($id: ID!) { node(id: $id) { ... on Outcome { id category note } } }""";

    final Tokens.User staff = Fixtures.staff();

    @Test
    void shouldSupersedeTheCurrentDestinationAndKeepWhoReportedWhatAndWhen() {
        Tokens.User graduate = OutcomeFixtures.graduate("化学学院", "化学", "BACHELOR", 2027);
        String first = OutcomeFixtures.report(graduate, "SEEKING", null);

        Result second = as(
                graduate,
                REPORT,
                "input",
                Map.of("category", "EMPLOYMENT_AGREEMENT", "organization", "未来智能科技有限公司", "monthlySalary", 12000));

        assertThat(second.<String>get("reportOutcome.outcome.category")).isEqualTo("EMPLOYMENT_AGREEMENT");
        assertThat(second.<String>get("reportOutcome.outcome.naceCategory")).isEqualTo("EMPLOYED");
        assertThat(second.<Integer>get("reportOutcome.outcome.cohortYear")).isEqualTo(2027);
        assertThat(second.<Boolean>get("reportOutcome.outcome.current")).isTrue();
        assertThat(second.<String>get("reportOutcome.outcome.source")).isEqualTo("GRADUATE");
        assertThat(second.<String>get("reportOutcome.outcome.reportedBy")).isEqualTo(graduate.subject());
        assertThat(second.<List<String>>get("reportOutcome.outcome.changes"))
                .containsExactly("category", "organization", "monthlySalary");
        // The first report is kept, superseded, as the history of the second.
        assertThat(second.<List<String>>get("reportOutcome.outcome.history.id")).containsExactly(first);
        assertThat(second.<List<String>>get("reportOutcome.outcome.history.category"))
                .containsExactly("SEEKING");
        assertThat(second.<List<Boolean>>get("reportOutcome.outcome.history.current"))
                .containsExactly(false);
        assertThat(second.<List<String>>get("reportOutcome.outcome.history.supersededAt"))
                .doesNotContainNull();

        // One current destination: the graduate's own view and staff's list show only the second.
        assertThat(as(graduate, VIEWER_OUTCOME).<String>get("viewer.outcome.id"))
                .isEqualTo(second.<String>get("reportOutcome.outcome.id"));
        String graduateId = OutcomeFixtures.graduateId(graduate);
        List<String> graduatesListed = as(
                        staff,
                        "{ outcomes(first: 100, filter: {cohortYear: 2027, colleges: [\"化学学院\"]}) { nodes { id graduate { id } } } }")
                .get("outcomes.nodes.graduate.id");
        assertThat(graduatesListed.stream().filter(graduateId::equals)).hasSize(1);
    }

    @Test
    void shouldSupersedeOneAfterTheOtherWhenTwoReportsArriveAtOnce() {
        Tokens.User graduate = OutcomeFixtures.graduate("化学学院", "化学", "BACHELOR", 2027);
        List<CompletableFuture<Result>> reports = List.of("FURTHER_STUDY", "ABROAD", "SEEKING", "NOT_SEEKING").stream()
                .map(category -> CompletableFuture.supplyAsync(
                        () -> as(graduate, REPORT, "input", Map.of("category", category, "organization", "本校"))))
                .toList();
        reports.forEach(r -> assertThat(r.join().ok()).as(r.join().body()).isTrue());

        // One current version; the other three are its history, each superseded once, in a chain.
        Result current = as(graduate, "{ viewer { outcome { id history { id current } } } }");
        assertThat(current.<List<Boolean>>get("viewer.outcome.history.current")).containsExactly(false, false, false);
        assertThat(as(graduate, "{ outcomes { totalCount } }").<Integer>get("outcomes.totalCount"))
                .isEqualTo(1);
    }

    @Test
    void shouldVerifyProofRequiringCategoriesOnlyWithAnEvidenceNote() {
        for (String category : List.of("OTHER_EMPLOYMENT", "FREELANCE", "RESEARCH_ASSISTANT")) {
            Tokens.User graduate = OutcomeFixtures.graduate("信息学院", "软件工程", "BACHELOR", 2027);
            String outcome = OutcomeFixtures.report(graduate, category, "分子化学实验室");

            Result refused = as(staff, VERIFY, "input", Map.of("outcomeId", outcome, "approve", true));
            assertThat(refused.errorCode()).as(category).isEqualTo("BAD_USER_INPUT");
            assertThat(refused.errorField()).as(category).isEqualTo("evidenceNote");

            Result verified = as(
                    staff, VERIFY, "input", Map.of("outcomeId", outcome, "approve", true, "evidenceNote", "劳务合同扫描件"));
            assertThat(verified.<String>get("verifyOutcome.outcome.evidence"))
                    .as(category)
                    .isEqualTo("VERIFIED");
            assertThat(verified.<String>get("verifyOutcome.outcome.evidenceNote"))
                    .isEqualTo("劳务合同扫描件");
        }
        // A note given with the report is enough; categories without the Ministry's rule need none.
        Tokens.User withNote = OutcomeFixtures.graduate("信息学院", "软件工程", "BACHELOR", 2027);
        String freelance = as(withNote, REPORT, "input", Map.of("category", "FREELANCE", "evidenceNote", "个人工作室营业执照"))
                .get("reportOutcome.outcome.id");
        assertThat(as(staff, VERIFY, "input", Map.of("outcomeId", freelance, "approve", true))
                        .<String>get("verifyOutcome.outcome.evidence"))
                .isEqualTo("VERIFIED");
        Tokens.User contract = OutcomeFixtures.graduate("信息学院", "软件工程", "BACHELOR", 2027);
        String labour = OutcomeFixtures.report(contract, "LABOUR_CONTRACT", "字节跳动");
        assertThat(as(staff, VERIFY, "input", Map.of("outcomeId", labour, "approve", true))
                        .<String>get("verifyOutcome.outcome.evidence"))
                .isEqualTo("VERIFIED");
    }

    @Test
    void shouldRejectOnlyWithAReasonAndNeverDecideASupersededVersion() {
        Tokens.User graduate = OutcomeFixtures.graduate("经济学院", "金融学", "MASTER", 2027);
        String first = OutcomeFixtures.report(graduate, "LABOUR_CONTRACT", "华夏银行");

        Result noReason = as(staff, VERIFY, "input", Map.of("outcomeId", first, "approve", false));
        assertThat(noReason.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(noReason.errorField()).isEqualTo("reason");
        Result rejected = as(staff, VERIFY, "input", Map.of("outcomeId", first, "approve", false, "reason", "单位查无此人"));
        assertThat(rejected.<String>get("verifyOutcome.outcome.evidence")).isEqualTo("REJECTED");
        assertThat(rejected.<String>get("verifyOutcome.outcome.evidenceReason")).isEqualTo("单位查无此人");

        // The graduate reports again: a new SELF_REPORTED version; the rejected one can no longer change.
        Result again = as(graduate, REPORT, "input", Map.of("category", "LABOUR_CONTRACT", "organization", "华夏银行北京分行"));
        assertThat(again.<String>get("reportOutcome.outcome.evidence")).isEqualTo("SELF_REPORTED");
        assertThat(as(staff, VERIFY, "input", Map.of("outcomeId", first, "approve", true))
                        .errorCode())
                .isEqualTo("CONFLICT");
    }

    @Test
    void shouldLetStaffRecordADestinationForAGraduateWithANoteOnlyStaffSee() {
        Tokens.User graduate = OutcomeFixtures.graduate("化学学院", "应用化学", "BACHELOR", 2027);
        String graduateId = OutcomeFixtures.graduateId(graduate);
        Map<String, Object> input = new HashMap<>(Map.of("graduateId", graduateId, "category", "MILITARY_SERVICE"));

        Result withoutNote = as(staff, REPORT, "input", input);
        assertThat(withoutNote.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(withoutNote.errorField()).isEqualTo("note");

        input.put("note", "辅导员电话回访：已入伍");
        Result recorded = as(staff, REPORT, "input", input);
        assertThat(recorded.<String>get("reportOutcome.outcome.source")).isEqualTo("STAFF");
        assertThat(recorded.<String>get("reportOutcome.outcome.naceCategory")).isEqualTo("SERVICE");
        assertThat(recorded.<String>get("reportOutcome.outcome.reportedBy")).isEqualTo(staff.subject());
        String id = recorded.get("reportOutcome.outcome.id");

        assertThat(as(graduate, VIEWER_OUTCOME).<String>get("viewer.outcome.source"))
                .isEqualTo("STAFF");
        assertThat(as(staff, NODE, "id", id).<String>get("node.note")).isEqualTo("辅导员电话回访：已入伍");
        assertThat(as(graduate, NODE, "id", id).<String>get("node.category")).isEqualTo("MILITARY_SERVICE");
        assertThat(as(graduate, NODE, "id", id).<String>get("node.note")).isNull();
        // Staff must name the graduate; a graduate can't report for another one.
        assertThat(as(staff, REPORT, "input", Map.of("category", "SEEKING", "note", "无"))
                        .errorField())
                .isEqualTo("graduateId");
        Tokens.User other = OutcomeFixtures.graduate("化学学院", "化学", "BACHELOR", 2027);
        assertThat(as(other, REPORT, "input", Map.of("graduateId", graduateId, "category", "SEEKING"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldShowADestinationOnlyToItsGraduateAndStaffOnEveryPath() {
        Tokens.User graduate = OutcomeFixtures.graduate("化学学院", "化学", "DOCTORATE", 2027);
        String id = OutcomeFixtures.report(graduate, "FURTHER_STUDY", "北京大学");
        Tokens.User other = OutcomeFixtures.graduate("化学学院", "化学", "DOCTORATE", 2027);
        Tokens.User employer = Tokens.newUser("emp", "employer");
        Fixtures.verifiedEmployer(employer, "Outcome peek " + OutcomeFixtures.token());

        assertThat(as(graduate, NODE, "id", id).<String>get("node.id")).isEqualTo(id);
        assertThat(as(staff, NODE, "id", id).<String>get("node.id")).isEqualTo(id);
        assertThat(as(other, NODE, "id", id).<Object>get("node")).isNull();
        assertThat(as(employer, NODE, "id", id).<Object>get("node")).isNull();
        assertThat(org.campuscareers.support.GraphQLClient.anonymous(NODE, "id", id)
                        .<Object>get("node"))
                .isNull();

        assertThat(as(employer, "{ outcomes { totalCount } }").errorCode()).isEqualTo("FORBIDDEN");
        assertThat(as(other, "{ outcomes { totalCount nodes { id } } }").<List<String>>get("outcomes.nodes.id"))
                .doesNotContain(id);
        assertThat(as(graduate, "{ outcomes { totalCount nodes { id } } }").<List<String>>get("outcomes.nodes.id"))
                .containsExactly(id);
        assertThat(as(employer, VIEWER_OUTCOME).<Object>get("viewer.outcome")).isNull();
        assertThat(as(other, VIEWER_OUTCOME).<Object>get("viewer.outcome")).isNull();
    }

    @Test
    void shouldNeedAGraduationYearToPlaceADestinationInACohort() {
        Tokens.User graduate = OutcomeFixtures.graduate("化学学院", "化学", "BACHELOR", null);
        assertThat(as(graduate, REPORT, "input", Map.of("category", "SEEKING")).errorCode())
                .isEqualTo("CONFLICT");
        assertThat(as(graduate, REPORT, "input", Map.of("category", "LABOUR_CONTRACT"))
                        .errorField())
                .isEqualTo("organization");
    }

    @Test
    void shouldStoreCollegeAndMajorNormalisedSoVariantsAreOneCollege() {
        String token = OutcomeFixtures.token();
        Tokens.User fullWidth = OutcomeFixtures.graduate(" 化学学院" + token + "\u3000", "ｃｈｅｍ", "BACHELOR", 2027);
        Tokens.User plain = OutcomeFixtures.graduate("化学学院" + token, "chem", "BACHELOR", 2027);
        String query = "{ viewer { graduate { college major } } }";

        assertThat(as(fullWidth, query).<String>get("viewer.graduate.college")).isEqualTo("化学学院" + token);
        assertThat(as(fullWidth, query).<String>get("viewer.graduate.major")).isEqualTo("chem");
        OutcomeFixtures.report(fullWidth, "SEEKING", null);
        OutcomeFixtures.report(plain, "SEEKING", null);
        Result statistics = as(
                staff,
                "query($c: [String!]) { employmentStatistics(filter: {cohortYear: 2027, colleges: $c}, groupBy: [COLLEGE]) { college graduates } }",
                "c",
                List.of("化学学院" + token + " "));
        assertThat(statistics.<List<String>>get("employmentStatistics.college")).containsExactly(null, "化学学院" + token);
        assertThat(statistics.<List<Integer>>get("employmentStatistics.graduates"))
                .containsExactly(2, 2);
    }

    @Test
    void shouldProposeALabourContractLinkedToThePostingWhenAGraduateAcceptsAnOffer() {
        Tokens.User member = Tokens.newUser("member", "employer");
        String employerName = "录用单位 " + OutcomeFixtures.token();
        String employer = Fixtures.verifiedEmployer(member, employerName);
        String posting = Fixtures.publishedPosting(member, employer, "化学分析师", "负责样品分析。");
        Tokens.User graduate = OutcomeFixtures.graduate("化学学院", "化学", "BACHELOR", 2027);
        OutcomeFixtures.report(graduate, "SEEKING", null);
        String application = as(graduate, Fixtures.APPLY, "input", Map.of("postingId", posting))
                .get("applyToPosting.application.id");
        as(
                        member,
                        "mutation($input: UpdateApplicationStatusInput!) { updateApplicationStatus(input: $input) { application { id } } }",
                        "input",
                        Map.of("applicationId", application, "status", "OFFERED"))
                .get("updateApplicationStatus");

        as(
                        graduate,
                        "mutation($input: RespondToOfferInput!) { respondToOffer(input: $input) { application { status } } }",
                        "input",
                        Map.of("applicationId", application, "accept", true))
                .get("respondToOffer");

        Result proposed = as(graduate, VIEWER_OUTCOME);
        assertThat(proposed.<String>get("viewer.outcome.category")).isEqualTo("LABOUR_CONTRACT");
        assertThat(proposed.<String>get("viewer.outcome.source")).isEqualTo("OFFER");
        assertThat(proposed.<String>get("viewer.outcome.evidence")).isEqualTo("SELF_REPORTED");
        assertThat(proposed.<String>get("viewer.outcome.organization")).isEqualTo(employerName);
        assertThat(proposed.<String>get("viewer.outcome.posting.id")).isEqualTo(posting);

        // A destination the graduate reported itself is never replaced by a later accepted offer.
        OutcomeFixtures.report(graduate, "FURTHER_STUDY", "清华大学");
        String second = Fixtures.publishedPosting(member, employer, "质检员", "负责质检。");
        String another = as(graduate, Fixtures.APPLY, "input", Map.of("postingId", second))
                .get("applyToPosting.application.id");
        as(
                        member,
                        "mutation($input: UpdateApplicationStatusInput!) { updateApplicationStatus(input: $input) { application { id } } }",
                        "input",
                        Map.of("applicationId", another, "status", "OFFERED"))
                .get("updateApplicationStatus");
        as(
                        graduate,
                        "mutation($input: RespondToOfferInput!) { respondToOffer(input: $input) { application { status } } }",
                        "input",
                        Map.of("applicationId", another, "accept", true))
                .get("respondToOffer");
        assertThat(as(graduate, VIEWER_OUTCOME).<String>get("viewer.outcome.category"))
                .isEqualTo("FURTHER_STUDY");
    }
}
