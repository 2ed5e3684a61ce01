package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;
import static org.campuscareers.support.VisitFixtures.LIST;
import static org.campuscareers.support.VisitFixtures.NODE;
import static org.campuscareers.support.VisitFixtures.RECORD;
import static org.campuscareers.support.VisitFixtures.SUMMARY;
import static org.campuscareers.support.VisitFixtures.today;
import static org.campuscareers.support.VisitFixtures.visit;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.GlobalId;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.OutcomeFixtures;
import org.campuscareers.support.Tokens;
import org.campuscareers.support.VisitFixtures;
import org.junit.jupiter.api.Test;

/**
 * Employer visits (访企拓岗): recording, follow-ups, the staff list, who may see them, the postings
 * they open (explicitly, by default, and the 180-day edge on both sides), and the summary figures.
 */
@QuarkusTest
class EmployerVisitTest {

    final Tokens.User staff = Fixtures.staff();
    final Tokens.User member = Tokens.newUser("member", "employer");

    String employer(String name) {
        return Fixtures.verifiedEmployer(member, name + " " + OutcomeFixtures.token());
    }

    @Test
    void shouldRecordVisitsAndListThemNewestFirstByEmployerAndDays() {
        String employerId = employer("走访公司");
        String old = VisitFixtures.record(staff, visit(employerId, today().minusDays(40), List.of("张主任"), 5, null));
        String middle = VisitFixtures.record(
                staff, visit(employerId, today().minusDays(20), List.of(" 李老师 ", "王处长", "李老师"), 2, null));
        String recent = VisitFixtures.record(staff, visit(employerId, today(), List.of("Ｚｈａｏ"), 0, null));

        Result first = as(staff, LIST, "first", 2, "filter", Map.of("employerId", employerId));
        assertThat(first.<Integer>get("employerVisits.totalCount")).isEqualTo(3);
        assertThat(first.<List<String>>get("employerVisits.nodes.id")).containsExactly(recent, middle);
        assertThat(first.<Boolean>get("employerVisits.pageInfo.hasNextPage")).isTrue();
        // Names are trimmed and kept in one form; a name given twice counts once.
        assertThat(first.<List<List<String>>>get("employerVisits.nodes.visitors"))
                .containsExactly(List.of("Zhao"), List.of("李老师", "王处长"));
        assertThat(first.<List<String>>get("employerVisits.nodes.employer.id")).containsOnly(employerId);
        assertThat(first.<List<String>>get("employerVisits.nodes.recordedBy")).containsOnly(staff.subject());

        Result rest = as(
                staff,
                LIST,
                "first",
                2,
                "after",
                first.get("employerVisits.pageInfo.endCursor"),
                "filter",
                Map.of("employerId", employerId));
        assertThat(rest.<List<String>>get("employerVisits.nodes.id")).containsExactly(old);
        assertThat(rest.<Boolean>get("employerVisits.pageInfo.hasNextPage")).isFalse();

        Map<String, Object> days = Map.of(
                "employerId",
                employerId,
                "from",
                today().minusDays(40).toString(),
                "to",
                today().minusDays(20).toString());
        assertThat(as(staff, LIST, "filter", days).<List<String>>get("employerVisits.nodes.id"))
                .containsExactly(middle, old);
        assertThat(as(staff, LIST, "filter", Map.of("employerId", employerId, "from", today().toString()))
                        .<List<String>>get("employerVisits.nodes.id"))
                .containsExactly(recent);

        Result node = as(Fixtures.staff(), NODE, "id", middle);
        assertThat(node.<Integer>get("node.postsPromised")).isEqualTo(2);
        assertThat(node.<String>get("node.visitedOn"))
                .isEqualTo(today().minusDays(20).toString());
        assertThat(node.<String>get("node.notes")).isEqualTo("走访座谈，洽谈岗位");
        assertThat(node.<Object>get("node.followUpOf")).isNull();
        // Admin counts as staff.
        assertThat(as(Tokens.newUser("admin", "admin"), NODE, "id", middle).<String>get("node.id"))
                .isEqualTo(middle);
    }

    @Test
    void shouldRecordAFollowUpOfAnEarlierOrSameDayVisitOfTheSameEmployerOnly() {
        String employerId = employer("回访公司");
        String otherEmployer = employer("别的公司");
        String first = VisitFixtures.record(staff, visit(employerId, today().minusDays(30), List.of("张主任"), 4, null));
        String other =
                VisitFixtures.record(staff, visit(otherEmployer, today().minusDays(30), List.of("张主任"), 1, null));

        Result followUp = as(staff, RECORD, "input", visit(employerId, today().minusDays(2), List.of("张主任"), 2, first));
        assertThat(followUp.<String>get("recordEmployerVisit.visit.followUpOf.id"))
                .isEqualTo(first);
        // The same day is allowed: a morning visit followed up in the afternoon.
        assertThat(as(staff, RECORD, "input", visit(employerId, today().minusDays(30), List.of("李"), 1, first))
                        .<String>get("recordEmployerVisit.visit.followUpOf.id"))
                .isEqualTo(first);

        Result earlier = as(staff, RECORD, "input", visit(employerId, today().minusDays(31), List.of("李"), 1, first));
        assertThat(earlier.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(earlier.errorField()).isEqualTo("followUpOfVisitId");
        Result ofOther = as(staff, RECORD, "input", visit(employerId, today(), List.of("李"), 1, other));
        assertThat(ofOther.errorField()).isEqualTo("followUpOfVisitId");
        Result missing = as(
                staff,
                RECORD,
                "input",
                visit(employerId, today(), List.of("李"), 1, GlobalId.of("EmployerVisit", Long.MAX_VALUE)));
        assertThat(missing.errorField()).isEqualTo("followUpOfVisitId");
        Result notAVisit = as(staff, RECORD, "input", visit(employerId, today(), List.of("李"), 1, employerId));
        assertThat(notAVisit.errorField()).isEqualTo("followUpOfVisitId");

        // Only the two good visits were stored.
        assertThat(as(staff, LIST, "filter", Map.of("employerId", employerId))
                        .<Integer>get("employerVisits.totalCount"))
                .isEqualTo(3);
    }

    @Test
    void shouldRefuseBadVisitsNamingTheFieldAndStoreNothing() {
        String employerId = employer("校验公司");
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> inputs = new java.util.ArrayList<>();
        java.util.function.BiConsumer<String, Map<String, Object>> bad = (field, input) -> {
            expected.put(field + " #" + inputs.size(), field);
            inputs.add(input);
        };
        bad.accept("visitors", visit(employerId, today(), List.of(), 1, null));
        bad.accept("visitors", visit(employerId, today(), List.of("张三", "  "), 1, null));
        bad.accept("visitors", visit(employerId, today(), Collections.nCopies(11, "张三"), 1, null));
        bad.accept("visitors", visit(employerId, today(), List.of("长".repeat(101)), 1, null));
        bad.accept("postsPromised", visit(employerId, today(), List.of("张三"), -1, null));
        bad.accept("postsPromised", visit(employerId, today(), List.of("张三"), 10_001, null));
        bad.accept("visitedOn", visit(employerId, today().plusDays(1), List.of("张三"), 1, null));
        bad.accept("visitedOn", visit(employerId, LocalDate.of(1999, 12, 31), List.of("张三"), 1, null));
        Map<String, Object> longNotes = visit(employerId, today(), List.of("张三"), 1, null);
        longNotes.put("notes", "记".repeat(4001));
        bad.accept("notes", longNotes);
        bad.accept("employerId", visit("x", today(), List.of("张三"), 1, null));
        int i = 0;
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            Result result = as(staff, RECORD, "input", inputs.get(i++));
            assertThat(result.errorCode()).as(entry.getKey()).isEqualTo("BAD_USER_INPUT");
            assertThat(result.errorField()).as(entry.getKey()).isEqualTo(entry.getValue());
        }
        // 10000 promised posts and ten visitors are the upper bounds, and fine.
        List<String> ten = List.of("甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸");
        assertThat(as(staff, RECORD, "input", visit(employerId, today(), ten, 10_000, null))
                        .ok())
                .isTrue();

        Result unknown = as(
                staff,
                RECORD,
                "input",
                visit(GlobalId.of("Employer", Long.MAX_VALUE), today(), List.of("张三"), 1, null));
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(as(staff, LIST, "filter", Map.of("employerId", employerId))
                        .<Integer>get("employerVisits.totalCount"))
                .isEqualTo(1);
    }

    @Test
    void shouldShowVisitsToStaffOnlyOnEveryPath() {
        String employerId = employer("保密公司");
        String visitId = VisitFixtures.record(staff, visit(employerId, today(), List.of("张主任"), 3, null));
        Tokens.User graduate = Tokens.newUser("grad", "graduate");
        Map<String, Object> input = visit(employerId, today(), List.of("张三"), 1, null);

        assertThat(anonymous(LIST).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous(SUMMARY).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous(RECORD, "input", input).errorCode()).isEqualTo("UNAUTHENTICATED");
        for (Tokens.User user : List.of(graduate, member)) {
            assertThat(as(user, LIST).errorCode()).isEqualTo("FORBIDDEN");
            assertThat(as(user, SUMMARY).errorCode()).isEqualTo("FORBIDDEN");
            assertThat(as(user, RECORD, "input", input).errorCode()).isEqualTo("FORBIDDEN");
            // node(id:) answers as for an id that does not exist, nested fields and all.
            Result node = as(user, NODE, "id", visitId);
            assertThat(node.ok()).isTrue();
            assertThat(node.<Object>get("node")).isNull();
            assertThat(node.body())
                    .isEqualTo(as(user, NODE, "id", GlobalId.of("EmployerVisit", Long.MAX_VALUE))
                            .body());
        }
        Result anonymousNode = anonymous(NODE, "id", visitId);
        assertThat(anonymousNode.<Object>get("node")).isNull();
        // The refused calls stored nothing.
        assertThat(as(staff, LIST, "filter", Map.of("employerId", employerId))
                        .<Integer>get("employerVisits.totalCount"))
                .isEqualTo(1);
    }

    @Test
    void shouldLinkPostingsToTheLatestVisitByDefaultOrToTheVisitNamed() {
        String employerId = employer("拓岗公司");
        String otherEmployer = employer("其他公司");
        String earlier = VisitFixtures.record(staff, visit(employerId, today().minusDays(30), List.of("张主任"), 2, null));
        String later = VisitFixtures.record(staff, visit(employerId, today().minusDays(10), List.of("李老师"), 1, null));
        String others = VisitFixtures.record(staff, visit(otherEmployer, today(), List.of("李老师"), 1, null));
        String before = VisitFixtures.draft(member, employerId, "默认关联", 2, null);
        String named = VisitFixtures.draft(member, employerId, "指定关联", 1, earlier);

        assertThat(as(staff, NODE, "id", later).<List<String>>get("node.postingsOpened.id"))
                .containsExactly(before);
        assertThat(as(staff, NODE, "id", earlier).<List<String>>get("node.postingsOpened.id"))
                .containsExactly(named);
        // Another employer's visit, an id of something else, a visit that does not exist: visitId is refused.
        for (String visitId : List.of(others, employerId, GlobalId.of("EmployerVisit", Long.MAX_VALUE))) {
            Map<String, Object> input = new HashMap<>(Fixtures.posting(employerId, "错误关联", "描述"));
            input.put("visitId", visitId);
            Result refused = as(member, Fixtures.CREATE_POSTING, "input", input);
            assertThat(refused.errorCode()).as(visitId).isEqualTo("BAD_USER_INPUT");
            assertThat(refused.errorField()).as(visitId).isEqualTo("visitId");
        }
        assertThat(as(staff, NODE, "id", others).<List<String>>get("node.postingsOpened"))
                .isEmpty();
        // Staff writing a posting for the employer link it the same way.
        String byStaff = VisitFixtures.draft(staff, employerId, "中心代发", 1, null);
        assertThat(as(staff, NODE, "id", later).<List<String>>get("node.postingsOpened.id"))
                .containsExactly(before, byStaff);
        // The refused postings were not stored.
        assertThat(as(member, "query($e: ID!) { postings(filter: {employerId: $e}) { totalCount } }", "e", employerId)
                        .<Integer>get("postings.totalCount"))
                .isEqualTo(3);
    }

    @Test
    void shouldLinkAPostingToAVisitOf180DaysBeforeButNotOf181() {
        String onEdge = employer("180天公司");
        String pastEdge = employer("181天公司");
        String day180 = VisitFixtures.record(staff, visit(onEdge, today().minusDays(180), List.of("张主任"), 1, null));
        String day181 = VisitFixtures.record(staff, visit(pastEdge, today().minusDays(181), List.of("张主任"), 1, null));

        String linked = VisitFixtures.draft(member, onEdge, "第180天", 1, null);
        String explicit = VisitFixtures.draft(member, onEdge, "第180天指定", 1, day180);
        VisitFixtures.draft(member, pastEdge, "第181天", 1, null);
        assertThat(as(staff, NODE, "id", day180).<List<String>>get("node.postingsOpened.id"))
                .containsExactly(linked, explicit);
        assertThat(as(staff, NODE, "id", day181).<List<String>>get("node.postingsOpened"))
                .isEmpty();

        Map<String, Object> input = new HashMap<>(Fixtures.posting(pastEdge, "第181天指定", "描述"));
        input.put("visitId", day181);
        Result refused = as(member, Fixtures.CREATE_POSTING, "input", input);
        assertThat(refused.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.errorField()).isEqualTo("visitId");
    }

    @Test
    void shouldCountPostsPromisedAgainstPostsOpenedPerVisitAndPerVisitor() {
        String employerId = employer("统计公司");
        // A first visit by two, promising 3: one posting published (headcount 3), one left a draft (2).
        String first =
                VisitFixtures.record(staff, visit(employerId, today().minusDays(20), List.of("张主任", "李老师"), 3, null));
        VisitFixtures.published(member, employerId, "算法工程师", 3, null);
        VisitFixtures.draft(member, employerId, "测试工程师", 2, first);
        // A follow-up by one of them, promising 2 of its own: one posting published (headcount 5).
        String followUp =
                VisitFixtures.record(staff, visit(employerId, today().minusDays(5), List.of("张主任"), 2, first));
        VisitFixtures.published(member, employerId, "产品经理", 5, null);

        assertThat(as(staff, NODE, "id", first).<Map<String, Integer>>get("node.opened"))
                .isEqualTo(Map.of("postings", 2, "publishedPostings", 1, "publishedHeadcount", 3));
        assertThat(as(staff, NODE, "id", followUp).<Map<String, Integer>>get("node.opened"))
                .isEqualTo(Map.of("postings", 1, "publishedPostings", 1, "publishedHeadcount", 5));

        Result summary = as(staff, SUMMARY, "filter", Map.of("employerId", employerId));
        assertThat(summary.<Integer>get("employerVisitSummary.visits")).isEqualTo(2);
        assertThat(summary.<Integer>get("employerVisitSummary.postsPromised")).isEqualTo(5);
        assertThat(summary.<Map<String, Integer>>get("employerVisitSummary.opened"))
                .isEqualTo(Map.of("postings", 3, "publishedPostings", 2, "publishedHeadcount", 8));
        List<Map<String, Object>> byVisitor = summary.get("employerVisitSummary.byVisitor");
        assertThat(byVisitor)
                .containsExactlyInAnyOrder(
                        Map.of(
                                "visitor",
                                "张主任",
                                "visits",
                                2,
                                "postsPromised",
                                5,
                                "opened",
                                Map.of("postings", 3, "publishedPostings", 2, "publishedHeadcount", 8)),
                        Map.of(
                                "visitor",
                                "李老师",
                                "visits",
                                1,
                                "postsPromised",
                                3,
                                "opened",
                                Map.of("postings", 2, "publishedPostings", 1, "publishedHeadcount", 3)));

        // The days narrow it: only the follow-up.
        Result recent = as(
                staff,
                SUMMARY,
                "filter",
                Map.of("employerId", employerId, "from", today().minusDays(5).toString()));
        assertThat(recent.<Integer>get("employerVisitSummary.postsPromised")).isEqualTo(2);
        assertThat(recent.<List<String>>get("employerVisitSummary.byVisitor.visitor"))
                .containsExactly("张主任");
        assertThat(recent.<Integer>get("employerVisitSummary.opened.publishedHeadcount"))
                .isEqualTo(5);
    }
}
