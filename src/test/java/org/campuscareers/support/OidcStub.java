package org.campuscareers.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * A minimal OIDC provider for tests of the packaged application: discovery and keys on an
 * ephemeral loopback port, its issuer being its own base URL, and tokens signed with the test key
 * of quarkus-test-oidc-server, for the audience the service requires in production.
 */
public final class OidcStub implements AutoCloseable {

    private final HttpServer server;
    private final String issuer;
    private final PublicJsonWebKey signingKey;

    private OidcStub(HttpServer server, String issuer, PublicJsonWebKey signingKey) {
        this.server = server;
        this.issuer = issuer;
        this.signingKey = signingKey;
    }

    public static OidcStub start() throws IOException {
        PublicJsonWebKey signingKey;
        try {
            signingKey = PublicJsonWebKey.Factory.newPublicJwk(resource("privateKey.jwk"));
        } catch (JoseException e) {
            throw new IllegalStateException("The test signing key cannot be read", e);
        }
        JsonObject publicKey =
                new JsonObject(resource("publicKey.jwk")).put("use", "sig").put("alg", "RS256");
        String keys =
                new JsonObject().put("keys", new JsonArray().add(publicKey)).encode();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        String discovery = new JsonObject()
                .put("issuer", issuer)
                .put("jwks_uri", issuer + "/keys")
                .put("response_types_supported", new JsonArray().add("code"))
                .put("subject_types_supported", new JsonArray().add("public"))
                .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256"))
                .encode();
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, discovery));
        server.createContext("/keys", exchange -> respond(exchange, keys));
        server.start();
        return new OidcStub(server, issuer, signingKey);
    }

    /** The URL to configure as quarkus.oidc.auth-server-url. */
    public String issuer() {
        return issuer;
    }

    /** A new user with these roles and a token valid for an hour. */
    public Tokens.User user(String prefix, String... roles) {
        String subject = prefix + "-" + UUID.randomUUID();
        return new Tokens.User(subject, token(subject, 3600, roles));
    }

    /** A token for this subject (an existing user, e.g. of generated data) with these roles. */
    public String token(String subject, int validSeconds, String... roles) {
        try {
            String token = Jwt.subject(subject)
                    .issuer(issuer)
                    .audience("campus-app")
                    .claim("preferred_username", subject)
                    .claim("name", "User " + subject)
                    .claim("email", subject + "@example.edu")
                    .claim("realm_access", Map.of("roles", List.of(roles)))
                    .expiresIn(validSeconds)
                    .jws()
                    .keyId(signingKey.getKeyId())
                    .sign(signingKey.getPrivateKey());
            return token;
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath (quarkus-test-oidc-server)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
