package org.campuscareers.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque text of a cursor: parts joined by a separator no part contains, base64url-encoded.
 * Clients never parse it; {@link Keyset} and the live stream's cursor give the parts their meaning.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {}

    public static String encode(String... parts) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor made by {@link #encode}, or {@code null} if it is not one. */
    public static String[] decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return raw.split(String.valueOf(SEPARATOR), -1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
