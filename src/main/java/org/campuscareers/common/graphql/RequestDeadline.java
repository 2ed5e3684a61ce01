package org.campuscareers.common.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.ErrorCode;

/**
 * The overall time limit of one query or mutation ({@code campus.graphql.request-timeout}), from
 * the moment it arrives: each resolver that does work (not a plain property) first checks it, and
 * past it the first such resolver fails with INTERNAL and a retry hint while the rest resolve to
 * nothing, so the response carries one error. A statement already running is bounded by the
 * statement timeout. Subscriptions are exempt: they run as long as the client listens.
 */
final class RequestDeadline extends SimplePerformantInstrumentation {

    private final long timeoutNanos;
    private final String message;

    RequestDeadline(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        this.message = "The request took longer than " + timeout.toMillis() + " ms and was stopped; try again in "
                + ErrorShaping.RETRY_AFTER_SECONDS + " s";
    }

    private static final class State implements InstrumentationState {
        long deadline;
        boolean enforced = true;
        final AtomicBoolean reported = new AtomicBoolean();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        State state = new State();
        state.deadline = System.nanoTime() + timeoutNanos;
        return state;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (state instanceof State known
                && parameters.getExecutionContext().getOperationDefinition().getOperation()
                        == OperationDefinition.Operation.SUBSCRIPTION) {
            known.enforced = false;
        }
        return null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || !(state instanceof State known) || !known.enforced) {
            return dataFetcher;
        }
        return environment -> {
            if (System.nanoTime() - known.deadline > 0) {
                if (!known.reported.compareAndSet(false, true)) {
                    return null;
                }
                throw new ApiException(
                        ErrorCode.INTERNAL,
                        message,
                        null,
                        Map.of("retryAfterSeconds", ErrorShaping.RETRY_AFTER_SECONDS));
            }
            return dataFetcher.get(environment);
        };
    }
}
