package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLWebSocket;
import org.campuscareers.support.GraphQLWebSocket.Protocol;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A websocket authenticated in connection_init lives as long as its token: when the token
 * expires the server closes the connection, and the client reconnects with a fresh token.
 */
@QuarkusTest
class WebSocketTokenExpiryTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/")
    URI uri;

    @Test
    void shouldCloseTheConnectionWhenItsTokenExpiresAndAcceptAFreshOne() {
        Fixtures.LiveSession session = Fixtures.liveSession(Tokens.newUser("host", "employer"), false);
        long now = System.currentTimeMillis() / 1000;
        String shortLived = Jwt.subject("viewer-" + now)
                .issuer(Tokens.ISSUER)
                .issuedAt(now)
                .expiresAt(now + 3)
                .claim("realm_access", Map.of("roles", List.of("graduate")))
                .sign();
        try (GraphQLWebSocket ws = GraphQLWebSocket.connect(vertx, uri, Protocol.TRANSPORT_WS, shortLived)) {
            ws.subscribe("subscription { myNotifications { type } }", Map.of());
            int code = ws.awaitClose(Duration.ofSeconds(20));
            assertThat(code).isNotEqualTo(1000);
        }
        try (GraphQLWebSocket fresh =
                GraphQLWebSocket.connect(vertx, uri, Protocol.TRANSPORT_WS, Tokens.of("viewer-again", "graduate"))) {
            String id =
                    fresh.subscribe(Fixtures.EVENTS, new java.util.HashMap<>(Map.of("session", session.sessionId())));
            io.vertx.core.json.JsonObject message = fresh.nextMessage(id, Duration.ofMillis(800));
            assertThat(message == null ? "none" : message.getString("type"))
                    .as("no error on a fresh token")
                    .isIn("none", "next");
        }
    }
}
