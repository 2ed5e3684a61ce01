package org.campuscareers.live.stream;

import org.campuscareers.common.ApiException;
import org.campuscareers.common.Cursor;

/** A position in one session's event stream: the session and the number of the event. */
public final class SessionCursor {

    private SessionCursor() {}

    public static String of(long sessionId, long seq) {
        return Cursor.encode("S", String.valueOf(sessionId), String.valueOf(seq));
    }

    /** The event number a cursor of this session stands at; BAD_USER_INPUT for anything else. */
    public static long seqOf(String cursor, long sessionId) {
        String[] parts = cursor.length() > 100 ? null : Cursor.decode(cursor);
        try {
            if (parts == null || parts.length != 3 || !"S".equals(parts[0]) || Long.parseLong(parts[1]) != sessionId) {
                throw new IllegalArgumentException();
            }
            long seq = Long.parseLong(parts[2]);
            if (seq < 0) {
                throw new IllegalArgumentException();
            }
            return seq;
        } catch (IllegalArgumentException e) {
            throw ApiException.badInput("after", "after is not a cursor of this session's events");
        }
    }
}
