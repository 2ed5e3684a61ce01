package org.campuscareers.ops;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Counts GraphQL requests by operation and errors by contract code. The "operation" tag is the
 * root field (such as {@code postings} or {@code applyToPosting}), not the client's free-form
 * operation name, so the number of series stays bounded by the schema. It must run after the
 * error shaping in the instrumentation chain, so that every error it sees carries its code.
 */
@ApplicationScoped
public class OperationMetrics extends SimplePerformantInstrumentation {

    static final String REQUESTS = "campus.graphql.requests";
    static final String ERRORS = "campus.graphql.errors";

    private final MeterRegistry registry;

    public OperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** What one execution learned about its operation before it produced a result. */
    static final class State implements InstrumentationState {
        final long startNanos = System.nanoTime();
        String type = "none";
        List<String> rootFields = List.of("none");
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new State();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (state instanceof State s) {
            OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
            s.type = operation.getOperation().name().toLowerCase();
            List<String> fields = new ArrayList<>();
            for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
                // Fragments at the root are rare; they are counted under one name rather than expanded.
                fields.add(selection instanceof Field field ? field.getName() : "fragment");
            }
            s.rootFields = fields.isEmpty() ? List.of("none") : fields;
        }
        return null;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        State s = state instanceof State known ? known : new State();
        String outcome = result.getErrors().isEmpty() ? "success" : "error";
        long elapsed = System.nanoTime() - s.startNanos;
        for (String field : s.rootFields) {
            Timer.builder(REQUESTS)
                    .description("GraphQL requests by root field; subscriptions are counted when they start")
                    .tags("operation", field, "type", s.type, "outcome", outcome)
                    .register(registry)
                    .record(elapsed, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
        for (GraphQLError error : result.getErrors()) {
            Map<String, Object> extensions = error.getExtensions();
            Object code = extensions == null ? null : extensions.get("code");
            registry.counter(ERRORS, "code", code == null ? "INTERNAL" : code.toString())
                    .increment();
        }
        return CompletableFuture.completedFuture(result);
    }
}
