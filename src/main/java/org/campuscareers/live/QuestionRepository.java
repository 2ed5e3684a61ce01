package org.campuscareers.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;
import org.campuscareers.common.graphql.OrderDirection;

@ApplicationScoped
public class QuestionRepository implements PagedRepository<Question> {

    /**
     * A session's questions, pinned first, then by upvotes or by when they were asked (most first
     * or newest first unless the client asks otherwise).
     */
    static Keyset<Question> order(long sessionId, QuestionOrder order) {
        QuestionOrderField field = order == null ? QuestionOrderField.UPVOTES : order.field();
        boolean descending = order == null || order.direction() == OrderDirection.DESC;
        Keyset.Builder<Question> keys = Keyset.<Question>of("questions", sessionId, field, descending ? "DESC" : "ASC")
                .desc("pinned", KeyType.BOOLEAN, Question::isPinned);
        keys = field == QuestionOrderField.UPVOTES
                ? keys.key("upvotes", descending, KeyType.INTEGER, Question::getUpvotes)
                : keys.key("askedAt", descending, KeyType.TIMESTAMP, Question::getAskedAt);
        return keys.thenId("id", descending, Question::getId);
    }

    /**
     * Serialises a user's questions in one session across transactions and replicas, so that the
     * rate limit counts every question exactly.
     */
    public void lockAsker(long sessionId, String subject) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(:session, hashtext(:subject))")
                .setParameter("session", (int) (sessionId % Integer.MAX_VALUE))
                .setParameter("subject", subject)
                .getSingleResult();
    }

    public long askedSince(long sessionId, String subject, int seconds) {
        return ((Number) getEntityManager()
                        .createNativeQuery(
                                "select count(*) from question where session_id = :session"
                                        + " and author_subject = :subject and asked_at > now() - make_interval(secs => :seconds)")
                        .setParameter("session", sessionId)
                        .setParameter("subject", subject)
                        .setParameter("seconds", seconds)
                        .getSingleResult())
                .longValue();
    }

    /** Adds the upvote; false when this user had upvoted already. Keeps the counter in step. */
    public boolean upvote(long questionId, String subject) {
        int added = getEntityManager()
                .createNativeQuery("insert into question_upvote (question_id, subject)"
                        + " values (:question, :subject) on conflict do nothing")
                .setParameter("question", questionId)
                .setParameter("subject", subject)
                .executeUpdate();
        if (added == 1) {
            getEntityManager()
                    .createNativeQuery("update question set upvotes = upvotes + 1 where id = :question")
                    .setParameter("question", questionId)
                    .executeUpdate();
        }
        return added == 1;
    }

    public boolean removeUpvote(long questionId, String subject) {
        int removed = getEntityManager()
                .createNativeQuery(
                        "delete from question_upvote" + " where question_id = :question and subject = :subject")
                .setParameter("question", questionId)
                .setParameter("subject", subject)
                .executeUpdate();
        if (removed == 1) {
            getEntityManager()
                    .createNativeQuery("update question set upvotes = upvotes - 1 where id = :question")
                    .setParameter("question", questionId)
                    .executeUpdate();
        }
        return removed == 1;
    }

    /** Of these questions, those this user upvoted. */
    @SuppressWarnings("unchecked")
    public Set<Long> upvotedBy(String subject, Collection<Long> questionIds) {
        if (subject == null || questionIds.isEmpty()) {
            return Set.of();
        }
        List<Number> ids = getEntityManager()
                .createNativeQuery("select question_id from question_upvote"
                        + " where subject = :subject and question_id = any(:ids)")
                .setParameter("subject", subject)
                .setParameter("ids", questionIds.toArray(Long[]::new))
                .getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }
}
