package org.campuscareers.common.graphql;

import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands SmallRye's engine to {@link GraphQLSetup} before it is built. SmallRye could announce that
 * as a CDI event instead, but its CDI events also fire before and after every field of every
 * request (a tenth of the CPU of a page of postings, found by profiling the query mix), so they
 * stay off and only this one event is taken, through SmallRye's service interface. It has no
 * switch: without it the engine would run without the query limits and the error shaping.
 */
public class EngineSetupEvents implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Arc.container().instance(GraphQLSetup.class).get().configure(builder);
        return builder;
    }
}
