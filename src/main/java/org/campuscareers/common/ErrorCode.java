package org.campuscareers.common;

/**
 * The documented values of {@code extensions.code} on every GraphQL error this service returns.
 * Clients switch on these; a new value is a contract change.
 */
public enum ErrorCode {
    /** No valid access token, or one that expired or was tampered with. */
    UNAUTHENTICATED,
    /** Signed in, but this caller may not do this. */
    FORBIDDEN,
    /** No such object, or one the caller may not see. */
    NOT_FOUND,
    /** The input is invalid; {@code extensions.field} names the input field to blame where there is one. */
    BAD_USER_INPUT,
    /** A state transition not allowed now, or a duplicate. */
    CONFLICT,
    /** Too many requests of this kind; {@code extensions.retryAfterSeconds} says when to try again. */
    RATE_LIMITED,
    /** The document exceeds the depth, complexity or size limits. */
    QUERY_TOO_COMPLEX,
    /** Something failed that the caller cannot fix; details are in the server log only. */
    INTERNAL
}
