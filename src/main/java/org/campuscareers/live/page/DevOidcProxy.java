package org.campuscareers.live.page;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Dev mode only: the in-process OIDC Dev Service sends no CORS headers, so a page on another port
 * cannot read its discovery document or token responses. This forwards both from the service's own
 * origin, and adds the Dev Service's client secret to refresh requests (it refuses them without
 * one; a real provider such as Keycloak renews a public client's tokens without a secret). Never
 * installed outside {@code quarkus:dev}.
 */
final class DevOidcProxy {

    private final String issuer;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DevOidcProxy(String issuer) {
        this.issuer = issuer;
    }

    void discovery(RoutingContext ctx) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObject metadata = new JsonObject(response.body())
                    // Relative: the page posts to this proxy on its own origin.
                    .put("token_endpoint", LivePageRoutes.DEV_OIDC + "/token");
            ctx.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(metadata.encode());
        } catch (IOException | InterruptedException e) {
            ctx.response().setStatusCode(502).end();
        }
    }

    /** After a BodyHandler, which parsed the form; runs on a worker thread. */
    void token(RoutingContext ctx) {
        StringBuilder form = new StringBuilder();
        ctx.request().formAttributes().forEach(entry -> append(form, entry.getKey(), entry.getValue()));
        if ("refresh_token".equals(ctx.request().getFormAttribute("grant_type"))) {
            ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.oidc.credentials.secret", String.class)
                    .ifPresent(secret -> append(form, "client_secret", secret));
        }
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(issuer + "/token"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            ctx.response()
                    .setStatusCode(response.statusCode())
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(response.body());
        } catch (IOException e) {
            ctx.response().setStatusCode(502).end();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ctx.response().setStatusCode(502).end();
        }
    }

    private static void append(StringBuilder form, String key, String value) {
        if (!form.isEmpty()) {
            form.append('&');
        }
        form.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
