package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.campuscareers.common.GlobalId;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.OutcomeFixtures;
import org.campuscareers.support.SupportFixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A support record leaves no trace anywhere an employer or a graduate (the record's own graduate
 * included) can look: every response they get is the same before and after staff open, fund and
 * annotate the record, and none carries its id, category, mentor, notes or grant amounts.
 */
@QuarkusTest
class SupportPrivacyTest {

    static final String GRADUATE_VIEW = """
            {
              viewer {
                subject roles
                graduate {
                  id name college major degree graduationYear email phone studentNumber resumes { id }
                  guidanceStanding { limit restricted }
                }
                applications { totalCount nodes { id status posting { id title } graduate { id name } } }
                outcome { id category organization evidence }
                appointments { totalCount }
                guidanceRegistrations { totalCount }
                employers { id }
              }
            }""";
    static final String EMPLOYER_VIEW = """
            query($posting: ID!) {
              viewer { subject roles employers { id name } }
              applications(filter: {postingId: $posting}) {
                totalCount
                nodes { id status graduate { id name college major degree graduationYear email phone resumes { id } } }
              }
            }""";
    static final String NODE = """
            query($id: ID!) { node(id: $id) { id ... on Graduate { name college } } }""";
    static final String LISTS = """
            {
              postings(first: 50) { totalCount nodes { id title } }
              outcomes(first: 50) { totalCount nodes { id category } }
            }""";

    @Test
    void shouldShowEmployersAndGraduatesNoTraceOfASupportRecord() {
        String token = OutcomeFixtures.token();
        Tokens.User staff = Fixtures.staff();

        // 1. An employer publishes a posting; a graduate in a priority group applies and is seeking.
        Tokens.User member = Tokens.newUser("member", "employer");
        String employerId = Fixtures.verifiedEmployer(member, "隐私测试公司 " + token);
        String postingId = Fixtures.publishedPosting(member, employerId, "数据分析师", "负责业务数据分析");
        Tokens.User graduate = OutcomeFixtures.graduate("经济学院 " + token, "金融学", "BACHELOR", 2027);
        String graduateId = OutcomeFixtures.graduateId(graduate);
        as(graduate, Fixtures.APPLY, "input", Map.of("postingId", postingId)).get("applyToPosting");
        OutcomeFixtures.report(graduate, "SEEKING", null);
        Tokens.User otherGraduate = OutcomeFixtures.graduate("经济学院 " + token, "金融学", "BACHELOR", 2027);

        // 2. What each of them sees before there is a record.
        Map<String, String> before = views(member, graduate, otherGraduate, postingId, graduateId);

        // 3. Staff open the record, assign a mentor, award a grant and write notes.
        String mentor = "mentor-" + token;
        String recordId = SupportFixtures.open(staff, graduateId, "FINANCIAL_HARDSHIP", mentor);
        as(
                        staff,
                        SupportFixtures.GRANT,
                        "input",
                        Map.of(
                                "recordId",
                                recordId,
                                "amount",
                                73917,
                                "awardedOn",
                                LocalDate.now().toString()))
                .get("awardJobSearchGrant");
        String note = "家庭困难，需重点帮扶 " + token;
        as(staff, SupportFixtures.NOTE, "input", Map.of("recordId", recordId, "body", note))
                .get("addSupportNote");

        // 4. Every view is unchanged: not a count, not an order, not a flag moved.
        Map<String, String> after = views(member, graduate, otherGraduate, postingId, graduateId);
        assertThat(after).isEqualTo(before);

        // 5. Asking for the record itself answers exactly as for a record that does not exist.
        String missing = GlobalId.of("SupportRecord", Long.MAX_VALUE);
        List<String> probes = new ArrayList<>();
        for (Tokens.User user : List.of(member, graduate, otherGraduate)) {
            for (Probe probe : PROBES) {
                String real = probe.send(user, recordId);
                String none = probe.send(user, missing);
                assertThat(real.replace(recordId, missing)).as(probe.document()).isEqualTo(none);
                probes.add(real);
            }
            probes.add(as(user, "{ supportRecords { totalCount nodes { id category } } }")
                    .body());
        }

        List<String> responses = new ArrayList<>(after.values());
        responses.addAll(probes);
        Pattern amount = Pattern.compile("\\b73917\\b");
        for (String response : responses) {
            assertThat(response)
                    .doesNotContain(recordId)
                    .doesNotContain("FINANCIAL_HARDSHIP")
                    .doesNotContain(mentor)
                    .doesNotContain(note)
                    .doesNotContain("\"grants\"")
                    .doesNotContain("\"notes\"")
                    .doesNotContainPattern(amount);
        }
        // Staff, for contrast, do see it all.
        String staffView = as(staff, SupportFixtures.NODE, "id", recordId).body();
        assertThat(staffView).contains("FINANCIAL_HARDSHIP", mentor, note).containsPattern(amount);
    }

    /** Every response the employer, the record's graduate and another graduate get in the scenario. */
    private Map<String, String> views(
            Tokens.User member, Tokens.User graduate, Tokens.User otherGraduate, String postingId, String graduateId) {
        Map<String, String> views = new LinkedHashMap<>();
        views.put(
                "employer view", as(member, EMPLOYER_VIEW, "posting", postingId).body());
        views.put("employer node", as(member, NODE, "id", graduateId).body());
        views.put("employer lists", as(member, LISTS).body());
        views.put("graduate view", as(graduate, GRADUATE_VIEW).body());
        views.put("graduate node", as(graduate, NODE, "id", graduateId).body());
        views.put("graduate lists", as(graduate, LISTS).body());
        views.put("other graduate view", as(otherGraduate, GRADUATE_VIEW).body());
        views.put(
                "other graduate node", as(otherGraduate, NODE, "id", graduateId).body());
        return views;
    }

    /** A document that names a record, and its variables for a record id. */
    record Probe(String document, Function<String, Object[]> variables) {
        String send(Tokens.User user, String recordId) {
            return as(user, document, variables.apply(recordId)).body();
        }
    }

    static final List<Probe> PROBES = List.of(
            new Probe("query($id: ID!) { node(id: $id) { id ... on SupportRecord { category notes { body } } } }", id ->
                    new Object[] {"id", id}),
            new Probe(
                    "mutation($input: AddSupportNoteInput!) { addSupportNote(input: $input) { record { id category } } }",
                    id -> new Object[] {"input", Map.of("recordId", id, "body", "探测")}),
            new Probe(
                    "mutation($input: AwardJobSearchGrantInput!) { awardJobSearchGrant(input: $input) { record { id } } }",
                    id -> new Object[] {"input", Map.of("recordId", id, "amount", 100, "awardedOn", "2026-01-05")}),
            new Probe(
                    "mutation($input: AssignSupportMentorInput!) { assignSupportMentor(input: $input) { record { id } } }",
                    id -> new Object[] {"input", Map.of("recordId", id, "mentorSubject", "x")}));
}
