package org.campuscareers.support;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Real access tokens from a Keycloak realm, by the password grant (demo users: password = user name). */
public final class KeycloakTokens {

    public static final String CLIENT = "campus-app";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakTokens() {}

    /** The realm URL CI's Keycloak serves (deploy/keycloak/keycloak.sh), or null when none runs. */
    public static String realmUrl() {
        String url = System.getenv("CAMPUS_KEYCLOAK_URL");
        return url == null || url.isBlank() ? null : url.replaceAll("/+$", "");
    }

    public record Token(String value, JsonObject claims) {

        public Tokens.User asUser() {
            return new Tokens.User(claims.getString("sub"), value);
        }
    }

    public static Token password(String client, String realmUrl, String user) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", client);
        form.put("username", user);
        form.put("password", user);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(
                        "No token for " + user + " from " + client + " (" + realmUrl + "): " + response.body());
            }
            String value = new JsonObject(response.body()).getString("access_token");
            String payload = value.split("\\.")[1];
            return new Token(
                    value, new JsonObject(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError("Keycloak at " + realmUrl + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while asking Keycloak for a token", e);
        }
    }

    /**
     * Lets pages on {@code origin} call the realm's token endpoint from the browser (CORS): adds it
     * to {@code client}'s web origins through the admin API (admin/admin, the local realm's console
     * login), as an operator registers the page's real origin. Returns a call that removes it again.
     */
    public static Runnable allowWebOrigin(String realmUrl, String client, String origin) {
        String base = realmUrl.replaceAll("/realms/[^/]+$", "");
        String realmName = realmUrl.substring(realmUrl.lastIndexOf('/') + 1);
        String admin = adminToken(base);
        String clients = base + "/admin/realms/" + realmName + "/clients";
        io.vertx.core.json.JsonObject representation = new io.vertx.core.json.JsonArray(
                        send(admin, "GET", clients + "?clientId=" + client, null))
                .getJsonObject(0);
        String id = representation.getString("id");
        io.vertx.core.json.JsonArray origins = representation.getJsonArray("webOrigins");
        origins.add(origin);
        send(admin, "PUT", clients + "/" + id, representation.encode());
        return () -> {
            origins.remove(origin);
            send(adminToken(base), "PUT", clients + "/" + id, representation.encode());
        };
    }

    private static String adminToken(String base) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build();
        return new JsonObject(call(request)).getString("access_token");
    }

    private static String send(String token, String method, String url, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return call(request.build());
    }

    private static String call(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(
                        request.method() + " " + request.uri() + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError("Keycloak at " + request.uri() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while calling Keycloak", e);
        }
    }
}
