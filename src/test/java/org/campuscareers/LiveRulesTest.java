package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.campuscareers.common.GlobalId;
import org.campuscareers.live.stream.EventHub;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Fixtures.LiveSession;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.GraphQLWebSocket;
import org.campuscareers.support.GraphQLWebSocket.Protocol;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/** Who may run a session, the session's state machine, and the rules on its inputs. */
@QuarkusTest
class LiveRulesTest {

    static final String CANCEL =
            "mutation($input: CancelRecruitmentSessionInput!) { cancelRecruitmentSession(input: $input) { session { status } } }";
    static final String UPDATE = """
            mutation($input: UpdateRecruitmentSessionInput!) { updateRecruitmentSession(input: $input) { session { title } } }""";
    static final String FEATURE = """
            mutation($input: SetFeaturedPostingsInput!) { setFeaturedPostings(input: $input) { session { featuredPostings { id } } } }""";

    @Inject
    Vertx vertx;

    @Inject
    EventHub hub;

    @TestHTTPResource("/")
    URI uri;

    final Tokens.User host = Tokens.newUser("host", "employer");

    static Map<String, Object> plan(String employerId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "宣讲会");
        input.put("hostEmployerId", employerId);
        input.put("startsAt", startsAt.toString());
        input.put("endsAt", endsAt.toString());
        return input;
    }

    @Test
    void shouldLetOnlyMembersOfTheHostOrStaffScheduleSessions() {
        String employerId = Fixtures.verifiedEmployer(host, "Host " + java.util.UUID.randomUUID());
        Map<String, Object> input = plan(
                employerId,
                OffsetDateTime.now().plusDays(1),
                OffsetDateTime.now().plusDays(1).plusHours(1));
        assertThat(anonymous(Fixtures.SCHEDULE, "input", input).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(as(Tokens.newUser("g", "graduate"), Fixtures.SCHEDULE, "input", input)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(Tokens.newUser("other", "employer"), Fixtures.SCHEDULE, "input", input)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        Map<String, Object> campusHosted = plan(
                null,
                OffsetDateTime.now().plusDays(1),
                OffsetDateTime.now().plusDays(1).plusHours(1));
        assertThat(as(host, Fixtures.SCHEDULE, "input", campusHosted).errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(Fixtures.staff(), Fixtures.SCHEDULE, "input", campusHosted)
                        .<String>get("scheduleRecruitmentSession.session.status"))
                .isEqualTo("SCHEDULED");
    }

    @Test
    void shouldRejectBadPlansNamingTheField() {
        String employerId = Fixtures.verifiedEmployer(host, "Plans " + java.util.UUID.randomUUID());
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        Result backwards = as(host, Fixtures.SCHEDULE, "input", plan(employerId, start, start.minusHours(1)));
        assertThat(backwards.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(backwards.errorField()).isEqualTo("endsAt");
        Result tooLong = as(host, Fixtures.SCHEDULE, "input", plan(employerId, start, start.plusHours(13)));
        assertThat(tooLong.errorField()).isEqualTo("endsAt");
        Map<String, Object> badUrl = plan(employerId, start, start.plusHours(1));
        badUrl.put("streamUrl", "javascript:alert(1)");
        assertThat(as(host, Fixtures.SCHEDULE, "input", badUrl).errorField()).isEqualTo("streamUrl");
        Map<String, Object> draftFeatured = plan(employerId, start, start.plusHours(1));
        String draft = as(host, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "Draft", "D"))
                .get("createPosting.posting.id");
        draftFeatured.put("featuredPostingIds", List.of(draft));
        assertThat(as(host, Fixtures.SCHEDULE, "input", draftFeatured).errorCode())
                .isEqualTo("CONFLICT");
        assertThat(anonymous("{ recruitmentSessions(filter: {hostEmployerId: \"" + employerId + "\"}) { totalCount } }")
                        .<Integer>get("recruitmentSessions.totalCount"))
                .isZero();
    }

    @Test
    void shouldLetOnlyHostsAndStaffRunTheSessionAndItsQuestions() {
        LiveSession session = Fixtures.liveSession(host, false);
        Tokens.User outsider = Tokens.newUser("outsider", "employer");
        Tokens.User graduate = Tokens.newUser("g", "graduate");
        assertThat(as(outsider, Fixtures.START, "input", Map.of("sessionId", session.sessionId()))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(graduate, Fixtures.START, "input", Map.of("sessionId", session.sessionId()))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        String questionId = Fixtures.ask(graduate, session.sessionId(), "问题", false);
        assertThat(as(outsider, Fixtures.MODERATE, "input", Map.of("questionId", questionId, "action", "HIDE"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(
                                graduate,
                                "mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { question { id } } }",
                                "input",
                                Map.of("questionId", questionId, "answer", "self-answer"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(
                                graduate,
                                "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { registrants { name } } } }",
                                "id",
                                session.sessionId())
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(Fixtures.staff(), Fixtures.START, "input", Map.of("sessionId", session.sessionId()))
                        .<String>get("startRecruitmentSession.session.status"))
                .isEqualTo("LIVE");
    }

    @Test
    void shouldFollowTheSessionStateMachine() {
        LiveSession session = Fixtures.liveSession(host, false);
        Map<String, Object> update = new HashMap<>(plan(
                null,
                OffsetDateTime.now().plusDays(2),
                OffsetDateTime.now().plusDays(2).plusHours(1)));
        update.remove("hostEmployerId");
        update.put("sessionId", session.sessionId());
        update.put("title", "改期后的宣讲会");
        assertThat(as(host, UPDATE, "input", update).<String>get("updateRecruitmentSession.session.title"))
                .isEqualTo("改期后的宣讲会");
        assertThat(as(host, Fixtures.END, "input", Map.of("sessionId", session.sessionId()))
                        .errorCode())
                .isEqualTo("CONFLICT");
        assertThat(as(host, CANCEL, "input", Map.of("sessionId", session.sessionId()))
                        .<String>get("cancelRecruitmentSession.session.status"))
                .isEqualTo("CANCELLED");
        assertThat(as(host, Fixtures.START, "input", Map.of("sessionId", session.sessionId()))
                        .errorCode())
                .isEqualTo("CONFLICT");
        assertThat(as(host, UPDATE, "input", update).errorCode()).isEqualTo("CONFLICT");
        assertThat(as(
                                Tokens.newUser("g", "graduate"),
                                Fixtures.ASK,
                                "input",
                                Map.of("sessionId", session.sessionId(), "body", "还在吗？"))
                        .errorCode())
                .isEqualTo("CONFLICT");
    }

    @Test
    void shouldRecordTheSourceSessionOnlyWhenLiveOrEndedAndNeverBlockTheApplication() {
        String apply = """
                mutation($input: ApplyToPostingInput!) {
                  applyToPosting(input: $input) { application { status sourceSession { id } } }
                }""";
        LiveSession session = Fixtures.liveSession(host, false);
        String notFeatured = Fixtures.publishedPosting(host, session.employerId(), "Not featured", "不在直播中");
        // Scheduled, not yet live: the application goes through, without a source.
        Result early = as(
                Tokens.newUser("g", "graduate"),
                apply,
                "input",
                Map.of("postingId", session.postingId(), "sourceSessionId", session.sessionId()));
        assertThat(early.<String>get("applyToPosting.application.status")).isEqualTo("SUBMITTED");
        assertThat(early.<Object>get("applyToPosting.application.sourceSession"))
                .isNull();

        as(host, Fixtures.START, "input", Map.of("sessionId", session.sessionId()))
                .get("startRecruitmentSession");
        Result live = as(
                Tokens.newUser("g", "graduate"),
                apply,
                "input",
                Map.of("postingId", session.postingId(), "sourceSessionId", session.sessionId()));
        assertThat(live.<String>get("applyToPosting.application.sourceSession.id"))
                .isEqualTo(session.sessionId());
        // A posting the session does not feature: applied, no source.
        Result elsewhere = as(
                Tokens.newUser("g", "graduate"),
                apply,
                "input",
                Map.of("postingId", notFeatured, "sourceSessionId", session.sessionId()));
        assertThat(elsewhere.<String>get("applyToPosting.application.status")).isEqualTo("SUBMITTED");
        assertThat(elsewhere.<Object>get("applyToPosting.application.sourceSession"))
                .isNull();

        // From the replay, after the stream: the source is still recorded.
        as(host, Fixtures.END, "input", Map.of("sessionId", session.sessionId()))
                .get("endRecruitmentSession");
        Result replay = as(
                Tokens.newUser("g", "graduate"),
                apply,
                "input",
                Map.of("postingId", session.postingId(), "sourceSessionId", session.sessionId()));
        assertThat(replay.<String>get("applyToPosting.application.sourceSession.id"))
                .isEqualTo(session.sessionId());
    }

    @Test
    void shouldAnnounceFeaturedPostingsChangedDuringTheStream() {
        LiveSession session = Fixtures.liveSession(host, false);
        String second = Fixtures.publishedPosting(host, session.employerId(), "第二个岗位", "D");
        as(host, Fixtures.START, "input", Map.of("sessionId", session.sessionId()))
                .get("startRecruitmentSession");
        try (GraphQLWebSocket viewer = GraphQLWebSocket.connect(vertx, uri, Protocol.GRAPHQL_WS, null)) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("session", session.sessionId());
            variables.put("after", null);
            String id = viewer.subscribe("""
                    subscription($session: ID!, $after: String) {
                      sessionEvents(sessionId: $session, after: $after) { type session { featuredPostings { id } } }
                    }""", variables);
            long sessionId = GlobalId.parse(session.sessionId()).id();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> hub.localViewers().getOrDefault(sessionId, 0) >= 1);
            as(
                            host,
                            FEATURE,
                            "input",
                            Map.of(
                                    "sessionId",
                                    session.sessionId(),
                                    "postingIds",
                                    List.of(second, session.postingId())))
                    .get("setFeaturedPostings");
            JsonObject event = viewer.next(
                            id,
                            1,
                            Duration.ofSeconds(10),
                            data -> "POSTING_FEATURED"
                                    .equals(data.getJsonObject("sessionEvents").getString("type")))
                    .get(0)
                    .getJsonObject("sessionEvents");
            assertThat(event.getJsonObject("session").getJsonArray("featuredPostings").stream()
                            .map(p -> ((JsonObject) p).getString("id")))
                    .containsExactly(second, session.postingId());
        }
    }

    @Test
    void shouldOrderQuestionsNewestFirstWithPinnedOnTop() {
        LiveSession session = Fixtures.liveSession(host, false);
        Tokens.User graduate = Tokens.newUser("g", "graduate");
        String first = Fixtures.ask(graduate, session.sessionId(), "第一个", false);
        String second = Fixtures.ask(graduate, session.sessionId(), "第二个", false);
        String third = Fixtures.ask(graduate, session.sessionId(), "第三个", false);
        as(host, Fixtures.MODERATE, "input", Map.of("questionId", first, "action", "PIN"))
                .get("moderateQuestion");
        String query = """
                query($id: ID!, $after: String) { node(id: $id) { ... on RecruitmentSession {
                  questions(first: 2, after: $after, orderBy: {field: ASKED_AT, direction: DESC}) {
                    nodes { id } pageInfo { endCursor hasNextPage } } } } }""";
        Map<String, Object> vars = new HashMap<>();
        vars.put("id", session.sessionId());
        vars.put("after", null);
        Result page = as(graduate, query, "id", session.sessionId(), "after", null);
        assertThat(page.<List<String>>get("node.questions.nodes.id")).containsExactly(first, third);
        Result rest =
                as(graduate, query, "id", session.sessionId(), "after", page.get("node.questions.pageInfo.endCursor"));
        assertThat(rest.<List<String>>get("node.questions.nodes.id")).containsExactly(second);
    }
}
