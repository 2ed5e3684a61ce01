package org.campuscareers.live;

import java.time.OffsetDateTime;

/**
 * One row of the session event log, as read back for delivery, with the status its question has
 * at the time of reading ({@code questionStatusNow}, null for other events).
 */
public record StoredEvent(
        long sessionId,
        long seq,
        SessionEventType type,
        QuestionSnapshot question,
        String change,
        String actorSubject,
        Integer viewerCount,
        OffsetDateTime occurredAt,
        QuestionStatus questionStatusNow) {

    public static final String UPVOTED = "UPVOTED";
    public static final String UPVOTE_REMOVED = "UPVOTE_REMOVED";

    public boolean isAboutQuestion() {
        return question != null;
    }
}
