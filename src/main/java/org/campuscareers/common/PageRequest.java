package org.campuscareers.common;

/**
 * A request for one page of a connection: at most {@code first} items after the cursor {@code after}.
 */
public record PageRequest(int first, String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0 || size > MAX_SIZE) {
            throw ApiException.badInput("first", "first must be between 0 and " + MAX_SIZE);
        }
        return new PageRequest(size, after == null || after.isEmpty() ? null : after);
    }
}
