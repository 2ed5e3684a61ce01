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
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * A minimal OIDC provider for tests of the packaged application: discovery and keys on an
 * ephemeral loopback port, its issuer being its own base URL, and tokens signed with the test key
 * of quarkus-test-oidc-server, for the audience the service requires in production.
 *
 * <p>For the browser tests of the livestream page it is also a provider a browser signs in with:
 * a login form ({@code /authorize}, for users {@link #register registered} here, password = user
 * name), the authorization-code grant with PKCE (S256, checked), refresh tokens and the password
 * grant for test set-up, all with access tokens of a chosen lifetime and CORS headers for pages on
 * other ports. {@code /stats} tells how many tokens each grant issued.
 */
public final class OidcStub implements AutoCloseable {

    private final HttpServer server;
    private final String issuer;
    private final PublicJsonWebKey signingKey;
    private final int accessTokenSeconds;
    private final Map<String, List<String>> users = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> issued = new ConcurrentHashMap<>();

    private record Grant(String user, String clientId, String redirectUri, String challenge, long expiresAt) {}

    private OidcStub(HttpServer server, String issuer, PublicJsonWebKey signingKey, int accessTokenSeconds) {
        this.server = server;
        this.issuer = issuer;
        this.signingKey = signingKey;
        this.accessTokenSeconds = accessTokenSeconds;
    }

    public static OidcStub start() throws IOException {
        return start(3600);
    }

    /** A provider whose sign-ins and refreshes issue access tokens valid for this many seconds. */
    public static OidcStub start(int accessTokenSeconds) throws IOException {
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
                .put("authorization_endpoint", issuer + "/authorize")
                .put("token_endpoint", issuer + "/token")
                .put("end_session_endpoint", issuer + "/logout")
                .put("response_types_supported", new JsonArray().add("code"))
                .put(
                        "grant_types_supported",
                        new JsonArray().add("authorization_code").add("refresh_token"))
                .put("code_challenge_methods_supported", new JsonArray().add("S256"))
                .put("subject_types_supported", new JsonArray().add("public"))
                .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256"))
                .encode();
        OidcStub stub = new OidcStub(server, issuer, signingKey, accessTokenSeconds);
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, discovery));
        server.createContext("/keys", exchange -> respond(exchange, keys));
        server.createContext("/authorize", stub::authorize);
        server.createContext("/login", stub::login);
        server.createContext("/token", stub::tokenEndpoint);
        server.createContext("/logout", stub::logout);
        server.createContext(
                "/stats", exchange -> respond(exchange, stub.stats().encode()));
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "oidc-stub");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return stub;
    }

    /** Lets {@code user} sign in (password = user name) with these realm roles. */
    public OidcStub register(String user, String... roles) {
        users.put(user, List.of(roles));
        return this;
    }

    /** The name in this user's tokens (the {@code name} claim); "User <subject>" otherwise. */
    public OidcStub named(String user, String name) {
        names.put(user, name);
        return this;
    }

    /** How many access tokens each grant issued: authorization_code, refresh_token, password. */
    public JsonObject stats() {
        JsonObject stats = new JsonObject();
        issued.forEach((grant, count) -> stats.put(grant, count.get()));
        return stats;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> q = form(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(q.get("response_type")) || !"S256".equals(q.get("code_challenge_method"))) {
            respond(exchange, 400, "text/plain", "response_type=code and code_challenge_method=S256 are required");
            return;
        }
        loginForm(exchange, q, null);
    }

    private void loginForm(HttpExchange exchange, Map<String, String> q, String error) throws IOException {
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of("client_id", "redirect_uri", "state", "code_challenge", "scope")) {
            hidden.append("<input type=\"hidden\" name=\"")
                    .append(name)
                    .append("\" value=\"")
                    .append(html(q.getOrDefault(name, "")))
                    .append("\">");
        }
        String page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in (test provider)"
                + "</title></head><body><main><h1>Sign in</h1>"
                + (error == null ? "" : "<p role=\"alert\">" + html(error) + "</p>")
                + "<form method=\"post\" action=\"/login\">" + hidden
                + "<label for=\"username\">Username</label><input id=\"username\" name=\"username\">"
                + "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\">"
                + "<button type=\"submit\">Sign in</button></form></main></body></html>";
        respond(exchange, error == null ? 200 : 401, "text/html; charset=utf-8", page);
    }

    private void login(HttpExchange exchange) throws IOException {
        Map<String, String> f = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String user = f.getOrDefault("username", "");
        if (!users.containsKey(user) || !user.equals(f.get("password"))) {
            loginForm(exchange, f, "Unknown user or wrong password");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(
                code,
                new Grant(
                        user,
                        f.get("client_id"),
                        f.get("redirect_uri"),
                        f.get("code_challenge"),
                        System.currentTimeMillis() + 60_000));
        String redirect = f.get("redirect_uri");
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code + "&state="
                + URLEncoder.encode(f.getOrDefault("state", ""), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void tokenEndpoint(HttpExchange exchange) throws IOException {
        if ("OPTIONS".equals(exchange.getRequestMethod())) {
            respond(exchange, 204, "text/plain", "");
            return;
        }
        Map<String, String> f = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String grant = f.getOrDefault("grant_type", "");
        String user;
        switch (grant) {
            case "authorization_code" -> {
                Grant g = codes.remove(f.getOrDefault("code", ""));
                if (g == null
                        || g.expiresAt() < System.currentTimeMillis()
                        || !g.clientId().equals(f.get("client_id"))
                        || !g.redirectUri().equals(f.get("redirect_uri"))
                        || !g.challenge().equals(s256(f.getOrDefault("code_verifier", "")))) {
                    respond(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
                    return;
                }
                user = g.user();
            }
            case "refresh_token" -> {
                user = refreshTokens.remove(f.getOrDefault("refresh_token", ""));
                if (user == null) {
                    respond(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
                    return;
                }
            }
            case "password" -> {
                user = f.getOrDefault("username", "");
                if (!users.containsKey(user) || !user.equals(f.get("password"))) {
                    respond(exchange, 401, "application/json", "{\"error\":\"invalid_grant\"}");
                    return;
                }
            }
            default -> {
                respond(exchange, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
                return;
            }
        }
        String refresh = UUID.randomUUID().toString();
        refreshTokens.put(refresh, user);
        issued.computeIfAbsent(grant, k -> new AtomicInteger()).incrementAndGet();
        String body = new JsonObject()
                .put(
                        "access_token",
                        token(user, accessTokenSeconds, users.get(user).toArray(String[]::new)))
                .put("token_type", "Bearer")
                .put("expires_in", accessTokenSeconds)
                .put("refresh_token", refresh)
                .encode();
        respond(exchange, 200, "application/json", body);
    }

    private void logout(HttpExchange exchange) throws IOException {
        String to = form(exchange.getRequestURI().getRawQuery()).get("post_logout_redirect_uri");
        if (to == null) {
            respond(exchange, 200, "text/plain", "Signed out");
            return;
        }
        exchange.getResponseHeaders().add("Location", to);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
        return values;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
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
                    .claim("name", names.getOrDefault(subject, "User " + subject))
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
        respond(exchange, 200, "application/json", json);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        // Pages on other ports read discovery and token responses (as from Keycloak's web origins).
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
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
