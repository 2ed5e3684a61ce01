package org.campuscareers.common.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client that closes its connection while its query or mutation runs (a load generator ending
 * its run, a closed browser tab) costs one DEBUG line and nothing else.
 *
 * <p>Why this is needed: Quarkus's SmallRye GraphQL handler terminates the CDI request context as
 * soon as the HTTP response ends, fails or its connection closes (the response's end, exception
 * and close handlers). On a closed connection that happens on the event loop while the request is
 * still executing on its worker thread: the request-scoped Hibernate session is closed under the
 * running statement (PostgreSQL reports "canceling statement due to user request"; rows still
 * being read give "This statement has been closed" or "ResultSet is closed"), and the resolvers
 * that follow find no request context ({@code ContextNotActiveException}). Each of those was logged
 * as a warning or an unexpected error with its stack trace, and a connection was returned to the
 * pool while its statement was being cancelled.
 *
 * <p>What this does instead, for every HTTP request (subscriptions over websockets have their own
 * lifecycle): it takes over those three handlers when execution starts. The request context is
 * then terminated when the response has been written, as before, or, if the client went away
 * first, once execution is over and every instrumentation has seen the result, on the thread
 * that ran it. In between, a gone client's remaining
 * resolvers are not called (the statement running already completes, within the statement
 * timeout) and {@link ErrorShaping} neither shapes nor logs the errors of an answer nobody reads
 * ({@link #isGone}).
 */
final class ClientGone extends SimplePerformantInstrumentation {

    private static final int RUNNING = 0;
    private static final int GONE = 1;
    private static final int DONE = 2;

    private final CurrentVertxRequest request;

    ClientGone(CurrentVertxRequest request) {
        this.request = request;
    }

    /** Whether the client of the request being executed has closed its connection. */
    static boolean isGone(GraphQLContext context) {
        return context != null && context.get(State.class) instanceof State state && state.gone();
    }

    private static final class State implements InstrumentationState {
        final AtomicInteger phase = new AtomicInteger(RUNNING);
        final AtomicBoolean terminated = new AtomicBoolean();
        final long started = System.nanoTime();
        ManagedContext requestContext;
        InjectableContext.ContextState contextState;

        boolean gone() {
            return phase.get() == GONE;
        }

        /** The connection closed (or the response failed): terminate now, or once execution is over. */
        void clientGone() {
            if (!phase.compareAndSet(RUNNING, GONE) && phase.get() == DONE) {
                terminate();
            }
        }

        /** Execution is over: terminate if the client already went away; else the response's end will. */
        boolean executionDone() {
            return !phase.compareAndSet(RUNNING, DONE);
        }

        void terminate() {
            if (terminated.compareAndSet(false, true) && contextState != null) {
                requestContext.destroy(contextState);
            }
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        RoutingContext context = request.getCurrent();
        ManagedContext requestContext = Arc.container().requestContext();
        if (context == null
                || !requestContext.isActive()
                || context.request().headers().contains("Upgrade")) {
            return null; // a subscription's event, or a websocket: not an HTTP request and response
        }
        State state = new State();
        parameters.getExecutionInput().getGraphQLContext().put(State.class, state);
        state.requestContext = requestContext;
        state.contextState = requestContext.getState();
        HttpServerResponse response = context.response();
        response.closeHandler(closed -> state.clientGone());
        response.exceptionHandler(failed -> state.clientGone());
        // Vert.x calls the end handler on a close too, before the response was written.
        response.endHandler(ended -> {
            if (response.ended()) {
                state.terminate();
            } else {
                state.clientGone();
            }
        });
        if (response.closed()) {
            // Gone before execution started: SmallRye's handler may already have ended the context.
            state.phase.set(GONE);
            state.terminated.set(true);
        }
        return state;
    }

    /**
     * Last in the chain, after every other instrumentation has seen the result: a gone client's
     * request context ends here, with the one line its request logs.
     */
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (state instanceof State known && known.executionDone()) {
            Log.debugf(
                    "The client went away during %s after %d ms; its remaining fields were not resolved",
                    parameters.getOperation() == null ? "an operation" : parameters.getOperation(),
                    (System.nanoTime() - known.started) / 1_000_000);
            known.terminate();
        }
        return CompletableFuture.completedFuture(result);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || !(state instanceof State known)) {
            return dataFetcher;
        }
        return environment -> known.gone() ? null : dataFetcher.get(environment);
    }
}
