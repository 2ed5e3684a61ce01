package org.campuscareers.common.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Unremovable;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.Caller;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.common.EnginePatch;
import org.campuscareers.common.RateLimiter;

/**
 * Configures the GraphQL engine SmallRye builds: after SmallRye's own instrumentation (which keeps
 * its parsed-document cache), the query limits under {@code campus.graphql.*}, the time limit of
 * a request ({@link RequestDeadline}), the input gate (who may call each operation, then text that
 * cannot be stored; {@link InputGate}), the mutations' rate limits under {@code campus.limits.*}
 * ({@link WriteLimits}), the error shaping
 * that gives every error a contract code, then any instrumentation other parts contribute as beans
 * (the request and error metrics of {@code ops/}), then what a client that went away mid-request
 * leaves behind ({@link ClientGone}); and subscriptions that execute an event once for all subscribers
 * who see it alike ({@link SharedSubscriptionExecution}); and plain properties read without
 * SmallRye's per-field bookkeeping ({@link LeanPropertyFetching}).
 */
@ApplicationScoped
@Unremovable // looked up by EngineSetupEvents, which CDI does not see
public class GraphQLSetup {

    private final CampusConfig config;
    private final CurrentVertxRequest request;
    private final Instance<Instrumentation> contributed;
    private final RateLimiter rateLimiter;
    private final OperationAccess access;
    private final Caller caller;

    public GraphQLSetup(
            CampusConfig config,
            CurrentVertxRequest request,
            Instance<Instrumentation> contributed,
            RateLimiter rateLimiter,
            OperationAccess access,
            Caller caller) {
        this.config = config;
        this.request = request;
        this.contributed = contributed;
        this.rateLimiter = rateLimiter;
        this.access = access;
        this.caller = caller;
    }

    /**
     * Called by {@link EngineSetupEvents} once, before SmallRye builds its engine, with the method
     * that serves each root field.
     */
    void configure(GraphQL.Builder builder, Map<String, String> rootMethods) {
        access.load(rootMethods);
        CampusConfig.GraphQL limits = config.graphql();
        List<Instrumentation> chain = new ArrayList<>();
        // SmallRye's own chain also fills its parsed-document cache (its QueryCache caches a document
        // when validation passes), so it stays first.
        Instrumentation smallRye = builderField(
                builder,
                "instrumentation",
                Instrumentation.class,
                EnginePatch.DOCUMENT_CACHE,
                "documents will be parsed and validated on every request");
        if (smallRye != null) {
            chain.add(smallRye);
        }
        chain.add(new QueryLimits(
                limits.maxDepth(),
                limits.maxComplexity(),
                limits.maxAliases(),
                limits.maxOperations(),
                limits.maxNodes()));
        chain.add(new RequestDeadline(limits.requestTimeout()));
        // Who may call, then storable text, before anything is counted or run.
        chain.add(new InputGate(access, caller));
        // After the document's limits and the gate, so that a refused mutation counts nothing.
        chain.add(new WriteLimits(rateLimiter, caller, config.limits()));
        chain.add(new ErrorShaping(request));
        chain.add(new OnDemandDataLoaders(ResolverMethod.enabled()));
        // Instrumentation other parts contribute as beans (the request metrics of ops/) comes after the
        // shaping, so that it sees every error with its contract code.
        contributed.forEach(chain::add);
        // Last: its data fetchers wrap all others, and a gone client's request context ends only
        // after every instrumentation above has seen the result.
        chain.add(new ClientGone(request));
        builder.instrumentation(new InstrumentationChain(chain));
        // Who asks, as far as it changes what an event shows: subscribers alike share their template.
        builder.subscriptionExecutionStrategy(new SharedSubscriptionExecution(
                () -> caller.isSignedIn() ? List.of(caller.subject(), caller.roles()) : null));
        GraphQLSchema schema = builderField(
                builder,
                "graphQLSchema",
                GraphQLSchema.class,
                EnginePatch.LEAN_PROPERTIES,
                "every property will resolve through SmallRye");
        if (schema != null) {
            builder.schema(LeanSubscriptionFetching.apply(LeanPropertyFetching.apply(schema), rootMethods));
        }
    }

    /**
     * What SmallRye already set on the builder, which has no getters; null, and the patch that needs
     * it marked broken, if unreadable.
     */
    private static <T> T builderField(
            GraphQL.Builder builder, String name, Class<T> type, EnginePatch patch, String consequence) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField(name);
            field.setAccessible(true);
            T value = type.cast(field.get(builder));
            if (value == null) {
                throw new IllegalStateException("GraphQL.Builder." + name + " is not set");
            }
            if (patch == EnginePatch.DOCUMENT_CACHE) {
                patch.applied();
            }
            return value;
        } catch (ReflectiveOperationException | RuntimeException e) {
            patch.broken(consequence, e);
            return null;
        }
    }
}
