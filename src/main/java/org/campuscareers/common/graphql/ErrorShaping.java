package org.campuscareers.common.graphql;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.ErrorCode;

/**
 * Rewrites every error of a result into the contract's shape: {@code extensions.code} from
 * {@link ErrorCode}, {@code extensions.field} for bad input, and for anything unexpected a plain
 * INTERNAL message with the details left in the server log, never in the response.
 */
final class ErrorShaping extends SimplePerformantInstrumentation {

    static final String INTERNAL_MESSAGE = "Internal server error";
    static final String UNAVAILABLE_MESSAGE = "The service cannot reach its database right now; try again shortly";
    /** What {@code extensions.retryAfterSeconds} says when the service, not the request, failed for now. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final CurrentVertxRequest request;

    ErrorShaping(CurrentVertxRequest request) {
        this.request = request;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty() || ClientGone.isGone(parameters.getGraphQLContext())) {
            // Nobody reads the answer of a client that went away: its errors (fields left
            // unresolved, a statement cut short) are neither shaped nor logged (ClientGone).
            return CompletableFuture.completedFuture(result);
        }
        boolean onlyRequestErrors = true;
        List<GraphQLError> shaped = new ArrayList<>(result.getErrors().size());
        for (GraphQLError error : result.getErrors()) {
            if (error instanceof NonNullableFieldWasNullError
                    && result.getErrors().size() > 1) {
                continue; // the consequence of another error, which says what went wrong
            }
            onlyRequestErrors &= isRequestError(error);
            shaped.add(shape(error));
        }
        if (!result.isDataPresent() || (result.getData() == null && onlyRequestErrors)) {
            // Nothing executed: the document did not parse or validate, its variables or
            // arguments did not coerce, or it exceeded a limit. GraphQL over HTTP answers 400.
            GraphQLHttpGuard.markRequestError(request);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(shaped)));
    }

    /** An error in the request itself (document, variables, limits), not in resolving a field. */
    private static boolean isRequestError(GraphQLError error) {
        return error instanceof ContractError
                || error instanceof AbortExecutionException
                || (!(error instanceof ExceptionWhileDataFetching)
                        && (error.getErrorType() == ErrorType.ValidationError
                                || error.getErrorType() == ErrorType.InvalidSyntax));
    }

    static GraphQLError shape(GraphQLError error) {
        if (error instanceof ContractError) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(fetching.getException(), error);
        }
        if (error instanceof AbortExecutionException) {
            return ContractError.of(ErrorCode.QUERY_TOO_COMPLEX, error.getMessage(), error, null, null);
        }
        if (error.getErrorType() == ErrorType.ValidationError || error.getErrorType() == ErrorType.InvalidSyntax) {
            return ContractError.of(ErrorCode.BAD_USER_INPUT, error.getMessage(), error, null, null);
        }
        if (error.getErrorType() == ErrorType.ExecutionAborted) {
            return ContractError.of(ErrorCode.QUERY_TOO_COMPLEX, error.getMessage(), error, null, null);
        }
        Log.errorf("Unexpected GraphQL error %s: %s", error.getClass().getName(), error.getMessage());
        return ContractError.of(ErrorCode.INTERNAL, INTERNAL_MESSAGE, error, null, null);
    }

    /**
     * A failure outside any field (the work of an instrumentation, such as counting a mutation's
     * rate limits in the database), as the contract error the same failure in a resolver would be:
     * a database outage still says so and when to retry.
     */
    static GraphQLError forFailure(Throwable thrown) {
        GraphQLError outside = graphql.GraphqlErrorBuilder.newError()
                .message(String.valueOf(thrown.getMessage()))
                .build();
        return fromException(thrown, outside);
    }

    private static GraphQLError fromException(Throwable thrown, GraphQLError error) {
        if (isDatabaseUnavailable(thrown)) {
            Log.warnf("Database unavailable while resolving %s: %s", error.getPath(), thrown.getMessage());
            return ContractError.of(
                    ErrorCode.INTERNAL,
                    UNAVAILABLE_MESSAGE,
                    error,
                    null,
                    Map.of("retryAfterSeconds", RETRY_AFTER_SECONDS));
        }
        if (hasSqlState(thrown, "57014")) {
            // statement_timeout (DatabaseTimeouts): the server cancelled the statement and the
            // transaction rolled back; the connection is back in the pool.
            Log.warnf("Statement cancelled while resolving %s: %s", error.getPath(), thrown.getMessage());
            return ContractError.of(
                    ErrorCode.INTERNAL,
                    "A database statement took too long and was stopped; try again in " + RETRY_AFTER_SECONDS + " s",
                    error,
                    null,
                    Map.of("retryAfterSeconds", RETRY_AFTER_SECONDS));
        }
        for (Throwable cause : causes(thrown)) {
            if (cause instanceof ApiException api) {
                return ContractError.of(api.code(), api.getMessage(), error, api.field(), api.extensions());
            }
            if (cause instanceof UnauthorizedException) {
                return ContractError.of(ErrorCode.UNAUTHENTICATED, "Sign in to do this", error, null, null);
            }
            if (cause instanceof ForbiddenException) {
                return ContractError.of(ErrorCode.FORBIDDEN, "You may not do this", error, null, null);
            }
        }
        Log.error("Unexpected failure while resolving " + error.getPath(), thrown);
        return ContractError.of(ErrorCode.INTERNAL, INTERNAL_MESSAGE, error, null, null);
    }

    /**
     * A lost or refused database connection (SQLState class 08, or the server shutting down, 57P0x):
     * still INTERNAL, but saying so, so that clients retry rather than report a bug.
     */
    private static boolean isDatabaseUnavailable(Throwable thrown) {
        for (Throwable cause : causes(thrown)) {
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSqlState(Throwable thrown, String state) {
        for (Throwable cause : causes(thrown)) {
            if (cause instanceof java.sql.SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The failure and its causes, outermost first; a chain that loops back is cut where it does. */
    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = thrown; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
