package org.campuscareers.live.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.campuscareers.live.QuestionSnapshot;
import org.campuscareers.live.QuestionStatus;
import org.campuscareers.live.SessionEventType;
import org.campuscareers.live.StoredEvent;

/** Reads the session event log with plain JDBC: the hot path of every delivery and replay. */
@ApplicationScoped
public class EventStore {

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public EventStore(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Events of the session numbered above {@code afterSeq} (and at most {@code untilSeq}), in order. */
    public List<StoredEvent> after(long sessionId, long afterSeq, long untilSeq, int limit) {
        // The question's status now comes with each event: QuestionVisibility.deliveryOf decides
        // from both, so that a replay never shows what was hidden since.
        String sql = "select e.seq, e.type, e.question_snapshot::text, e.change, e.actor_subject, e.viewer_count,"
                + " e.occurred_at, q.status from session_event e left join question q on q.id = e.question_id"
                + " where e.session_id = ? and e.seq > ? and e.seq <= ? order by e.seq limit ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, sessionId);
            statement.setLong(2, afterSeq);
            statement.setLong(3, untilSeq);
            statement.setInt(4, limit);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String snapshot = rows.getString(3);
                    int viewers = rows.getInt(6);
                    Integer viewerCount = rows.wasNull() ? null : viewers;
                    events.add(new StoredEvent(
                            sessionId,
                            rows.getLong(1),
                            SessionEventType.valueOf(rows.getString(2)),
                            snapshot == null ? null : json.readValue(snapshot, QuestionSnapshot.class),
                            rows.getString(4),
                            rows.getString(5),
                            viewerCount,
                            rows.getObject(7, OffsetDateTime.class),
                            rows.getString(8) == null ? null : QuestionStatus.valueOf(rows.getString(8))));
                }
            }
            return events;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Cannot read the events of session " + sessionId, e);
        }
    }

    /** The number of the session's latest event (0 before the first), or -1 if there is no such session. */
    public long lastSeq(long sessionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select last_event_seq from recruitment_session where id = ?")) {
            statement.setLong(1, sessionId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read session " + sessionId, e);
        }
    }

    /**
     * {@link #lastSeq}, for a subscriber who is not staff: -1 also for a session whose host is not
     * public (suspended), as {@code SessionService.find} reads it.
     */
    public long lastSeqOfPublic(long sessionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select s.last_event_seq"
                        + " from recruitment_session s left join employer e on e.id = s.host_employer_id"
                        + " where s.id = ? and (s.host_employer_id is null or "
                        + org.campuscareers.employer.EmployerVisibility.publicSql("e.status") + ")")) {
            statement.setLong(1, sessionId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read session " + sessionId, e);
        }
    }

    /** The questions of the session this subject upvoted. */
    public java.util.Set<Long> upvotedIn(long sessionId, String subject) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select u.question_id from question_upvote u"
                        + " join question q on q.id = u.question_id where q.session_id = ? and u.subject = ?")) {
            statement.setLong(1, sessionId);
            statement.setString(2, subject);
            java.util.Set<Long> ids = new java.util.HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read upvotes in session " + sessionId, e);
        }
    }
}
