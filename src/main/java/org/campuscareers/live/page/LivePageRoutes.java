package org.campuscareers.live.page;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.campuscareers.common.CampusConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The reference livestream page (docs/LIVE-PAGE.md), served to anyone: {@code /live/} lists live and
 * upcoming sessions, {@code /live/{sessionId}} (the session's global id) shows one, and
 * {@code /live/signed-in} completes a sign-in. All three are the same shell; the page's script
 * decides from the path. Everything it shows comes from the GraphQL API with the visitor's own
 * token, so the page adds no rule of its own about who may see what.
 */
@ApplicationScoped
public class LivePageRoutes {

    static final String ASSETS = "/live/assets/";
    static final String DEV_OIDC = "/live/dev-oidc";

    private final LivePageAssets assets;
    private final CampusConfig.Page settings;
    private final Optional<String> issuer;
    private final boolean dev = LaunchMode.current() == LaunchMode.DEVELOPMENT;
    private final DevOidcProxy devOidc;
    private final String policy;

    public LivePageRoutes(LivePageAssets assets, CampusConfig config) {
        this.assets = assets;
        this.settings = config.live().page();
        // Read at start: in dev mode the OIDC Dev Service sets it when it starts.
        this.issuer = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .map(url -> url.replaceAll("/+$", ""));
        this.devOidc = dev && issuer.isPresent() ? new DevOidcProxy(issuer.get()) : null;
        this.policy = contentSecurityPolicy();
    }

    /** In production the page never changes: read and render it once, at start, off the event loop. */
    private volatile String rendered;

    void load(@Observes StartupEvent start) {
        if (!dev) {
            String shell = assets.page();
            rendered = shell == null ? null : render(shell);
        }
    }

    void install(@Observes Router router) {
        router.get(ASSETS + ":name").handler(this::asset);
        if (devOidc != null) {
            router.get(DEV_OIDC + "/.well-known/openid-configuration").blockingHandler(devOidc::discovery);
            router.post(DEV_OIDC + "/token").handler(BodyHandler.create()).blockingHandler(devOidc::token);
        }
        for (String path : new String[] {"/live", "/live/", "/live/:sessionId"}) {
            if (dev) {
                // Dev mode may bundle the page first (LivePageAssets): not on the event loop.
                router.get(path).blockingHandler(this::page);
            } else {
                router.get(path).handler(this::page);
            }
        }
    }

    private void page(RoutingContext ctx) {
        String html = rendered;
        if (html == null) {
            String shell = assets.page();
            html = shell == null ? null : render(shell);
        }
        if (html == null) {
            ctx.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8");
            ctx.response().end("The livestream page was not built with this service.");
            return;
        }
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .putHeader("Content-Security-Policy", policy)
                .putHeader("X-Content-Type-Options", "nosniff")
                // The sign-in callback carries a code in its address: never pass it on as a referrer.
                .putHeader("Referrer-Policy", "no-referrer")
                .end(html);
    }

    private void asset(RoutingContext ctx) {
        LivePageAssets.Asset asset = assets.asset(ctx.pathParam("name"));
        if (asset == null) {
            ctx.response().setStatusCode(404).end();
            return;
        }
        String accepted = ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING);
        boolean gzip = accepted != null && accepted.contains("gzip");
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, asset.contentType())
                // Names carry a hash of their content: a new build gets new names.
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader(HttpHeaders.VARY, "Accept-Encoding");
        if (gzip) {
            ctx.response().putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        ctx.response().end(io.vertx.core.buffer.Buffer.buffer(gzip ? asset.gzipped() : asset.bytes()));
    }

    private String render(String shell) {
        return shell.replace("{{config}}", scriptSafe(pageConfig().encode())).replace("{{theme}}", themeLink());
    }

    /** What the page's script needs to know, embedded in the shell (one request fewer). */
    JsonObject pageConfig() {
        JsonObject auth = new JsonObject()
                .put("clientId", settings.clientId())
                .put("scope", settings.scope())
                .put(
                        "discoveryUrl",
                        devOidc != null
                                ? DEV_OIDC + "/.well-known/openid-configuration"
                                : issuer.map(url -> url + "/.well-known/openid-configuration")
                                        .orElse(null));
        return new JsonObject().put("brand", settings.brand().orElse(null)).put("auth", auth);
    }

    private String themeLink() {
        return settings.stylesheet()
                .map(url -> "<link rel=\"stylesheet\" href=\"" + attribute(url) + "\">")
                .orElse("");
    }

    private String contentSecurityPolicy() {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        if (devOidc == null) {
            issuer.flatMap(LivePageRoutes::originOf).ifPresent(connect::add);
        }
        Set<String> style = new LinkedHashSet<>();
        style.add("'self'");
        settings.stylesheet().flatMap(LivePageRoutes::originOf).ifPresent(style::add);
        return "default-src 'none'; script-src 'self'; style-src " + String.join(" ", style)
                + "; img-src 'self' data: https:; media-src 'self' https: blob:; frame-src https: http:"
                + "; connect-src " + String.join(" ", connect)
                + "; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
    }

    static Optional<String> originOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(
                    uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** JSON inside a script element: no "</script>" or "<!--" can end or bend it. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    static String attribute(String value) {
        return value.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
