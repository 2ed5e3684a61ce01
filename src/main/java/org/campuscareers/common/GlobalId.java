package org.campuscareers.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque global ids: the base64url of {@code Type:number}. Clients never parse them; the server
 * checks that an id names the type an argument expects and reports the argument otherwise.
 */
public final class GlobalId {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_LENGTH = 100;

    private GlobalId() {}

    public static String of(String type, long id) {
        return ENCODER.encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The type and number an id names, or {@code null} if it is not an id of this service. */
    public static Parsed parse(String globalId) {
        if (globalId == null || globalId.isEmpty() || globalId.length() > MAX_LENGTH) {
            return null;
        }
        String raw;
        try {
            raw = new String(DECODER.decode(globalId), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = raw.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        try {
            long id = Long.parseLong(raw.substring(colon + 1));
            return id > 0 ? new Parsed(raw.substring(0, colon), id) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The number behind an id that must name {@code type}; {@code BAD_USER_INPUT} on {@code field} otherwise. */
    public static long require(String type, String globalId, String field) {
        Parsed parsed = parse(globalId);
        if (parsed == null || !parsed.type().equals(type)) {
            throw ApiException.badInput(field, "Not a valid " + type + " id");
        }
        return parsed.id();
    }

    public record Parsed(String type, long id) {}
}
