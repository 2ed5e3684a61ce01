package org.campuscareers.common.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.EnginePatch;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLWebSocket;
import org.campuscareers.support.GraphQLWebSocket.Protocol;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every reach into a library's internals still takes hold: after an HTTP query and a websocket
 * subscription, each patch reports itself active, here and in the metric operators watch. A
 * library upgrade that breaks one fails this test instead of quietly making the service slower
 * or less protected. (DEV_MODE_DETECTION is DevModeIT's to check.)
 */
@QuarkusTest
class EnginePatchesTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI uri;

    @Test
    void shouldHaveEveryEnginePatchInEffect() throws Exception {
        assertThat(anonymous("{ postings(first: 1) { nodes { id title } } }").ok())
                .isTrue();
        Fixtures.LiveSession session = Fixtures.liveSession(Tokens.newUser("host", "employer"), false);
        try (GraphQLWebSocket socket = GraphQLWebSocket.connect(vertx, uri, Protocol.TRANSPORT_WS, null)) {
            socket.subscribe(Fixtures.EVENTS, Map.of("session", session.sessionId()));
            org.awaitility.Awaitility.await().until(EnginePatch.SUBSCRIBER_WRITABILITY::isActive);
        }

        List<EnginePatch> expected = List.of(
                EnginePatch.LEAN_PROPERTIES,
                EnginePatch.DOCUMENT_CACHE,
                EnginePatch.SHARED_SUBSCRIPTION_EVENTS,
                EnginePatch.SUBSCRIBER_WRITABILITY);
        assertThat(expected)
                .allSatisfy(
                        patch -> assertThat(patch.isActive()).as(patch.name()).isTrue());
        assertThat(LeanPropertyFetching.leanProperties())
                .as("plain properties read directly")
                .isGreaterThan(50);
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (EnginePatch patch : expected) {
            assertThat(metrics).contains("campus_engine_patch_active{patch=\"" + patch.name() + "\"} 1.0");
        }
    }
}
