package org.campuscareers.common.graphql;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GraphQL over HTTP at the door of {@code /graphql}, before SmallRye GraphQL, as the GraphQL-over-HTTP
 * specification asks, its SHOULDs included (graphql-http's audit checks it: GraphQLHttpAuditTest):
 *
 * <ul>
 *   <li>a POST must say {@code Content-Type: application/json} (or {@code application/graphql});
 *       none or another is answered 415;
 *   <li>its body must be one JSON object with a string {@code query} (and optional objects
 *       {@code variables} and {@code extensions}, string {@code operationName}); anything else (unparsable JSON, batches,
 *       wrong types) is answered 400 with a contract error;
 *   <li>the response's media type is {@code application/graphql-response+json} only for a client
 *       that asks for it; no {@code Accept}, {@code *}{@code /*} and {@code application/json} get
 *       {@code application/json} (SmallRye would pick the new type for the first two);
 *   <li>a request that could not execute at all (parse, validation, variable or limit errors) is
 *       answered 400 to {@code application/graphql-response+json} clients and 200 to
 *       {@code application/json} ones, whose errors are in the body.
 * </ul>
 */
@ApplicationScoped
public class GraphQLHttpGuard {

    static final String REQUEST_ERROR = "campus.graphql.request-error";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";

    private static final int KNOWN_DOCUMENTS = 2000;

    private final long maxBodyBytes;
    /** Documents already seen to parse, so that each distinct one is checked once. */
    private final Map<String, Boolean> parsable = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > KNOWN_DOCUMENTS;
        }
    });

    public GraphQLHttpGuard(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        // A bearer token that is expired, tampered with, or from another issuer or audience fails
        // authentication before GraphQL runs; answer 401 with a contract error, not an empty body.
        router.route("/graphql").order(-101).failureHandler(ctx -> {
            if (ctx.failure() instanceof AuthenticationFailedException || ctx.statusCode() == 401) {
                JsonObject error = new JsonObject()
                        .put("message", "The access token is missing, invalid or expired")
                        .put("extensions", new JsonObject().put("code", "UNAUTHENTICATED"));
                ctx.response()
                        .setStatusCode(401)
                        .putHeader("WWW-Authenticate", "Bearer")
                        .putHeader("Content-Type", "application/json; charset=UTF-8")
                        .end(new JsonObject()
                                .put("errors", new JsonArray().add(error))
                                .encode());
            } else {
                ctx.next();
            }
        });
        router.route("/graphql").order(-100).handler(BodyHandler.create().setBodyLimit(maxBodyBytes));
        router.route("/graphql").order(-99).handler(this::guard);
    }

    private void guard(RoutingContext ctx) {
        if (ctx.request().headers().contains("Upgrade")) {
            ctx.next();
            return;
        }
        String responseType = responseType(ctx.request().getHeader("Accept"));
        if (responseType != null) {
            ctx.addHeadersEndHandler(v -> {
                HttpServerResponse response = ctx.response();
                String written = response.headers().get("Content-Type");
                if (written != null && written.startsWith("application/")) {
                    response.putHeader("Content-Type", responseType + "; charset=UTF-8");
                }
                if (GRAPHQL_RESPONSE.equals(responseType)
                        && Boolean.TRUE.equals(ctx.get(REQUEST_ERROR))
                        && response.getStatusCode() == 200) {
                    response.setStatusCode(400);
                }
            });
        }
        String query = null;
        if (ctx.request().method() == HttpMethod.POST) {
            String type = mediaType(ctx.request().getHeader("Content-Type"));
            if ("application/graphql".equals(type)) {
                query = ctx.body() == null ? null : ctx.body().asString();
            } else if ("application/json".equals(type)) {
                Object request = parse(ctx.body() == null ? null : ctx.body().buffer());
                if (request instanceof String problem) {
                    reject(ctx, 400, problem);
                    return;
                }
                query = ((JsonObject) request).getString("query");
            } else {
                reject(ctx, 415, "Send the request as Content-Type: application/json");
                return;
            }
        } else if (ctx.request().method() == HttpMethod.GET) {
            query = ctx.request().getParam("query");
        }
        String syntaxError = query == null ? null : syntaxError(query);
        if (syntaxError != null) {
            // A well-formed request whose document does not parse: a GraphQL error, which keeps 200
            // for application/json clients (the headers-end handler above makes it 400 for the others).
            ctx.put(REQUEST_ERROR, Boolean.TRUE);
            reject(ctx, 200, syntaxError);
            return;
        }
        ctx.next();
    }

    /**
     * The media type a GraphQL response is sent as, from the request's {@code Accept}: the first
     * of the two GraphQL types listed, else {@code application/json} when nothing or a wildcard is
     * asked for; null when only other types are (SmallRye answers 406).
     */
    static String responseType(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        boolean wildcard = false;
        for (String range : accept.split(",")) {
            String type = mediaType(range);
            if (type.equals(GRAPHQL_RESPONSE) || type.equals(JSON)) {
                return type;
            }
            wildcard |= type.equals("*/*") || type.equals("application/*");
        }
        return wildcard ? JSON : null;
    }

    /** The type/subtype of a media type, lower case, without parameters; "" for none. */
    static String mediaType(String header) {
        if (header == null) {
            return "";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * SmallRye GraphQL answers a document that does not parse without an error code, so the guard
     * parses each distinct document once first and answers that case itself.
     */
    private String syntaxError(String query) {
        if (parsable.containsKey(query)) {
            return null;
        }
        try {
            Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return "Syntax error: " + e.getMessage();
        } catch (RuntimeException e) {
            return "The document cannot be parsed: it is too large or nested too deeply";
        }
        parsable.put(query, Boolean.TRUE);
        return null;
    }

    /** The request as a JSON object, or a String saying what is wrong with it. */
    static Object parse(Buffer body) {
        if (body == null || body.length() == 0) {
            return "The request has no body; send {\"query\": \"...\"}";
        }
        Object parsed;
        try {
            parsed = Json.decodeValue(body);
        } catch (DecodeException e) {
            return "The request body is not valid JSON";
        }
        if (parsed instanceof JsonArray) {
            return "Batched requests are not supported; send one operation per request";
        }
        if (!(parsed instanceof JsonObject json)) {
            return "The request body must be a JSON object";
        }
        if (!(json.getValue("query") instanceof String query) || query.isBlank()) {
            return "The request needs a query string";
        }
        Object variables = json.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            return "variables must be a JSON object";
        }
        Object extensions = json.getValue("extensions");
        if (extensions != null && !(extensions instanceof JsonObject)) {
            return "extensions must be a JSON object";
        }
        Object operationName = json.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return "operationName must be a string";
        }
        return json;
    }

    private static void reject(RoutingContext ctx, int status, String message) {
        JsonObject error = new JsonObject()
                .put("message", message)
                .put("extensions", new JsonObject().put("code", "BAD_USER_INPUT"));
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    /** Marks the current HTTP request as one that could not execute (see the class comment). */
    static void markRequestError(CurrentVertxRequest request) {
        RoutingContext ctx = request.getCurrent();
        if (ctx != null) {
            ctx.put(REQUEST_ERROR, Boolean.TRUE);
        }
    }
}
