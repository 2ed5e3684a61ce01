package org.campuscareers.common.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.campuscareers.common.ApiException;
import org.campuscareers.common.ErrorCode;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Rewrites every error of a result into the contract's shape: {@code extensions.code} from
 * {@link ErrorCode}, {@code extensions.field} for bad input, and for anything unexpected a plain
 * INTERNAL message with the details left in the server log, never in the response.
 */
final class ErrorShaping extends SimplePerformantInstrumentation {

    static final String INTERNAL_MESSAGE = "Internal server error";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> shaped = new ArrayList<>(result.getErrors().size());
        for (GraphQLError error : result.getErrors()) {
            shaped.add(shape(error));
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(shaped)));
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

    private static GraphQLError fromException(Throwable thrown, GraphQLError error) {
        Throwable cause = thrown;
        while (cause != null) {
            if (cause instanceof ApiException api) {
                return ContractError.of(api.code(), api.getMessage(), error, api.field(), api.extensions());
            }
            if (cause instanceof UnauthorizedException) {
                return ContractError.of(ErrorCode.UNAUTHENTICATED, "Sign in to do this", error, null, null);
            }
            if (cause instanceof ForbiddenException) {
                return ContractError.of(ErrorCode.FORBIDDEN, "You may not do this", error, null, null);
            }
            if (!(cause instanceof CompletionException) && cause.getCause() == cause) {
                break;
            }
            cause = cause.getCause();
        }
        Log.error("Unexpected failure while resolving " + error.getPath(), thrown);
        return ContractError.of(ErrorCode.INTERNAL, INTERNAL_MESSAGE, error, null, null);
    }
}
