package org.campuscareers.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors for keyset pagination: the sort key of the last row seen, base64url-encoded.
 * Keyset cursors keep pages stable while rows are inserted concurrently.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {}

    public static String encode(String... parts) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor made by {@link #encode}; {@code BAD_USER_INPUT} on {@code after} otherwise. */
    public static String[] decode(String cursor, int expectedParts) {
        try {
            if (cursor.length() > 200) {
                throw new IllegalArgumentException();
            }
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
            if (parts.length != expectedParts) {
                throw new IllegalArgumentException();
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw ApiException.badInput("after", "after is not a cursor of this list");
        }
    }
}
