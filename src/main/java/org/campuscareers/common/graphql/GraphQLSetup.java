package org.campuscareers.common.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.campuscareers.common.CampusConfig;
import org.campuscareers.ops.OperationMetrics;

import graphql.GraphQL;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;

/**
 * Configures the GraphQL engine SmallRye builds: the query depth limit, the document cache, the
 * error shaping that gives every error a contract code, and the request and error metrics
 * ({@link OperationMetrics}). This replaces SmallRye's own instrumentation chain, so its depth
 * and complexity settings are not used; ours are under {@code campus.graphql.*}.
 */
@ApplicationScoped
public class GraphQLSetup {

    private final CampusConfig config;
    private final OperationMetrics metrics;

    public GraphQLSetup(CampusConfig config, OperationMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    void configure(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(config.graphql().maxDepth()),
                new ErrorShaping(),
                // After the shaping, so that it counts errors by their contract code.
                metrics)))
                .preparsedDocumentProvider(new DocumentCache(config.graphql().documentCacheSize()));
    }
}
