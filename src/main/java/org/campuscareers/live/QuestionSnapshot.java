package org.campuscareers.live;

import java.time.OffsetDateTime;

/**
 * A question as it was right after a change, stored with the event that reports the change (the
 * {@code question_snapshot} column, as JSON with these names) so that a replayed event shows what
 * viewers saw at the time. Who may see it is decided by {@link QuestionVisibility}, from this
 * snapshot and from the question as it is when the event is delivered. {@code previousStatus} is
 * the status before this event's change when the change moved it (moderation), otherwise null;
 * events written before it existed have none.
 */
public record QuestionSnapshot(
        long id,
        long sessionId,
        String authorSubject,
        String authorName,
        boolean anonymous,
        String body,
        QuestionStatus status,
        boolean pinned,
        int upvotes,
        String answer,
        OffsetDateTime answeredAt,
        OffsetDateTime askedAt,
        QuestionStatus previousStatus) {}
