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
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.campuscareers.common.GlobalId;
import org.campuscareers.live.stream.EventHub;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLWebSocket;
import org.campuscareers.support.GraphQLWebSocket.Protocol;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * 直播带岗 from start to finish: a lab schedules a session featuring its research-assistant posts,
 * graduates register, the session starts, questions are asked and upvoted, the host pins and
 * answers, a graduate applies from the stream, the session ends, and its statistics add up.
 */
@QuarkusTest
class LiveSessionScenarioTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Predicate<JsonObject> NOT_COUNTS = data -> data.getJsonObject("sessionEvents") == null
            || !"VIEWER_COUNT_CHANGED"
                    .equals(data.getJsonObject("sessionEvents").getString("type"));

    @Inject
    Vertx vertx;

    @Inject
    EventHub hub;

    @TestHTTPResource("/")
    URI uri;

    @Test
    void labRunsALiveSessionFromScheduleToStatistics() {
        Tokens.User professor = Tokens.newUser("prof", "employer");
        Tokens.User liMing = Tokens.newUser("liming", "graduate");
        Tokens.User wangFang = Tokens.newUser("wangfang", "graduate");

        // 1. The lab, verified, publishes two research-assistant posts and schedules a session featuring them.
        String labId = Fixtures.verifiedEmployer(professor, "催化化学课题组 " + UUID.randomUUID());
        String synthesis = Fixtures.publishedPosting(professor, labId, "科研助理（合成）", "有机合成实验");
        String analysis = Fixtures.publishedPosting(professor, labId, "科研助理（分析）", "数据分析");
        String sessionId = as(
                        professor,
                        Fixtures.SCHEDULE,
                        "input",
                        Map.of(
                                "title",
                                "课题组直播招聘：科研助理",
                                "hostEmployerId",
                                labId,
                                "startsAt",
                                OffsetDateTime.now().plusMinutes(10).toString(),
                                "endsAt",
                                OffsetDateTime.now().plusHours(1).toString(),
                                "featuredPostingIds",
                                List.of(synthesis, analysis)))
                .get("scheduleRecruitmentSession.session.id");

        // 2. Two graduates register ahead; the lab sees who.
        for (Tokens.User graduate : List.of(liMing, wangFang)) {
            as(
                            graduate,
                            "mutation($input: RegisterForSessionInput!) { registerForSession(input: $input) { session { id } } }",
                            "input",
                            Map.of("sessionId", sessionId))
                    .get("registerForSession.session.id");
        }
        assertThat(as(
                                professor,
                                "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { registrationCount"
                                        + " registrants { name } featuredPostings { id } } } }",
                                "id",
                                sessionId)
                        .<List<String>>get("node.featuredPostings.id"))
                .containsExactly(synthesis, analysis);

        try (GraphQLWebSocket viewer = GraphQLWebSocket.connect(vertx, uri, Protocol.TRANSPORT_WS, liMing.token())) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("session", sessionId);
            variables.put("after", null);
            String stream = viewer.subscribe(Fixtures.EVENTS, variables);
            long id = GlobalId.parse(sessionId).id();
            Awaitility.await().atMost(WAIT).until(() -> hub.localViewers().getOrDefault(id, 0) >= 1);
            JsonObject watching = viewer.next(stream, 1, WAIT).get(0).getJsonObject("sessionEvents");
            assertThat(watching.getString("type")).isEqualTo("VIEWER_COUNT_CHANGED");
            assertThat(watching.getInteger("viewerCount")).isEqualTo(1);

            // 3. The session starts; the watching graduate (counted above) sees it go live.
            as(professor, Fixtures.START, "input", Map.of("sessionId", sessionId))
                    .get("startRecruitmentSession");
            assertThat(viewer.next(stream, 1, WAIT, NOT_COUNTS)
                            .get(0)
                            .getJsonObject("sessionEvents")
                            .getString("type"))
                    .isEqualTo("SESSION_STARTED");

            // 4. Questions are asked and upvoted.
            String salary = Fixtures.ask(liMing, sessionId, "科研助理的待遇如何？", false);
            String hours = Fixtures.ask(wangFang, sessionId, "每周工作多少小时？", true);
            as(wangFang, Fixtures.UPVOTE, "input", Map.of("questionId", salary)).get("upvoteQuestion");

            // 5. The professor pins the popular question and answers it.
            as(professor, Fixtures.MODERATE, "input", Map.of("questionId", salary, "action", "PIN"))
                    .get("moderateQuestion");
            as(
                            professor,
                            "mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { question { id } } }",
                            "input",
                            Map.of("questionId", salary, "answer", "每月 6000 元，另有论文署名机会。"))
                    .get("answerQuestion");

            List<JsonObject> seen = viewer.next(stream, 5, WAIT, NOT_COUNTS);
            assertThat(seen.stream().map(e -> e.getJsonObject("sessionEvents").getString("type")))
                    .containsExactly(
                            "QUESTION_ASKED",
                            "QUESTION_ASKED",
                            "QUESTION_UPDATED",
                            "QUESTION_UPDATED",
                            "QUESTION_UPDATED");
            JsonObject answered = seen.get(4).getJsonObject("sessionEvents").getJsonObject("question");
            assertThat(answered.getString("status")).isEqualTo("ANSWERED");
            assertThat(answered.getBoolean("pinned")).isTrue();
            assertThat(answered.getInteger("upvotes")).isEqualTo(1);
            assertThat(seen.get(1)
                            .getJsonObject("sessionEvents")
                            .getJsonObject("question")
                            .getString("authorName"))
                    .isNull();

            // 6. Pinned first in the question list, then by upvotes.
            assertThat(anonymous(
                                    "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { questions { nodes { id } } } } }",
                                    "id",
                                    sessionId)
                            .<List<String>>get("node.questions.nodes.id"))
                    .containsExactly(salary, hours);

            // 7. Li Ming applies to a featured post from the stream.
            String applicationId = as(
                            liMing, """
                    mutation($input: ApplyToPostingInput!) {
                      applyToPosting(input: $input) { application { id sourceSession { id } } }
                    }""", "input", Map.of("postingId", synthesis, "sourceSessionId", sessionId))
                    .get("applyToPosting.application.id");
            assertThat(as(
                                    professor,
                                    "query($id: ID!) { node(id: $id) { ... on Application { sourceSession { id } } } }",
                                    "id",
                                    applicationId)
                            .<String>get("node.sourceSession.id"))
                    .isEqualTo(sessionId);

            // 8. The session ends.
            as(professor, Fixtures.END, "input", Map.of("sessionId", sessionId)).get("endRecruitmentSession");
            assertThat(viewer.next(stream, 1, WAIT, NOT_COUNTS)
                            .get(0)
                            .getJsonObject("sessionEvents")
                            .getString("type"))
                    .isEqualTo("SESSION_ENDED");
        }

        // 9. Its statistics are right, for the host only.
        var statistics = as(professor, """
                query($id: ID!) { node(id: $id) { ... on RecruitmentSession {
                  statistics { viewersPeak registrations questions answeredQuestions applications } } } }""", "id", sessionId);
        assertThat(statistics.<Integer>get("node.statistics.registrations")).isEqualTo(2);
        assertThat(statistics.<Integer>get("node.statistics.questions")).isEqualTo(2);
        assertThat(statistics.<Integer>get("node.statistics.answeredQuestions")).isEqualTo(1);
        assertThat(statistics.<Integer>get("node.statistics.applications")).isEqualTo(1);
        assertThat(statistics.<Integer>get("node.statistics.viewersPeak")).isGreaterThanOrEqualTo(1);
        assertThat(as(
                                liMing,
                                "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { statistics { questions } } } }",
                                "id",
                                sessionId)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
    }
}
