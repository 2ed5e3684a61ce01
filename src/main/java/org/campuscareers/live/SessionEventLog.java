package org.campuscareers.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Writes a session's events in the transaction of the change they report: the session row's
 * counter gives each event the next number (its row lock orders concurrent writers, so numbers
 * commit in order and without gaps), and NOTIFY, delivered only on commit, tells every replica.
 * Callers change question rows before appending, so locks are always taken question first,
 * session second.
 */
@ApplicationScoped
public class SessionEventLog {

    public static final String CHANNEL = "campus_session_events";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public SessionEventLog(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    public long append(
            long sessionId,
            SessionEventType type,
            Question question,
            String change,
            String actor,
            Integer viewerCount) {
        entityManager.flush();
        long seq = ((Number) entityManager
                        .createNativeQuery("update recruitment_session"
                                + " set last_event_seq = last_event_seq + 1 where id = :id returning last_event_seq")
                        .setParameter("id", sessionId)
                        .getSingleResult())
                .longValue();
        entityManager
                .createNativeQuery("insert into session_event (session_id, seq, type, question_id, question_snapshot,"
                        + " change, actor_subject, viewer_count) values (:session, :seq, :type, :question, cast(:snapshot as jsonb),"
                        + " :change, :actor, :viewers)")
                .setParameter("session", sessionId)
                .setParameter("seq", seq)
                .setParameter("type", type.name())
                .setParameter("question", question == null ? null : question.getId())
                .setParameter("snapshot", question == null ? null : toJson(question))
                .setParameter("change", change)
                .setParameter("actor", actor)
                .setParameter("viewers", viewerCount)
                .executeUpdate();
        entityManager
                .createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", sessionId + ":" + seq)
                .getSingleResult();
        return seq;
    }

    private String toJson(Question question) {
        try {
            return json.writeValueAsString(question.snapshot());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the question snapshot", e);
        }
    }
}
