package org.campuscareers.live.stream;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Cursor;

/**
 * A position in one session's event stream: the session, the number of the event, and a MAC over
 * both with a key every replica reads from the database ({@code service_secret}), so that a
 * cursor is only ever one the service handed out for that session. A forged cursor, one of
 * another session or an altered one is BAD_USER_INPUT.
 */
public final class SessionCursor {

    private static final String KIND = "S";
    private static volatile SecretKeySpec key;

    private SessionCursor() {}

    public static String of(long sessionId, long seq) {
        String session = String.valueOf(sessionId);
        String number = String.valueOf(seq);
        return Cursor.encode(KIND, session, number, mac(session, number));
    }

    /** The event number a cursor of this session stands at; BAD_USER_INPUT for anything else. */
    public static long seqOf(String cursor, long sessionId) {
        String[] parts = cursor.length() > 120 ? null : Cursor.decode(cursor);
        try {
            if (parts == null
                    || parts.length != 4
                    || !KIND.equals(parts[0])
                    || !MessageDigest.isEqual(
                            mac(parts[1], parts[2]).getBytes(StandardCharsets.US_ASCII),
                            parts[3].getBytes(StandardCharsets.US_ASCII))
                    || Long.parseLong(parts[1]) != sessionId) {
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

    private static String mac(String session, String seq) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal((session + ':' + seq).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 12));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a session cursor", e);
        }
    }

    private static SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (SessionCursor.class) {
                if (key == null) {
                    key = new SecretKeySpec(readSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
                }
                current = key;
            }
        }
        return current;
    }

    private static String readSecret() {
        AgroalDataSource dataSource =
                Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select secret from service_secret where name = ?")) {
            statement.setString(1, "session-event-cursor");
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("service_secret has no session-event-cursor key");
                }
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the session cursor key", e);
        }
    }
}
