package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.campuscareers.common.GlobalId;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Fixtures.LiveSession;
import org.campuscareers.support.GraphQLWebSocket;
import org.campuscareers.support.GraphQLWebSocket.Protocol;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/** Staff suspend a verified employer and reinstate it: what disappears, for whom, and what comes back. */
@QuarkusTest
class SuspensionTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Predicate<JsonObject> NOT_COUNTS = data -> data.getJsonObject("sessionEvents") == null
            || !"VIEWER_COUNT_CHANGED"
                    .equals(data.getJsonObject("sessionEvents").getString("type"));

    static final String SUSPEND = """
            mutation($input: SuspendEmployerInput!) { suspendEmployer(input: $input) { employer { id status } } }""";
    static final String REINSTATE = """
            mutation($input: ReinstateEmployerInput!) { reinstateEmployer(input: $input) { employer { id status } } }""";
    static final String SEARCH = """
            query($q: String!) { postings(filter: {search: $q}) { totalCount nodes { id } } }""";
    static final String NODE = "query($id: ID!) { node(id: $id) { id } }";
    static final String SESSIONS_OF = """
            query($host: ID!) { recruitmentSessions(filter: {hostEmployerId: $host}) { totalCount nodes { id status } } }""";
    static final String FEATURED = """
            query($id: ID!) { node(id: $id) { ... on RecruitmentSession { featuredPostings { id } } } }""";
    static final String SESSION_STATUS = """
            query($id: ID!) { node(id: $id) { ... on RecruitmentSession { status } } }""";
    static final String APPLICANTS = """
            query($p: ID!) { applications(filter: {postingId: $p}) { totalCount } }""";
    static final String OWN_APPLICATIONS = """
            { viewer { applications { nodes { status posting { id title } } } } }""";
    static final String EMPLOYER_POSTINGS = """
            query($id: ID!) { node(id: $id) { ... on Employer { postings { totalCount } } } }""";
    static final String EMPLOYER = """
            query($id: ID!) { node(id: $id) { ... on Employer { status statusReason } } }""";

    @Inject
    Vertx vertx;

    @Inject
    EntityManager entityManager;

    @TestHTTPResource("/")
    URI uri;

    final String word =
            "suspended" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void shouldHideASuspendedEmployersPostingsAndSessionsCutItsMembersOffAndRestoreThemOnReinstatement() {
        // 1. An employer runs a live session featuring its posting, has another one scheduled, and
        //    its posting is featured in a session of the career center's own; a graduate applied.
        Tokens.User owner = Tokens.newUser("owner", "employer");
        Tokens.User staff = Fixtures.staff();
        LiveSession live = Fixtures.liveSession(owner, false);
        String employerId = live.employerId();
        String postingId = Fixtures.publishedPosting(owner, employerId, "招聘 " + word, "描述 " + word);
        as(owner, Fixtures.START, "input", Map.of("sessionId", live.sessionId()))
                .get("startRecruitmentSession.session.status");
        String scheduled = schedule(owner, employerId, List.of());
        String centerSession = schedule(staff, null, List.of(postingId));
        Tokens.User graduate = Tokens.newUser("applicant", "graduate");
        String graduateId = as(
                        graduate,
                        """
                mutation($input: UpdateGraduateProfileInput!) { updateGraduateProfile(input: $input) { graduate { id } } }""",
                        "input",
                        Map.of("name", "李四", "phone", "+86 139 1111 2222", "email", "ls@example.edu"))
                .get("updateGraduateProfile.graduate.id");
        as(graduate, Fixtures.APPLY, "input", Map.of("postingId", postingId)).get("applyToPosting.application.id");
        String contact = "query($id: ID!) { node(id: $id) { ... on Graduate { phone } } }";
        assertThat(as(owner, contact, "id", graduateId).<String>get("node.phone"))
                .isEqualTo("+86 139 1111 2222");
        assertThat(anonymous(SEARCH, "q", word).<Integer>get("postings.totalCount"))
                .isEqualTo(1);

        String questionId;
        try (GraphQLWebSocket ws = GraphQLWebSocket.connect(vertx, uri, Protocol.TRANSPORT_WS, null)) {
            String cursor = anonymous(
                            "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { lastEventCursor } } }",
                            "id",
                            live.sessionId())
                    .get("node.lastEventCursor");
            String sub = ws.subscribe(Fixtures.EVENTS, vars(live.sessionId(), cursor));
            // The subscription runs once the host's next change reaches it (from the cursor read before).
            questionId = Fixtures.ask(owner, live.sessionId(), "欢迎提问", false);
            assertThat(type(ws.next(sub, 1, WAIT, NOT_COUNTS))).isEqualTo("QUESTION_ASKED");

            // 2. Staff suspend it: its live session ends, and the watching viewer is told so.
            assertThat(as(staff, SUSPEND, "input", Map.of("employerId", employerId, "reason", "虚假招聘信息"))
                            .<String>get("suspendEmployer.employer.status"))
                    .isEqualTo("SUSPENDED");
            List<JsonObject> ended = ws.next(sub, 1, WAIT, NOT_COUNTS);
            assertThat(type(ended)).isEqualTo("SESSION_ENDED");
            assertThat(ended.getFirst()
                            .getJsonObject("sessionEvents")
                            .getJsonObject("session")
                            .getString("status"))
                    .isEqualTo("ENDED");

            // A new subscription to its session finds nothing.
            String again = ws.subscribe(Fixtures.EVENTS, vars(live.sessionId(), null));
            JsonObject refused = ws.nextMessage(again, WAIT);
            assertThat(refused.encode()).contains("NOT_FOUND");
        }

        // 3. Its postings and sessions are gone for everyone but staff: lists, search, node, nested.
        Tokens.User peer = Tokens.newUser("peer", "graduate");
        for (Tokens.User user : java.util.Arrays.asList(null, peer, owner, graduate)) {
            assertThat(query(user, SEARCH, "q", word).<Integer>get("postings.totalCount"))
                    .as("search for %s", user)
                    .isZero();
            assertThat(query(user, NODE, "id", postingId).<Object>get("node")).isNull();
            assertThat(query(user, NODE, "id", live.sessionId()).<Object>get("node"))
                    .isNull();
            assertThat(query(user, NODE, "id", scheduled).<Object>get("node")).isNull();
            assertThat(query(user, NODE, "id", questionId).<Object>get("node")).isNull();
            assertThat(query(user, SESSIONS_OF, "host", employerId).<Integer>get("recruitmentSessions.totalCount"))
                    .isZero();
            assertThat(query(user, FEATURED, "id", centerSession).<List<?>>get("node.featuredPostings"))
                    .isEmpty();
        }
        assertThat(as(staff, SEARCH, "q", word).<Integer>get("postings.totalCount"))
                .isEqualTo(1);
        assertThat(as(staff, SESSION_STATUS, "id", live.sessionId()).<String>get("node.status"))
                .isEqualTo("ENDED");
        assertThat(as(staff, NODE, "id", questionId).<String>get("node.id")).isEqualTo(questionId);
        assertThat(as(staff, SESSION_STATUS, "id", scheduled).<String>get("node.status"))
                .isEqualTo("CANCELLED");
        assertThat(as(staff, SESSIONS_OF, "host", employerId).<Integer>get("recruitmentSessions.totalCount"))
                .isEqualTo(2);
        assertThat(as(staff, FEATURED, "id", centerSession).<List<?>>get("node.featuredPostings"))
                .hasSize(1);

        // Its members see the employer, suspended and why, and act for it in nothing.
        assertThat(as(owner, EMPLOYER, "id", employerId).<String>get("node.statusReason"))
                .isEqualTo("虚假招聘信息");
        assertThat(as(owner, EMPLOYER_POSTINGS, "id", employerId).<Integer>get("node.postings.totalCount"))
                .isZero();
        assertThat(as(staff, EMPLOYER_POSTINGS, "id", employerId).<Integer>get("node.postings.totalCount"))
                .isEqualTo(2);
        assertThat(as(owner, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "新职位", "描述"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(owner, APPLICANTS, "p", postingId).<Integer>get("applications.totalCount"))
                .isZero();
        assertThat(as(owner, contact, "id", graduateId).<Object>get("node")).isNull();
        assertThat(as(owner, Fixtures.ASK, "input", Map.of("sessionId", live.sessionId(), "body", "还在吗"))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        // The graduate still has its application, with the posting it applied to.
        assertThat(as(graduate, OWN_APPLICATIONS).<String>get("viewer.applications.nodes[0].posting.id"))
                .isEqualTo(postingId);

        // Only a verified employer can be suspended, only a suspended one reinstated.
        assertThat(as(staff, SUSPEND, "input", Map.of("employerId", employerId, "reason", "again"))
                        .errorCode())
                .isEqualTo("CONFLICT");

        // 4. Reinstated: postings as they were, sessions ended or cancelled as they were left.
        assertThat(as(staff, REINSTATE, "input", Map.of("employerId", employerId, "reason", "整改完成"))
                        .<String>get("reinstateEmployer.employer.status"))
                .isEqualTo("VERIFIED");
        assertThat(as(staff, REINSTATE, "input", Map.of("employerId", employerId, "reason", "again"))
                        .errorCode())
                .isEqualTo("CONFLICT");
        assertThat(anonymous(SEARCH, "q", word).<List<String>>get("postings.nodes.id"))
                .containsExactly(postingId);
        assertThat(anonymous(SESSION_STATUS, "id", live.sessionId()).<String>get("node.status"))
                .isEqualTo("ENDED");
        assertThat(anonymous(SESSION_STATUS, "id", scheduled).<String>get("node.status"))
                .isEqualTo("CANCELLED");
        assertThat(anonymous(FEATURED, "id", centerSession).<List<?>>get("node.featuredPostings"))
                .hasSize(1);
        assertThat(as(owner, APPLICANTS, "p", postingId).<Integer>get("applications.totalCount"))
                .isEqualTo(1);
        assertThat(as(owner, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "新职位", "描述"))
                        .<String>get("createPosting.posting.id"))
                .isNotNull();

        // Staff's two decisions are in the history, who, when and why.
        List<?> history = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("select to_status, reason, changed_by from employer_status_change"
                                + " where employer_id = :id order by id")
                        .setParameter("id", GlobalId.require("Employer", employerId, "id"))
                        .getResultList());
        assertThat(history)
                .extracting(row -> List.of((Object[]) row))
                .containsExactly(
                        List.of("SUSPENDED", "虚假招聘信息", staff.subject()), List.of("VERIFIED", "整改完成", staff.subject()));
    }

    @Test
    void shouldLetOnlyStaffSuspendAndOnlyVerifiedEmployers() {
        Tokens.User owner = Tokens.newUser("owner", "employer");
        String employerId = Fixtures.verifiedEmployer(owner, "Own " + word);
        assertThat(as(owner, SUSPEND, "input", Map.of("employerId", employerId, "reason", "x"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        String pending = as(
                        owner,
                        Fixtures.REGISTER_EMPLOYER,
                        "input",
                        Map.of("name", "Pending " + word, "kind", "COMPANY", "industry", "INTERNET", "region", "北京"))
                .get("registerEmployer.employer.id");
        assertThat(as(Fixtures.staff(), SUSPEND, "input", Map.of("employerId", pending, "reason", "x"))
                        .errorCode())
                .isEqualTo("CONFLICT");
        assertThat(as(Fixtures.staff(), SUSPEND, "input", Map.of("employerId", employerId, "reason", ""))
                        .errorField())
                .isEqualTo("reason");
    }

    private static org.campuscareers.support.GraphQLClient.Result query(
            Tokens.User user, String document, Object... variables) {
        return user == null ? anonymous(document, variables) : as(user, document, variables);
    }

    private static String schedule(Tokens.User user, String hostEmployerId, List<String> featured) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "宣讲会");
        input.put("hostEmployerId", hostEmployerId);
        input.put("startsAt", OffsetDateTime.now().plusDays(1).toString());
        input.put("endsAt", OffsetDateTime.now().plusDays(1).plusHours(2).toString());
        input.put("featuredPostingIds", featured);
        return as(user, Fixtures.SCHEDULE, "input", input).get("scheduleRecruitmentSession.session.id");
    }

    private static Map<String, Object> vars(String sessionId, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("session", sessionId);
        variables.put("after", after);
        return variables;
    }

    private static String type(List<JsonObject> events) {
        return events.getFirst().getJsonObject("sessionEvents").getString("type");
    }
}
