package org.campuscareers.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A question asked during a recruitment session. In a moderated session it starts PENDING and a
 * host or staff member publishes or hides it; otherwise it is PUBLISHED at once. A host's answer
 * makes it ANSWERED. Pinned questions list first. Viewers other than the author, the hosts and
 * staff never see a PENDING or HIDDEN question, and nobody but staff learns who asked an anonymous
 * one. The two viewer-dependent fields are filled per viewer by {@link QuestionService} (queries)
 * or the event stream (subscriptions), never stored.
 */
@Entity
@Table(name = "question")
@Description("A question asked during a recruitment session.")
public class Question implements Node {

    public static final String TYPE = "Question";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "author_subject")
    private String authorSubject;

    @Column(name = "author_name")
    private String authorName;

    private boolean anonymous;
    private String body;

    @Enumerated(EnumType.STRING)
    private QuestionStatus status;

    private boolean pinned;
    private int upvotes;
    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "asked_at")
    private OffsetDateTime askedAt;

    @Transient
    private String shownAuthorName;

    @Transient
    private boolean shownViewerHasUpvoted;

    /** The status before the moderation that last changed it in this transaction, for the event log. */
    @Transient
    private QuestionStatus statusBeforeChange;

    protected Question() {}

    public static Question ask(
            long sessionId,
            boolean moderated,
            String authorSubject,
            String authorName,
            boolean anonymous,
            String body) {
        Question question = new Question();
        question.sessionId = sessionId;
        question.authorSubject = authorSubject;
        question.authorName = authorName;
        question.anonymous = anonymous;
        question.body = body;
        question.status = moderated ? QuestionStatus.PENDING : QuestionStatus.PUBLISHED;
        question.askedAt = OffsetDateTime.now();
        return question;
    }

    public void moderate(ModerationAction action) {
        statusBeforeChange = status;
        switch (action) {
            case PUBLISH -> {
                if (status != QuestionStatus.PENDING && status != QuestionStatus.HIDDEN) {
                    throw ApiException.conflict(
                            "Only a pending or hidden question can be published; this one is " + status);
                }
                status = answer == null ? QuestionStatus.PUBLISHED : QuestionStatus.ANSWERED;
            }
            case HIDE -> {
                if (status == QuestionStatus.HIDDEN) {
                    throw ApiException.conflict("The question is already hidden");
                }
                status = QuestionStatus.HIDDEN;
                pinned = false;
            }
            case PIN -> {
                if (status == QuestionStatus.PENDING || status == QuestionStatus.HIDDEN) {
                    throw ApiException.conflict("Publish the question before pinning it");
                }
                pinned = true;
            }
            case UNPIN -> pinned = false;
        }
    }

    public void answer(String host, String text) {
        if (status == QuestionStatus.HIDDEN) {
            throw ApiException.conflict("A hidden question cannot be answered; publish it first");
        }
        answer = text;
        answeredBy = host;
        answeredAt = OffsetDateTime.now();
        status = QuestionStatus.ANSWERED;
    }

    /** The question as it is now, for the event log: what a replayed event shows. */
    public QuestionSnapshot snapshot() {
        return new QuestionSnapshot(
                id,
                sessionId,
                authorSubject,
                authorName,
                anonymous,
                body,
                status,
                pinned,
                upvotes,
                answer,
                answeredAt,
                askedAt,
                statusBeforeChange == status ? null : statusBeforeChange);
    }

    /** A detached copy from a {@link #snapshot()}, for delivering an event. */
    public static Question fromSnapshot(QuestionSnapshot snapshot) {
        Question question = new Question();
        question.id = snapshot.id();
        question.sessionId = snapshot.sessionId();
        question.authorSubject = snapshot.authorSubject();
        question.authorName = snapshot.authorName();
        question.anonymous = snapshot.anonymous();
        question.body = snapshot.body();
        question.status = snapshot.status();
        question.pinned = snapshot.pinned();
        question.upvotes = snapshot.upvotes();
        question.answer = snapshot.answer();
        question.answeredAt = snapshot.answeredAt();
        question.askedAt = snapshot.askedAt();
        return question;
    }

    /**
     * What a viewer who may no longer see the question is told of it: its id, and nothing it said
     * (an empty body, no author, no answer, no upvotes; status HIDDEN; askedAt the removal's time).
     */
    public static Question removed(QuestionSnapshot snapshot, OffsetDateTime removedAt) {
        Question question = new Question();
        question.id = snapshot.id();
        question.sessionId = snapshot.sessionId();
        question.anonymous = true;
        question.body = "";
        question.status = QuestionStatus.HIDDEN;
        question.askedAt = removedAt;
        return question;
    }

    /**
     * Fills the viewer-dependent fields of this instance: a managed question for one caller's query,
     * or a detached copy from {@link #fromSnapshot} for one subscriber's event.
     */
    public void showTo(boolean showAuthor, boolean viewerHasUpvoted) {
        shownAuthorName = showAuthor ? authorName : null;
        shownViewerHasUpvoted = viewerHasUpvoted;
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The question's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public Long getSessionId() {
        return sessionId;
    }

    @Ignore
    public String getAuthorSubject() {
        return authorSubject;
    }

    @Ignore
    public boolean isAnonymous() {
        return anonymous;
    }

    @NonNull
    @Description("The question, 1 to 500 characters.")
    public String getBody() {
        return body;
    }

    @NonNull
    @Description("Where it stands in moderation.")
    public QuestionStatus getStatus() {
        return status;
    }

    @NonNull
    @Description("How many viewers upvoted it.")
    public int getUpvotes() {
        return upvotes;
    }

    @NonNull
    @Description("Whether the caller upvoted it.")
    public boolean isViewerHasUpvoted() {
        return shownViewerHasUpvoted;
    }

    @NonNull
    @Description("Whether a host pinned it to the top.")
    public boolean isPinned() {
        return pinned;
    }

    @Description("The host's answer.")
    public String getAnswer() {
        return answer;
    }

    @Description("When it was answered.")
    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    @NonNull
    @Description("When it was asked.")
    public OffsetDateTime getAskedAt() {
        return askedAt;
    }

    @Description("Who asked it; null for anonymous questions, except to staff.")
    public String getAuthorName() {
        return shownAuthorName;
    }
}
