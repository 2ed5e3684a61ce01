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
}
