package org.campuscareers.live;

import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.campuscareers.common.graphql.SharedEvent;
import org.campuscareers.common.graphql.SharedRenderings;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SessionEvent")
@Description("Something that happened in a recruitment session, as one viewer may see it.")
public final class SessionEvent implements SharedEvent {

    @NonNull
    @Description("Pass as `after` when resubscribing to continue right after this event.")
    private final String cursor;

    @NonNull
    @Description("What happened.")
    private final SessionEventType type;

    @NonNull
    @Description("When it happened.")
    private final OffsetDateTime occurredAt;

    @Description("The question, as it was right after the change, for question events.")
    private Question question;

    @Ignore
    private Supplier<Question> questionSource;

    @NonNull
    @Description("The session, as it is now.")
    private final RecruitmentSession session;

    @Description("Viewers across all replicas, for VIEWER_COUNT_CHANGED.")
    private final Integer viewerCount;

    @Ignore
    private final Object audience;

    @Ignore
    private final SharedRenderings renderings;

    /**
     * @param question the question as this viewer sees it, made only if the event is executed for
     *        this viewer (not when it gets a result shared with others); null for other events
     * @param audience what about the viewer changes how this event renders
     * @param renderings shared by every copy of this event in one delivery round, or null
     */
    public SessionEvent(
            String cursor,
            SessionEventType type,
            OffsetDateTime occurredAt,
            Supplier<Question> question,
            RecruitmentSession session,
            Integer viewerCount,
            Object audience,
            SharedRenderings renderings) {
        this.cursor = cursor;
        this.type = type;
        this.occurredAt = occurredAt;
        this.questionSource = question;
        this.session = session;
        this.viewerCount = viewerCount;
        this.audience = audience;
        this.renderings = renderings;
    }

    public String getCursor() {
        return cursor;
    }

    public SessionEventType getType() {
        return type;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public Question getQuestion() {
        if (questionSource != null) {
            question = questionSource.get();
            questionSource = null;
        }
        return question;
    }

    public RecruitmentSession getSession() {
        return session;
    }

    public Integer getViewerCount() {
        return viewerCount;
    }

    @Override
    public Object audience() {
        return audience;
    }

    @Override
    public SharedRenderings renderings() {
        return renderings;
    }
}
