package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.GuidanceFixtures;
import org.campuscareers.support.OutcomeFixtures;
import org.campuscareers.support.Tokens;
import org.campuscareers.support.VisitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every list pages the same way: walking it two rows at a time gives exactly the rows of one big
 * page, in the same order; {@code first: 0} still says whether rows exist; a cursor of another
 * list, another order or another session's questions is refused the same way.
 */
@QuarkusTest
class PagingTest {

    static final String CONNECTION = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"
            + " edges { cursor node { id } } nodes { id }";

    final String tag = "page" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final Tokens.User owner = Tokens.newUser("owner", "employer");
    final Tokens.User staff = Fixtures.staff();
    String employerId;

    /** One list as a client pages through it. */
    record List_(String name, Tokens.User caller, String document, String path, Map<String, Object> variables) {

        Result page(Integer first, String after) {
            Map<String, Object> values = new HashMap<>(variables);
            values.put("first", first);
            values.put("after", after);
            Object[] pairs = new Object[values.size() * 2];
            int i = 0;
            for (var entry : values.entrySet()) {
                pairs[i++] = entry.getKey();
                pairs[i++] = entry.getValue();
            }
            return as(caller, document, pairs);
        }
    }

    @BeforeEach
    void employer() {
        employerId = Fixtures.verifiedEmployer(owner, "Paging " + tag);
    }

    @Test
    void shouldPageEveryListAlikeTwoRowsAtATime() {
        List<List_> lists = lists();
        for (List_ list : lists) {
            Result whole = list.page(100, null);
            List<String> all = whole.get(list.path() + ".nodes.id");
            assertThat(all).as(list.name()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(whole.<Integer>get(list.path() + ".totalCount"))
                    .as(list.name())
                    .isEqualTo(all.size());

            List<String> walked = new ArrayList<>();
            String after = null;
            boolean more = true;
            boolean first = true;
            while (more) {
                Result page = list.page(2, after);
                List<String> ids = page.get(list.path() + ".nodes.id");
                List<String> edgeCursors = page.get(list.path() + ".edges.cursor");
                assertThat(page.<Boolean>get(list.path() + ".pageInfo.hasPreviousPage"))
                        .isEqualTo(!first);
                if (!ids.isEmpty()) {
                    assertThat(page.<String>get(list.path() + ".pageInfo.endCursor"))
                            .isEqualTo(edgeCursors.get(edgeCursors.size() - 1));
                    assertThat(page.<String>get(list.path() + ".pageInfo.startCursor"))
                            .isEqualTo(edgeCursors.get(0));
                }
                walked.addAll(ids);
                more = page.get(list.path() + ".pageInfo.hasNextPage");
                after = page.get(list.path() + ".pageInfo.endCursor");
                first = false;
            }
            assertThat(walked).as(list.name()).containsExactlyElementsOf(all);

            Result none = list.page(0, null);
            assertThat(none.<List<String>>get(list.path() + ".nodes"))
                    .as(list.name())
                    .isEmpty();
            assertThat(none.<Boolean>get(list.path() + ".pageInfo.hasNextPage"))
                    .as(list.name())
                    .isTrue();
            assertThat(none.<Integer>get(list.path() + ".totalCount"))
                    .as(list.name())
                    .isEqualTo(all.size());
        }
    }

    @Test
    void shouldRefuseACursorOfAnotherListOrderOrSessionTheSameWay() {
        List<List_> lists = lists();
        List<String> cursors = new ArrayList<>();
        for (List_ list : lists) {
            cursors.add(list.page(1, null).get(list.path() + ".pageInfo.endCursor"));
        }
        for (int i = 0; i < lists.size(); i++) {
            for (int j = 0; j < lists.size(); j++) {
                if (i == j) {
                    continue;
                }
                Result refused = lists.get(i).page(2, cursors.get(j));
                assertThat(refused.errorCode())
                        .as(lists.get(j).name() + "'s cursor on " + lists.get(i).name())
                        .isEqualTo("BAD_USER_INPUT");
                assertThat(refused.errorField()).isEqualTo("after");
                assertThat(refused.errorMessage()).isEqualTo("after is not a cursor of this list in this order");
            }
            for (String forged : List.of("bm9wZQ", "not base64!", "x".repeat(1000))) {
                assertThat(lists.get(i).page(2, forged).errorField()).isEqualTo("after");
            }
            assertThat(lists.get(i).page(101, null).errorField()).isEqualTo("first");
        }
    }

    private List<List_> lists() {
        List<String> postings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> input = new HashMap<>(Fixtures.posting(employerId, "岗位 " + tag + " " + i, "描述"));
            input.put("salaryMax", 10000 + 1000 * (i % 2));
            String id = as(owner, Fixtures.CREATE_POSTING, "input", input).get("createPosting.posting.id");
            as(owner, Fixtures.SUBMIT_POSTING, "input", Map.of("postingId", id)).get("submitPosting.posting.id");
            postings.add(id);
        }
        for (String id : postings.subList(0, 3)) {
            as(staff, Fixtures.REVIEW_POSTING, "input", Map.of("postingId", id, "approve", true))
                    .get("reviewPosting.posting.id");
        }
        for (int i = 0; i < 3; i++) {
            Fixtures.verifiedEmployer(Tokens.newUser("owner", "employer"), "Paging " + tag + " " + i);
            as(Tokens.newUser("grad", "graduate"), Fixtures.APPLY, "input", Map.of("postingId", postings.get(i)))
                    .get("applyToPosting.application.id");
        }
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sessions.add(as(
                            owner,
                            Fixtures.SCHEDULE,
                            "input",
                            Map.of(
                                    "title",
                                    "Session " + i,
                                    "hostEmployerId",
                                    employerId,
                                    "startsAt",
                                    OffsetDateTime.now().plusDays(1).toString(),
                                    "endsAt",
                                    OffsetDateTime.now()
                                            .plusDays(1)
                                            .plusHours(1)
                                            .toString()))
                    .get("scheduleRecruitmentSession.session.id"));
        }
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            questions.add(Fixtures.ask(Tokens.newUser("viewer", "graduate"), sessions.get(0), "问题 " + i, false));
        }
        as(owner, Fixtures.MODERATE, "input", Map.of("questionId", questions.get(2), "action", "PIN"))
                .get("moderateQuestion.question.id");
        as(Tokens.newUser("fan", "graduate"), Fixtures.UPVOTE, "input", Map.of("questionId", questions.get(1)))
                .get("upvoteQuestion.question.id");
        for (int i = 0; i < 3; i++) {
            Fixtures.ask(Tokens.newUser("viewer", "graduate"), sessions.get(1), "别的场次 " + i, false);
        }

        String postingsList = "query($first: Int, $after: String, $s: String, $order: PostingOrder) {"
                + " postings(first: $first, after: $after, filter: {search: $s}, orderBy: $order) { " + CONNECTION
                + " } }";
        String questionsList = "query($first: Int, $after: String, $session: ID!, $order: QuestionOrder) {"
                + " node(id: $session) { ... on RecruitmentSession {"
                + " questions(first: $first, after: $after, orderBy: $order) { " + CONNECTION + " } } } }";
        List<List_> lists = new ArrayList<>();
        lists.add(new List_("postings, newest first", owner, postingsList, "postings", Map.of("s", tag)));
        lists.add(new List_(
                "postings by salary",
                owner,
                postingsList,
                "postings",
                Map.of("s", tag, "order", Map.of("field", "SALARY_MAX", "direction", "ASC"))));
        lists.add(new List_(
                "postings by relevance",
                owner,
                postingsList,
                "postings",
                Map.of("s", tag + " 岗位", "order", Map.of("field", "RELEVANCE", "direction", "DESC"))));
        lists.add(new List_(
                "review queue",
                staff,
                "query($first: Int, $after: String, $s: String) { postingReviewQueue(first: $first, after: $after) { "
                        + CONNECTION + " } postings(filter: {search: $s}) { totalCount } }",
                "postingReviewQueue",
                Map.of("s", tag)));
        lists.add(new List_(
                "employers",
                staff,
                "query($first: Int, $after: String, $s: String) { employers(first: $first, after: $after,"
                        + " filter: {search: $s}) { " + CONNECTION + " } }",
                "employers",
                Map.of("s", tag)));
        lists.add(new List_(
                "applications",
                owner,
                "query($first: Int, $after: String, $e: ID) { applications(first: $first, after: $after,"
                        + " filter: {employerId: $e}) { " + CONNECTION + " } }",
                "applications",
                Map.of("e", employerId)));
        lists.add(new List_(
                "sessions",
                owner,
                "query($first: Int, $after: String, $e: ID) { recruitmentSessions(first: $first, after: $after,"
                        + " filter: {hostEmployerId: $e}) { " + CONNECTION + " } }",
                "recruitmentSessions",
                Map.of("e", employerId)));
        lists.add(new List_(
                "questions by upvotes", owner, questionsList, "node.questions", Map.of("session", sessions.get(0))));
        lists.add(new List_(
                "questions oldest first",
                owner,
                questionsList,
                "node.questions",
                Map.of("session", sessions.get(0), "order", Map.of("field", "ASKED_AT", "direction", "ASC"))));
        lists.add(new List_(
                "another session's questions",
                owner,
                questionsList,
                "node.questions",
                Map.of("session", sessions.get(1))));
        for (int i = 0; i < 3; i++) {
            as(
                            owner,
                            "mutation($input: AddEmployerMemberInput!) { addEmployerMember(input: $input) { invitation { id } } }",
                            "input",
                            Map.of("employerId", employerId, "subject", "invited-" + tag + "-" + i))
                    .get("addEmployerMember.invitation.id");
        }
        lists.add(new List_(
                "an employer's invitations, newest first",
                owner,
                "query($first: Int, $after: String, $e: ID!) { node(id: $e) { ... on Employer {"
                        + " invitations(first: $first, after: $after) { " + CONNECTION + " } } } }",
                "node.invitations",
                Map.of("e", employerId)));
        guidanceLists(lists);
        relationsLists(lists);
        return lists;
    }

    /** Employer visits (two on one day, so the id breaks the tie) and cooperation programmes of the employer. */
    private void relationsLists(List<List_> lists) {
        java.time.LocalDate today = VisitFixtures.today();
        for (int days : new int[] {3, 1, 1}) {
            VisitFixtures.record(
                    staff, VisitFixtures.visit(employerId, today.minusDays(days), List.of("走访人"), 1, null));
            VisitFixtures.createProgramme(staff, employerId, "项目班 " + tag + " " + days);
        }
        lists.add(new List_(
                "employer visits, newest first",
                staff,
                "query($first: Int, $after: String, $e: ID) { employerVisits(first: $first, after: $after,"
                        + " filter: {employerId: $e}) { " + CONNECTION + " } }",
                "employerVisits",
                Map.of("e", employerId)));
        lists.add(new List_(
                "cooperation programmes, latest start first",
                staff,
                "query($first: Int, $after: String, $e: ID) { cooperationProgrammes(first: $first, after: $after,"
                        + " filter: {employerId: $e}) { " + CONNECTION + " } }",
                "cooperationProgrammes",
                Map.of("e", employerId)));
    }

    /** Counselling slots, appointments, guidance events and registrations, each at least three rows. */
    private void guidanceLists(List<List_> lists) {
        OffsetDateTime start = GuidanceFixtures.freeTime();
        List<String> slots = GuidanceFixtures.publish(staff, start, 30, 4, 1);
        Tokens.User graduate = Tokens.newUser("pager", "graduate");
        for (String slot : slots.subList(0, 2)) {
            String id = GuidanceFixtures.book(graduate, slot).get("bookAppointment.appointment.id");
            GuidanceFixtures.cancel(graduate, id).get("cancelAppointment.appointment.id");
        }
        GuidanceFixtures.book(graduate, slots.get(2)).get("bookAppointment.appointment.id");
        for (int i = 0; i < 2; i++) {
            GuidanceFixtures.book(Tokens.newUser("queue", "graduate"), slots.get(2))
                    .get("bookAppointment.appointment.id");
        }
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            events.add(GuidanceFixtures.createEvent(staff, start.plusHours(i), 1, null));
            GuidanceFixtures.register(graduate, events.get(i)).get("registerForGuidanceEvent.registration.id");
        }
        for (int i = 0; i < 2; i++) {
            GuidanceFixtures.register(Tokens.newUser("queue", "graduate"), events.get(0))
                    .get("registerForGuidanceEvent.registration.id");
        }
        Map<String, Object> window =
                Map.of("from", start.toString(), "to", start.plusHours(3).toString());
        lists.add(new List_(
                "counselling slots",
                owner,
                "query($first: Int, $after: String, $from: DateTime, $to: DateTime) { counsellingSlots(first: $first,"
                        + " after: $after, filter: {from: $from, to: $to}) { " + CONNECTION + " } }",
                "counsellingSlots",
                window));
        lists.add(new List_(
                "guidance events",
                owner,
                "query($first: Int, $after: String, $from: DateTime, $to: DateTime) { guidanceEvents(first: $first,"
                        + " after: $after, filter: {from: $from, to: $to}) { " + CONNECTION + " } }",
                "guidanceEvents",
                window));
        lists.add(new List_(
                "viewer's appointments",
                graduate,
                "query($first: Int, $after: String) { viewer { appointments(first: $first, after: $after) { "
                        + CONNECTION + " } } }",
                "viewer.appointments",
                Map.of()));
        lists.add(new List_(
                "a slot's appointments",
                staff,
                "query($first: Int, $after: String, $slot: ID) { appointments(first: $first, after: $after,"
                        + " filter: {slotId: $slot}) { " + CONNECTION + " } }",
                "appointments",
                Map.of("slot", slots.get(2))));
        lists.add(new List_(
                "viewer's guidance registrations",
                graduate,
                "query($first: Int, $after: String) { viewer { guidanceRegistrations(first: $first, after: $after) { "
                        + CONNECTION + " } } }",
                "viewer.guidanceRegistrations",
                Map.of()));
        lists.add(new List_(
                "an event's registrations",
                staff,
                "query($first: Int, $after: String, $event: ID) { guidanceRegistrations(first: $first, after: $after,"
                        + " filter: {eventId: $event}) { " + CONNECTION + " } }",
                "guidanceRegistrations",
                Map.of("event", events.get(0))));
        // Destinations of three graduates of a college of this test's own; a week's reports of two such colleges.
        java.time.LocalDate monday = OutcomeFixtures.pastMonday();
        int year = monday.getYear();
        for (int i = 0; i < 3; i++) {
            Tokens.User reporter = OutcomeFixtures.graduate("学院" + tag + (i % 2), "专业", "BACHELOR", year);
            OutcomeFixtures.report(reporter, "FURTHER_STUDY", "本校");
        }
        lists.add(new List_(
                "outcomes, latest first",
                staff,
                "query($first: Int, $after: String, $c: [String!]) { outcomes(first: $first, after: $after,"
                        + " filter: {colleges: $c}) { " + CONNECTION + " } }",
                "outcomes",
                Map.of("c", List.of("学院" + tag + "0", "学院" + tag + "1"))));
        as(
                        staff,
                        "mutation($input: IssueWeeklyReportsInput!) { issueWeeklyReports(input: $input) { reports { id } } }",
                        "input",
                        Map.of("weekStarting", monday.toString()))
                .get("issueWeeklyReports");
        lists.add(new List_(
                "a week's reports",
                staff,
                "query($first: Int, $after: String, $w: Date) { weeklyReports(first: $first, after: $after,"
                        + " filter: {weekStarting: $w}) { " + CONNECTION + " } }",
                "weeklyReports",
                Map.of("w", monday.toString())));
    }
}
