package org.campuscareers.common;

import java.util.Map;

/**
 * An expected failure, reported to the client as a GraphQL error with {@code extensions.code}
 * (and {@code extensions.field} for bad input). Thrown inside a transaction it rolls it back, so
 * a mutation that fails changes nothing.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final String field;
    private final Map<String, Object> extensions;

    public ApiException(ErrorCode code, String message, String field, Map<String, Object> extensions) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public ApiException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public static ApiException badInput(String field, String message) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, message, field, null);
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " was not found");
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }

    public static ApiException unauthenticated() {
        return new ApiException(ErrorCode.UNAUTHENTICATED, "Sign in to do this");
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
