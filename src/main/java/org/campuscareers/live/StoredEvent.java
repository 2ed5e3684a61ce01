package org.campuscareers.live;

import java.time.OffsetDateTime;
import java.util.Map;

/** One row of the session event log, as read back for delivery. */
public record StoredEvent(
        long sessionId,
        long seq,
        SessionEventType type,
        Map<String, Object> questionSnapshot,
        String change,
        String actorSubject,
        Integer viewerCount,
        OffsetDateTime occurredAt) {

    public static final String UPVOTED = "UPVOTED";
    public static final String UPVOTE_REMOVED = "UPVOTE_REMOVED";

    public boolean isAboutQuestion() {
        return questionSnapshot != null;
    }

    /** Whether the question it carries may be seen by every viewer. */
    public boolean isPublicQuestion() {
        Object status = questionSnapshot.get("status");
        return "PUBLISHED".equals(status) || "ANSWERED".equals(status);
    }

    public String questionAuthor() {
        return (String) questionSnapshot.get("authorSubject");
    }

    public long questionId() {
        return ((Number) questionSnapshot.get("id")).longValue();
    }
}
