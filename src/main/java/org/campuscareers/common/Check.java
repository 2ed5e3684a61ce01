package org.campuscareers.common;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Input checks that report the offending input field, so that every mutation rejects bad input
 * the same way before it changes anything.
 */
public final class Check {

    private Check() {}

    /** The trimmed text, which must be present and between {@code min} and {@code max} characters. */
    public static String text(String field, String value, int min, int max) {
        if (value == null) {
            throw ApiException.badInput(field, field + " is required");
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < min) {
            throw ApiException.badInput(
                    field,
                    min <= 1 ? field + " must not be blank" : field + " must have at least " + min + " characters");
        }
        if (length > max) {
            throw ApiException.badInput(field, field + " must have at most " + max + " characters");
        }
        return trimmed;
    }

    /** Optional text: {@code null} or blank becomes {@code null}; otherwise at most {@code max} characters. */
    public static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(field, value, 1, max);
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw ApiException.badInput(field, field + " is required");
        }
        return value;
    }

    public static Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw ApiException.badInput(field, field + " must be between " + min + " and " + max);
        }
        return value;
    }

    public static OffsetDateTime future(String field, OffsetDateTime value) {
        if (value != null && !value.isAfter(OffsetDateTime.now())) {
            throw ApiException.badInput(field, field + " must be in the future");
        }
        return value;
    }

    public static <T> List<T> size(String field, List<T> values, int max) {
        if (values != null && values.size() > max) {
            throw ApiException.badInput(field, field + " may hold at most " + max + " values");
        }
        return values;
    }
}
