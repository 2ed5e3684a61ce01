package org.campuscareers.common.graphql;

import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.graphql.spi.EventingService;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands SmallRye's engine to {@link GraphQLSetup} before it is built. SmallRye could announce that
 * as a CDI event instead, but its CDI events also fire before and after every field of every
 * request (a tenth of the CPU of a page of postings, found by profiling the query mix), so they
 * stay off and only this one event is taken, through SmallRye's service interface. It has no
 * switch: without it the engine would run without the query limits and the error shaping.
 * While SmallRye builds the schema, it also notes which Java method serves each root field, so that
 * {@link OperationAccess} can read who may call it from that method.
 */
public class EngineSetupEvents implements EventingService {

    /** {@code QUERY.postings} → {@code org.campuscareers...PostingGraphQL#postings}, filled as the schema is built. */
    private final Map<String, String> rootMethods = new ConcurrentHashMap<>();

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public Operation createOperation(Operation operation) {
        if (!operation.isSourceField() && operation.getOperationType() != OperationType.RESOLVER) {
            rootMethods.put(
                    operation.getOperationType().name() + "." + operation.getName(),
                    operation.getClassName() + "#" + operation.getMethodName());
        }
        return operation;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Map<String, String> methods = Map.copyOf(rootMethods);
        GraphQLSetup setup = Arc.container().instance(GraphQLSetup.class).get();
        if (setup != null) {
            setup.configure(builder, methods);
        } else {
            configureReloaded(builder, methods);
        }
        return builder;
    }

    /**
     * SmallRye keeps the instance of this service it loaded first, so after a live reload in dev
     * mode this class is the previous application's, and the set-up bean must be found (and called)
     * through the class the new application loaded.
     */
    private static void configureReloaded(GraphQL.Builder builder, Map<String, String> methods) {
        try {
            Class<?> current = Thread.currentThread().getContextClassLoader().loadClass(GraphQLSetup.class.getName());
            Method configure = current.getDeclaredMethod("configure", GraphQL.Builder.class, Map.class);
            configure.setAccessible(true);
            configure.invoke(Arc.container().instance(current).get(), builder, methods);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set up the GraphQL engine of the reloaded application", e);
        }
    }
}
