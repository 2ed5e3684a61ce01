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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.SharedSubscriptionExecution;
import org.campuscareers.live.SessionEventType;
import org.campuscareers.live.stream.EventHub;
import org.campuscareers.live.stream.NotificationHub;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Fixtures.LiveSession;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.GraphQLWebSocket;
import org.campuscareers.support.GraphQLWebSocket.Protocol;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Live Q&A over real websockets and the real PostgreSQL. */
@QuarkusTest
class LiveSessionTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Duration QUIET = Duration.ofMillis(1500);

    @Inject
    Vertx vertx;

    @Inject
    EntityManager entityManager;

    @Inject
    EventHub hub;

    @Inject
    NotificationHub notifications;

    @TestHTTPResource("/")
    URI uri;

    final Tokens.User host = Tokens.newUser("host", "employer");

    GraphQLWebSocket connect(Protocol protocol, Tokens.User user) {
        return GraphQLWebSocket.connect(vertx, uri, protocol, user == null ? null : user.token());
    }

    static Map<String, Object> vars(String sessionId, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("session", sessionId);
        variables.put("after", after);
        return variables;
    }

    static List<String> field(List<JsonObject> events, String path) {
        List<String> values = new ArrayList<>();
        for (JsonObject event : events) {
            JsonObject e = event.getJsonObject("sessionEvents");
            Object value = path.contains(".")
                    ? (e.getJsonObject(path.split("\\.")[0]) == null
                            ? null
                            : e.getJsonObject(path.split("\\.")[0]).getValue(path.split("\\.")[1]))
                    : e.getValue(path);
            values.add(value == null ? null : value.toString());
        }
        return values;
    }

    @ParameterizedTest(name = "over {0}")
    @EnumSource(Protocol.class)
    void shouldDeliverEveryEventToEverySubscriberOnceAndInOrder(Protocol protocol) throws Exception {
        LiveSession session = Fixtures.liveSession(host, false);
        try (GraphQLWebSocket first = connect(protocol, null);
                GraphQLWebSocket second = connect(protocol, null)) {
            String a = first.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            String b = second.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            awaitSubscribed(session, 2);

            ExecutorService askers = Executors.newFixedThreadPool(4);
            List<Future<?>> asked = new ArrayList<>();
            for (int user = 0; user < 4; user++) {
                Tokens.User graduate = Tokens.newUser("asker", "graduate");
                asked.add(askers.submit(() -> {
                    for (int i = 0; i < 3; i++) {
                        Fixtures.ask(graduate, session.sessionId(), "问题 " + i + " from " + graduate.subject(), false);
                    }
                }));
            }
            for (Future<?> f : asked) {
                f.get();
            }
            askers.shutdown();

            List<JsonObject> seenByFirst = first.next(a, 12, WAIT, NOT_COUNTS);
            List<JsonObject> seenBySecond = second.next(b, 12, WAIT, NOT_COUNTS);
            assertThat(field(seenByFirst, "cursor"))
                    .hasSize(12)
                    .doesNotHaveDuplicates()
                    .isEqualTo(field(seenBySecond, "cursor"));
            assertThat(field(seenByFirst, "type")).containsOnly("QUESTION_ASKED");
            assertThat(field(seenByFirst, "question.id")).doesNotHaveDuplicates();
            first.expectSilence(a, QUIET, NOT_COUNTS);
        }
    }

    @Test
    void shouldReplayExactlyWhatWasMissedThenContinueLive() {
        LiveSession session = Fixtures.liveSession(host, false);
        Tokens.User graduate = Tokens.newUser("g", "graduate");
        String lastCursor;
        try (GraphQLWebSocket ws = connect(Protocol.TRANSPORT_WS, null)) {
            String id = ws.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            awaitSubscribed(session, 1);
            Fixtures.ask(graduate, session.sessionId(), "first", false);
            List<JsonObject> seen = ws.next(id, 1, WAIT, NOT_COUNTS);
            lastCursor = field(seen, "cursor").get(0);
        }
        // Off the train's Wi-Fi: three things happen meanwhile.
        List<String> missed = List.of(
                Fixtures.ask(graduate, session.sessionId(), "second", false),
                Fixtures.ask(graduate, session.sessionId(), "third", false));
        as(host, Fixtures.MODERATE, "input", Map.of("questionId", missed.get(0), "action", "PIN"))
                .get("moderateQuestion");

        try (GraphQLWebSocket ws = connect(Protocol.GRAPHQL_WS, null)) {
            String id = ws.subscribe(Fixtures.EVENTS, vars(session.sessionId(), lastCursor));
            List<JsonObject> replayed = ws.next(id, 3, WAIT, NOT_COUNTS);
            assertThat(field(replayed, "question.id")).containsExactly(missed.get(0), missed.get(1), missed.get(0));
            assertThat(field(replayed, "type")).containsExactly("QUESTION_ASKED", "QUESTION_ASKED", "QUESTION_UPDATED");
            String live = Fixtures.ask(graduate, session.sessionId(), "fourth", false);
            List<JsonObject> next = ws.next(id, 1, WAIT, NOT_COUNTS);
            assertThat(field(next, "question.id")).containsExactly(live);
        }
    }

    @Test
    void shouldStartAStreamRightAfterWhatAPageRead() {
        // 1. A page reads the session with its questions and the cursor of the latest event.
        LiveSession session = Fixtures.liveSession(host, false);
        Tokens.User graduate = Tokens.newUser("g", "graduate");
        String first = Fixtures.ask(graduate, session.sessionId(), "read with the page", false);
        Result read = anonymous("""
                query($id: ID!) { node(id: $id) { ... on RecruitmentSession {
                  lastEventCursor questions { nodes { id } } } } }""", "id", session.sessionId());
        assertThat(read.<List<String>>get("node.questions.nodes.id")).containsExactly(first);
        String cursor = read.get("node.lastEventCursor");

        // 2. Then a question comes before the page subscribes.
        String second = Fixtures.ask(graduate, session.sessionId(), "asked while the page subscribed", false);

        // 3. Subscribing with after = that cursor delivers exactly what came after the read.
        try (GraphQLWebSocket ws = connect(Protocol.TRANSPORT_WS, null)) {
            String id = ws.subscribe(Fixtures.EVENTS, vars(session.sessionId(), cursor));
            List<JsonObject> events = ws.next(id, 1, WAIT, NOT_COUNTS);
            assertThat(field(events, "question.id")).containsExactly(second);
            ws.expectSilence(id, QUIET, NOT_COUNTS);
        }
    }

    @Test
    void shouldShowPendingQuestionsOnlyToTheirAuthorHostsAndStaff() {
        LiveSession session = Fixtures.liveSession(host, true);
        Tokens.User author = Tokens.newUser("author", "graduate");
        Tokens.User other = Tokens.newUser("other", "graduate");
        try (GraphQLWebSocket hostWs = connect(Protocol.TRANSPORT_WS, host);
                GraphQLWebSocket authorWs = connect(Protocol.TRANSPORT_WS, author);
                GraphQLWebSocket otherWs = connect(Protocol.TRANSPORT_WS, other)) {
            String h = hostWs.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            String a = authorWs.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            String o = otherWs.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            awaitSubscribed(session, 3);

            String questionId = Fixtures.ask(author, session.sessionId(), "待审核的问题", false);
            assertThat(field(hostWs.next(h, 1, WAIT, NOT_COUNTS), "question.status"))
                    .containsExactly("PENDING");
            assertThat(field(authorWs.next(a, 1, WAIT, NOT_COUNTS), "question.status"))
                    .containsExactly("PENDING");
            String list =
                    "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { questions { nodes { id } } } } }";
            assertThat(as(other, list, "id", session.sessionId()).<List<String>>get("node.questions.nodes.id"))
                    .isEmpty();
            assertThat(as(author, list, "id", session.sessionId()).<List<String>>get("node.questions.nodes.id"))
                    .containsExactly(questionId);
            assertThat(as(other, Fixtures.UPVOTE, "input", Map.of("questionId", questionId))
                            .errorCode())
                    .isEqualTo("NOT_FOUND");

            as(host, Fixtures.MODERATE, "input", Map.of("questionId", questionId, "action", "PUBLISH"))
                    .get("moderateQuestion");
            List<JsonObject> published = otherWs.next(o, 1, WAIT, NOT_COUNTS);
            assertThat(field(published, "type")).containsExactly("QUESTION_UPDATED");
            assertThat(field(published, "question.status")).containsExactly("PUBLISHED");

            as(host, Fixtures.MODERATE, "input", Map.of("questionId", questionId, "action", "HIDE"))
                    .get("moderateQuestion");
            assertThat(field(hostWs.next(h, 2, WAIT, NOT_COUNTS), "question.status"))
                    .containsExactly("PUBLISHED", "HIDDEN");
            // The viewer who saw it published is told it is gone, with nothing of what it said.
            List<JsonObject> removed = otherWs.next(o, 1, WAIT, NOT_COUNTS);
            assertThat(field(removed, "type")).containsExactly("QUESTION_REMOVED");
            assertThat(field(removed, "question.id")).containsExactly(questionId);
            assertThat(field(removed, "question.body")).containsExactly("");
            assertThat(removed.get(0).toString()).doesNotContain("待审核的问题");
            otherWs.expectSilence(o, QUIET, NOT_COUNTS);
            assertThat(anonymous(list, "id", session.sessionId()).<List<String>>get("node.questions.nodes.id"))
                    .isEmpty();
        }
    }

    @Test
    void shouldReplayNothingOfAHiddenQuestionFromTheVeryFirstCursor() {
        LiveSession session = Fixtures.liveSession(host, false);
        Tokens.User author = Tokens.newUser("careless", "graduate");
        Tokens.User other = Tokens.newUser("onlooker", "graduate");
        String cursorQuery = "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { lastEventCursor } } }";
        String first = anonymous(cursorQuery, "id", session.sessionId()).get("node.lastEventCursor");
        String phone = "我的电话是 13912345678";
        String questionId = Fixtures.ask(author, session.sessionId(), phone, false);
        as(host, Fixtures.ANSWER, "input", Map.of("questionId", questionId, "answer", "请勿公开电话 13912345678"))
                .get("answerQuestion");
        as(host, Fixtures.MODERATE, "input", Map.of("questionId", questionId, "action", "HIDE"))
                .get("moderateQuestion");
        String last = anonymous(cursorQuery, "id", session.sessionId()).get("node.lastEventCursor");

        for (Tokens.User viewer : java.util.Arrays.asList(null, other)) {
            try (GraphQLWebSocket ws = connect(Protocol.TRANSPORT_WS, viewer)) {
                String id = ws.subscribe(Fixtures.EVENTS, vars(session.sessionId(), first));
                List<JsonObject> replayed = ws.next(id, 1, WAIT, NOT_COUNTS);
                assertThat(field(replayed, "type")).containsExactly("QUESTION_REMOVED");
                assertThat(field(replayed, "question.id")).containsExactly(questionId);
                assertThat(field(replayed, "cursor")).containsExactly(last);
                assertThat(replayed.toString()).doesNotContain("13912345678");
                ws.expectSilence(id, QUIET, NOT_COUNTS);
            }
        }
        // Its author and the host still see it, hidden, with its answer.
        try (GraphQLWebSocket ws = connect(Protocol.TRANSPORT_WS, host)) {
            String id = ws.subscribe(Fixtures.EVENTS, vars(session.sessionId(), first));
            assertThat(field(ws.next(id, 3, WAIT, NOT_COUNTS), "question.status"))
                    .containsExactly("PUBLISHED", "ANSWERED", "HIDDEN");
        }
    }

    @Test
    void shouldRefuseACursorThatTheServiceDidNotHandOutForThatSession() {
        LiveSession session = Fixtures.liveSession(host, false);
        LiveSession another = Fixtures.liveSession(host, false);
        String cursorQuery = "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { lastEventCursor } } }";
        Fixtures.ask(Tokens.newUser("early", "graduate"), session.sessionId(), "第一个问题", false);
        String genuine = anonymous(cursorQuery, "id", session.sessionId()).get("node.lastEventCursor");
        String[] parts = org.campuscareers.common.Cursor.decode(genuine);
        long id = GlobalId.parse(session.sessionId()).id();
        Map<String, String> forged = new java.util.LinkedHashMap<>();
        forged.put("the first event, unsigned", org.campuscareers.common.Cursor.encode("S", String.valueOf(id), "0"));
        forged.put(
                "another number, same signature", org.campuscareers.common.Cursor.encode("S", parts[1], "0", parts[3]));
        forged.put(
                "another session's",
                anonymous(cursorQuery, "id", another.sessionId()).get("node.lastEventCursor"));
        forged.put("not a cursor", "bm90IGEgY3Vyc29y");
        forged.forEach((what, cursor) -> {
            try (GraphQLWebSocket ws = connect(Protocol.TRANSPORT_WS, null)) {
                String op = ws.subscribe(Fixtures.EVENTS, vars(session.sessionId(), cursor));
                JsonObject answer = ws.nextMessage(op, WAIT);
                assertThat(answer).as(what).isNotNull();
                assertThat(answer.encode())
                        .as(what)
                        .contains("BAD_USER_INPUT")
                        .contains("after is not a cursor of this session's events");
            }
        });
        try (GraphQLWebSocket ws = connect(Protocol.TRANSPORT_WS, null)) {
            String op = ws.subscribe(Fixtures.EVENTS, vars(session.sessionId(), genuine));
            ws.expectSilence(op, Duration.ofMillis(300), data -> data.containsKey("errors"));
        }
    }

    @Test
    void shouldShowWhoAskedAnAnonymousQuestionOnlyToStaff() {
        LiveSession session = Fixtures.liveSession(host, false);
        Tokens.User author = Tokens.newUser("shy", "graduate");
        Tokens.User staff = Fixtures.staff();
        try (GraphQLWebSocket staffWs = connect(Protocol.TRANSPORT_WS, staff);
                GraphQLWebSocket hostWs = connect(Protocol.GRAPHQL_WS, host)) {
            String s = staffWs.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            String h = hostWs.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            awaitSubscribed(session, 2);
            String questionId = Fixtures.ask(author, session.sessionId(), "薪资范围是多少？", true);

            assertThat(field(staffWs.next(s, 1, WAIT, NOT_COUNTS), "question.authorName"))
                    .containsExactly("User " + author.subject());
            assertThat(field(hostWs.next(h, 1, WAIT, NOT_COUNTS), "question.authorName"))
                    .containsExactly((String) null);
            String query = "query($id: ID!) { node(id: $id) { ... on Question { authorName } } }";
            assertThat(anonymous(query, "id", questionId).<String>get("node.authorName"))
                    .isNull();
            assertThat(as(staff, query, "id", questionId).<String>get("node.authorName"))
                    .isEqualTo("User " + author.subject());
        }
    }

    @Test
    void shouldExecuteAnEventOnceForAllViewersWhoSeeItAlike() throws Exception {
        LiveSession session = Fixtures.liveSession(host, false);
        Tokens.User author = Tokens.newUser("shy", "graduate");
        Tokens.User staff = Fixtures.staff();
        String otherShape =
                "subscription($session: ID!, $after: String) { sessionEvents(sessionId: $session, after: $after)"
                        + " { type viewerCount question { body authorName } } }";
        try (GraphQLWebSocket first = connect(Protocol.TRANSPORT_WS, null);
                GraphQLWebSocket second = connect(Protocol.GRAPHQL_WS, null);
                GraphQLWebSocket third = connect(Protocol.TRANSPORT_WS, null);
                GraphQLWebSocket shaped = connect(Protocol.TRANSPORT_WS, null);
                GraphQLWebSocket staffWs = connect(Protocol.TRANSPORT_WS, staff)) {
            String a = first.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            String b = second.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            // The third resumes from a cursor: the cursor chooses where its stream starts, not what an
            // event shows, so it still shares the others' execution.
            String resumedFrom = anonymous(
                            "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { lastEventCursor } } }",
                            "id",
                            session.sessionId())
                    .get("node.lastEventCursor");
            assertThat(resumedFrom).isNotNull();
            String c = third.subscribe(Fixtures.EVENTS, vars(session.sessionId(), resumedFrom));
            String d = shaped.subscribe(otherShape, vars(session.sessionId(), null));
            String s = staffWs.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            awaitSubscribed(session, 5);
            // The arrivals make viewer-count events; once each viewer has the one that counts all
            // five, the counters below see nothing but the question.
            Predicate<JsonObject> allFiveCounted = data -> data.getJsonObject("sessionEvents") != null
                    && Integer.valueOf(5)
                            .equals(data.getJsonObject("sessionEvents").getInteger("viewerCount"));
            first.next(a, 1, WAIT, allFiveCounted);
            second.next(b, 1, WAIT, allFiveCounted);
            third.next(c, 1, WAIT, allFiveCounted);
            shaped.next(d, 1, WAIT, allFiveCounted);
            staffWs.next(s, 1, WAIT, allFiveCounted);
            long executedBefore = SharedSubscriptionExecution.executedEvents();
            long deliveredBefore = hub.deliveredCount();

            Fixtures.ask(author, session.sessionId(), "能远程实习吗？", true);
            List<JsonObject> seen = new ArrayList<>();
            seen.addAll(first.next(a, 1, WAIT, NOT_COUNTS));
            seen.addAll(second.next(b, 1, WAIT, NOT_COUNTS));
            seen.addAll(third.next(c, 1, WAIT, NOT_COUNTS));
            List<JsonObject> shapedSeen = shaped.next(d, 1, WAIT, NOT_COUNTS);
            List<JsonObject> staffSeen = staffWs.next(s, 1, WAIT, NOT_COUNTS);

            // The three anonymous viewers with the same subscription (one resumed from a cursor) share
            // one execution; the other selection and the staff member (who sees the anonymous author)
            // get their own.
            // The counters are the whole replica's: a straggling event of another session may land
            // in the window, adding one delivery and at most one execution. The two repeats saved
            // here are what must show.
            long delivered = hub.deliveredCount() - deliveredBefore;
            long executed = SharedSubscriptionExecution.executedEvents() - executedBefore;
            assertThat(delivered).isGreaterThanOrEqualTo(5);
            assertThat(executed).isGreaterThanOrEqualTo(3);
            assertThat(delivered - executed).isGreaterThanOrEqualTo(2);
            assertThat(seen).hasSize(3).allSatisfy(event -> assertThat(event).isEqualTo(seen.get(0)));
            assertThat(field(seen, "question.authorName")).containsOnlyNulls();
            assertThat(field(staffSeen, "question.authorName")).containsExactly("User " + author.subject());
            assertThat(shapedSeen.get(0).getJsonObject("sessionEvents").fieldNames())
                    .containsExactlyInAnyOrder("type", "viewerCount", "question");
            assertThat(field(shapedSeen, "question.body")).containsExactly("能远程实习吗？");
        }
    }

    @Test
    void shouldLimitQuestionsPerMinuteAndStoreNothingBeyond() {
        LiveSession session = Fixtures.liveSession(host, false);
        Tokens.User eager = Tokens.newUser("eager", "graduate");
        for (int i = 0; i < 5; i++) {
            Fixtures.ask(eager, session.sessionId(), "问题 " + i, false);
        }
        Result sixth = as(eager, Fixtures.ASK, "input", Map.of("sessionId", session.sessionId(), "body", "one more"));
        assertThat(sixth.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(sixth.json().getInt("errors[0].extensions.retryAfterSeconds"))
                .isPositive();
        assertThat(anonymous(
                                "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { questions { totalCount } } } }",
                                "id",
                                session.sessionId())
                        .<Integer>get("node.questions.totalCount"))
                .isEqualTo(5);
    }

    @Test
    void shouldRejectBadQuestionsAndQuestionsAfterTheEnd() {
        LiveSession session = Fixtures.liveSession(host, false);
        Tokens.User graduate = Tokens.newUser("g", "graduate");
        Result blank = as(graduate, Fixtures.ASK, "input", Map.of("sessionId", session.sessionId(), "body", "   "));
        assertThat(blank.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(blank.errorField()).isEqualTo("body");
        assertThat(as(
                                graduate,
                                Fixtures.ASK,
                                "input",
                                Map.of("sessionId", session.sessionId(), "body", "长".repeat(501)))
                        .errorField())
                .isEqualTo("body");
        assertThat(anonymous(Fixtures.ASK, "input", Map.of("sessionId", session.sessionId(), "body", "hi"))
                        .errorCode())
                .isEqualTo("UNAUTHENTICATED");
        as(host, Fixtures.START, "input", Map.of("sessionId", session.sessionId()))
                .get("startRecruitmentSession");
        as(host, Fixtures.END, "input", Map.of("sessionId", session.sessionId()))
                .get("endRecruitmentSession");
        assertThat(as(graduate, Fixtures.ASK, "input", Map.of("sessionId", session.sessionId(), "body", "late"))
                        .errorCode())
                .isEqualTo("CONFLICT");
        assertThat(as(host, Fixtures.START, "input", Map.of("sessionId", session.sessionId()))
                        .errorCode())
                .isEqualTo("CONFLICT");
    }

    @Test
    void shouldCountAnUpvoteOncePerUserAndLetItBeTakenBack() {
        LiveSession session = Fixtures.liveSession(host, false);
        Tokens.User graduate = Tokens.newUser("g", "graduate");
        String questionId = Fixtures.ask(Tokens.newUser("a", "graduate"), session.sessionId(), "问题", false);
        try (GraphQLWebSocket ws = connect(Protocol.TRANSPORT_WS, graduate)) {
            String id = ws.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            awaitSubscribed(session, 1);
            assertThat(as(graduate, Fixtures.UPVOTE, "input", Map.of("questionId", questionId))
                            .<Integer>get("upvoteQuestion.question.upvotes"))
                    .isEqualTo(1);
            assertThat(as(graduate, Fixtures.UPVOTE, "input", Map.of("questionId", questionId))
                            .<Integer>get("upvoteQuestion.question.upvotes"))
                    .isEqualTo(1);
            List<JsonObject> upvoted = ws.next(id, 1, WAIT, NOT_COUNTS);
            assertThat(field(upvoted, "question.viewerHasUpvoted")).containsExactly("true");
            assertThat(as(graduate, """
                    mutation($input: RemoveQuestionUpvoteInput!) { removeQuestionUpvote(input: $input) { question { upvotes viewerHasUpvoted } } }""", "input", Map.of("questionId", questionId))
                            .<Integer>get("removeQuestionUpvote.question.upvotes"))
                    .isZero();
            List<JsonObject> removed = ws.next(id, 1, WAIT, NOT_COUNTS);
            assertThat(field(removed, "question.upvotes")).containsExactly("0");
            assertThat(field(removed, "question.viewerHasUpvoted")).containsExactly("false");
            ws.expectSilence(id, QUIET, NOT_COUNTS);
        }
    }

    @Test
    void shouldCloseASubscriberThatStopsReadingWithoutSlowingOthers() {
        LiveSession session = Fixtures.liveSession(host, false);
        try (GraphQLWebSocket stuck = GraphQLWebSocket.connect(vertx, uri, Protocol.TRANSPORT_WS, null, 4096);
                // A reader on a small buffer too: a burst fills its websocket for a moment, which
                // must not count as stalling.
                GraphQLWebSocket healthy = GraphQLWebSocket.connect(vertx, uri, Protocol.TRANSPORT_WS, null, 4096)) {
            stuck.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            String h = healthy.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            awaitSubscribed(session, 2);
            stuck.pause();
            int events = 3000;
            appendBulkyEvents(GlobalId.parse(session.sessionId()).id(), events);

            assertThat(healthy.next(h, events, Duration.ofSeconds(60), NOT_COUNTS))
                    .hasSize(events);
            // The stuck one's websocket stays full: the next events after the stall limit (3 s in
            // tests) close it, while the reader that drained the burst stays.
            long id = GlobalId.parse(session.sessionId()).id();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        appendBulkyEvents(id, 1);
                        return hub.localViewers().getOrDefault(id, 0) == 1;
                    });
            stuck.resume();
            int code = stuck.awaitClose(Duration.ofSeconds(30));
            assertThat(code).isEqualTo(4000);
            assertThat(stuck.closeReason()).contains("reconnect").contains("after");
        }
    }

    @Test
    void shouldCountOneViewerPerConnectionAndRefuseSubscriptionsBeyondTheCap() {
        LiveSession session = Fixtures.liveSession(host, false);
        long id = GlobalId.parse(session.sessionId()).id();
        int cap = 10; // campus.live.subscriptions-per-connection
        try (GraphQLWebSocket ws = connect(Protocol.TRANSPORT_WS, null)) {
            for (int i = 0; i < cap; i++) {
                ws.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            }
            Awaitility.await().atMost(WAIT).until(() -> hub.subscriptionsTo(id) == cap);
            assertThat(hub.localViewers().get(id))
                    .as("viewers of one connection")
                    .isEqualTo(1);

            String refused = ws.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            JsonObject answer = ws.nextMessage(refused, WAIT);
            assertThat(answer)
                    .as("an answer to the subscription beyond the cap")
                    .isNotNull();
            assertThat(answer.encode())
                    .contains("RATE_LIMITED")
                    .contains("At most 10 subscriptions may be open on one connection");
            assertThat(hub.subscriptionsTo(id)).isEqualTo(cap);
        }
        // A closed connection gives its places back.
        Awaitility.await().atMost(WAIT).until(() -> hub.subscriptionsTo(id) == 0);
        try (GraphQLWebSocket ws = connect(Protocol.TRANSPORT_WS, null)) {
            String again = ws.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            Awaitility.await().atMost(WAIT).until(() -> hub.subscriptionsTo(id) == 1);
            ws.expectSilence(again, Duration.ofMillis(300), data -> data.containsKey("errors"));
        }
    }

    @Test
    void shouldReplayALongLogInStepsThatLetOtherSessionsThrough() {
        LiveSession replayed = Fixtures.liveSession(host, false);
        LiveSession other = Fixtures.liveSession(host, false);
        long replayedId = GlobalId.parse(replayed.sessionId()).id();
        long otherId = GlobalId.parse(other.sessionId()).id();
        String cursorQuery = "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { lastEventCursor } } }";
        String first = anonymous(cursorQuery, "id", replayed.sessionId()).get("node.lastEventCursor");
        int events = 5000;
        appendBulkyEvents(replayedId, events);

        java.util.concurrent.atomic.AtomicLong deliveredBeforeOther = new java.util.concurrent.atomic.AtomicLong(-1);
        long before = hub.deliveredCount();
        Runnable stop = hub.observeLiveEvents(event -> {
            if (event.sessionId() == otherId && event.type() == SessionEventType.QUESTION_ASKED) {
                deliveredBeforeOther.compareAndSet(-1, hub.deliveredCount() - before);
            }
        });
        try (GraphQLWebSocket watching = connect(Protocol.TRANSPORT_WS, null);
                GraphQLWebSocket replaying = connect(Protocol.TRANSPORT_WS, null)) {
            String w = watching.subscribe(Fixtures.EVENTS, vars(other.sessionId(), null));
            awaitSubscribed(other, 1);
            long started = hub.deliveredCount();
            String r = replaying.subscribe(Fixtures.EVENTS, vars(replayed.sessionId(), first));
            Awaitility.await().atMost(WAIT).until(() -> hub.deliveredCount() > started);
            Fixtures.ask(Tokens.newUser("asker", "graduate"), other.sessionId(), "轮到我了吗？", false);

            assertThat(field(watching.next(w, 1, WAIT, NOT_COUNTS), "question.body"))
                    .containsExactly("轮到我了吗？");
            assertThat(replaying.next(r, events, Duration.ofSeconds(60), NOT_COUNTS))
                    .hasSize(events);
            assertThat(deliveredBeforeOther.get())
                    .as("events the replay had delivered when the other session's question was dispatched")
                    .isBetween(0L, (long) events - 1);
        } finally {
            stop.run();
        }
    }

    @Test
    void shouldTellRegisteredGraduatesThatTheSessionStarted() {
        LiveSession session = Fixtures.liveSession(host, false);
        Tokens.User registered = Tokens.newUser("reg", "graduate");
        as(
                        registered,
                        "mutation($input: RegisterForSessionInput!) { registerForSession(input: $input) { session { id } } }",
                        "input",
                        Map.of("sessionId", session.sessionId()))
                .get("registerForSession");
        try (GraphQLWebSocket ws = connect(Protocol.TRANSPORT_WS, registered)) {
            String id = ws.subscribe("subscription { myNotifications { type session { id status } } }", Map.of());
            awaitNotificationSubscriber();
            as(host, Fixtures.START, "input", Map.of("sessionId", session.sessionId()))
                    .get("startRecruitmentSession");
            JsonObject notification = ws.next(id, 1, WAIT).get(0).getJsonObject("myNotifications");
            assertThat(notification.getString("type")).isEqualTo("SESSION_STARTED");
            assertThat(notification.getJsonObject("session").getString("id")).isEqualTo(session.sessionId());
        }
    }

    @Test
    void shouldPublishTheViewerCountAcrossSubscribers() {
        LiveSession session = Fixtures.liveSession(host, false);
        try (GraphQLWebSocket one = connect(Protocol.TRANSPORT_WS, null);
                GraphQLWebSocket two = connect(Protocol.GRAPHQL_WS, null)) {
            String id = one.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            two.subscribe(Fixtures.EVENTS, vars(session.sessionId(), null));
            Integer count = null;
            long deadline = System.currentTimeMillis() + 10_000;
            while (!Integer.valueOf(2).equals(count) && System.currentTimeMillis() < deadline) {
                JsonObject event = one.next(id, 1, WAIT).get(0).getJsonObject("sessionEvents");
                assertThat(event.getString("type")).isEqualTo("VIEWER_COUNT_CHANGED");
                count = event.getInteger("viewerCount");
            }
            assertThat(count).isEqualTo(2);
        }
    }

    /** Waits until the hub holds the session's subscribers (subscriptions register asynchronously). */
    void awaitSubscribed(LiveSession session, int subscribers) {
        long id = GlobalId.parse(session.sessionId()).id();
        Awaitility.await().atMost(WAIT).until(() -> hub.localViewers().getOrDefault(id, 0) >= subscribers);
    }

    void awaitNotificationSubscriber() {
        Awaitility.await().atMost(WAIT).until(() -> notifications.subscriberCount() >= 1);
    }

    /** Writes bulky events straight into the log (as a busy session would), then NOTIFY. */
    void appendBulkyEvents(long sessionId, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            String body = "很长的问题".repeat(100);
            entityManager
                    .createNativeQuery("""
                    with ask as (insert into question (session_id, author_subject, author_name, body, status)
                                 values (:session, 'bulk', 'Bulk', :body, 'PUBLISHED') returning *),
                         seqs as (update recruitment_session set last_event_seq = last_event_seq + :count
                                  where id = :session returning last_event_seq)
                    insert into session_event (session_id, seq, type, question_id, question_snapshot)
                    select :session, seqs.last_event_seq - :count + g, 'QUESTION_UPDATED', ask.id,
                           jsonb_build_object('id', ask.id, 'sessionId', ask.session_id, 'authorSubject', 'bulk',
                                              'authorName', 'Bulk', 'anonymous', false, 'body', ask.body,
                                              'status', 'PUBLISHED', 'pinned', false, 'upvotes', g, 'answer', null,
                                              'answeredAt', null, 'askedAt', ask.asked_at)
                    from ask, seqs, generate_series(1, :count) g""")
                    .setParameter("session", sessionId)
                    .setParameter("body", body)
                    .setParameter("count", count)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("select pg_notify('campus_session_events', :payload)")
                    .setParameter("payload", sessionId + ":0")
                    .getSingleResult();
        });
    }

    /** Viewer-count events interleave with the ones a test waits for; most tests look past them. */
    static final Predicate<JsonObject> NOT_COUNTS = data -> data.getJsonObject("sessionEvents") == null
            || !"VIEWER_COUNT_CHANGED"
                    .equals(data.getJsonObject("sessionEvents").getString("type"));
}
