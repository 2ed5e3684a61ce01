package org.campuscareers.live.stream;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campuscareers.live.Notification;
import org.campuscareers.live.NotificationType;

/** Reads notification inboxes with plain JDBC, for delivery. */
@ApplicationScoped
public class NotificationStore {

    private final AgroalDataSource dataSource;

    public NotificationStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The recipient's notifications numbered above {@code afterSeq}, in order, at most {@code limit}. */
    public List<Notification> after(String recipient, long afterSeq, int limit) {
        String sql = "select seq, type, occurred_at, about_type, about_id from notification"
                + " where recipient_subject = ? and seq > ? order by seq limit ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, recipient);
            statement.setLong(2, afterSeq);
            statement.setInt(3, limit);
            List<Notification> notifications = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    notifications.add(new Notification(
                            rows.getLong(1),
                            NotificationType.valueOf(rows.getString(2)),
                            rows.getObject(3, OffsetDateTime.class),
                            rows.getString(4),
                            rows.getLong(5)));
                }
            }
            return notifications;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read notifications", e);
        }
    }

    /** The number of each recipient's latest notification; recipients never notified are absent (0). */
    public Map<String, Long> lastSeqs(Collection<String> recipients) {
        Map<String, Long> last = new HashMap<>();
        if (recipients.isEmpty()) {
            return last;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select recipient_subject, last_seq from notification_inbox where recipient_subject = any(?)")) {
            statement.setArray(1, connection.createArrayOf("text", recipients.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    last.put(rows.getString(1), rows.getLong(2));
                }
            }
            return last;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read notification inboxes", e);
        }
    }
}
