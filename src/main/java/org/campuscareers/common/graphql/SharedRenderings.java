package org.campuscareers.common.graphql;

import graphql.ExecutionResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the results of one subscription event are kept while it is delivered, shared by every
 * copy of the event handed out in one delivery round (see {@link SharedSubscriptionExecution}).
 * Opaque to the features that make events: they create one per event and round, nothing more.
 */
public final class SharedRenderings {

    private final Map<Object, CompletableFuture<ExecutionResult>> results = new ConcurrentHashMap<>();

    CompletableFuture<ExecutionResult> get(Object key) {
        return results.get(key);
    }

    void put(Object key, CompletableFuture<ExecutionResult> result) {
        results.put(key, result);
    }
}
