package org.campuscareers.live.graphql;

import io.smallrye.graphql.api.Nullable;
import java.time.OffsetDateTime;
import java.util.List;
import org.campuscareers.live.ModerationAction;
import org.campuscareers.live.Question;
import org.campuscareers.live.RecruitmentSession;
import org.campuscareers.live.SessionPlan;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Inputs and payloads of the live-session mutations. */
public final class SessionInputs {

    private SessionInputs() {}

    @Input("ScheduleRecruitmentSessionInput")
    @Description("A new recruitment session.")
    public record ScheduleRecruitmentSessionInput(
            @NonNull @Description("Title, 1 to 200 characters.")
            String title,

            @Id @Description("The employer hosting it; omit for a session the career center hosts (staff only).")
            String hostEmployerId,

            @NonNull @Description("Planned start, in the future.")
            OffsetDateTime startsAt,

            @NonNull @Description("Planned end, after the start and at most 12 hours later.")
            OffsetDateTime endsAt,

            @Description("Where the video plays: an http(s) URL.")
            String streamUrl,

            @Description("Published postings to feature, at most 20 (the host's own, unless staff schedule it).")
            @Id
            @Nullable
            List<@NonNull String> featuredPostingIds,

            @Description("Whether questions wait for a moderator; default false.")
            Boolean moderated,

            @Description("What the session is about, at most 5000 characters.")
            String description) {

        public SessionPlan plan() {
            return SessionPlan.checked(title, description, startsAt, endsAt, streamUrl, moderated);
        }
    }

    @Type("ScheduleRecruitmentSessionPayload")
    @Description("The result of scheduleRecruitmentSession.")
    public record ScheduleRecruitmentSessionPayload(
            @NonNull @Description("The new session.") RecruitmentSession session) {}

    @Input("UpdateRecruitmentSessionInput")
    @Description("New plans for a scheduled session; every field is replaced.")
    public record UpdateRecruitmentSessionInput(
            @NonNull @Id @Description("The session.") String sessionId,

            @NonNull @Description("Title, 1 to 200 characters.")
            String title,

            @NonNull @Description("Planned start.") OffsetDateTime startsAt,

            @NonNull @Description("Planned end, after the start and at most 12 hours later.")
            OffsetDateTime endsAt,

            @Description("Where the video plays: an http(s) URL.")
            String streamUrl,

            @Description("Whether questions wait for a moderator.")
            Boolean moderated,

            @Description("What the session is about.") String description) {

        public SessionPlan plan() {
            return SessionPlan.checked(title, description, startsAt, endsAt, streamUrl, moderated);
        }
    }

    @Type("UpdateRecruitmentSessionPayload")
    @Description("The result of updateRecruitmentSession.")
    public record UpdateRecruitmentSessionPayload(
            @NonNull @Description("The session with its new plans.")
            RecruitmentSession session) {}

    @Input("CancelRecruitmentSessionInput")
    @Description("A scheduled session to cancel.")
    public record CancelRecruitmentSessionInput(
            @NonNull @Id @Description("The session.") String sessionId) {}

    @Type("CancelRecruitmentSessionPayload")
    @Description("The result of cancelRecruitmentSession.")
    public record CancelRecruitmentSessionPayload(
            @NonNull @Description("The session, now cancelled.")
            RecruitmentSession session) {}

    @Input("RegisterForSessionInput")
    @Description("A scheduled or live session to register for.")
    public record RegisterForSessionInput(
            @NonNull @Id @Description("The session.") String sessionId) {}

    @Type("RegisterForSessionPayload")
    @Description("The result of registerForSession.")
    public record RegisterForSessionPayload(
            @NonNull @Description("The session the caller is registered for.")
            RecruitmentSession session) {}

    @Input("UnregisterFromSessionInput")
    @Description("A session to withdraw a registration from.")
    public record UnregisterFromSessionInput(
            @NonNull @Id @Description("The session.") String sessionId) {}

    @Type("UnregisterFromSessionPayload")
    @Description("The result of unregisterFromSession.")
    public record UnregisterFromSessionPayload(
            @NonNull @Description("The session, without the caller's registration.")
            RecruitmentSession session) {}

    @Input("StartRecruitmentSessionInput")
    @Description("A scheduled session to start.")
    public record StartRecruitmentSessionInput(
            @NonNull @Id @Description("The session.") String sessionId) {}

    @Input("EndRecruitmentSessionInput")
    @Description("A live session to end.")
    public record EndRecruitmentSessionInput(
            @NonNull @Id @Description("The session.") String sessionId) {}

    @Type("StartRecruitmentSessionPayload")
    @Description("The result of startRecruitmentSession.")
    public record StartRecruitmentSessionPayload(
            @NonNull @Description("The session, now live.") RecruitmentSession session) {}

    @Type("EndRecruitmentSessionPayload")
    @Description("The result of endRecruitmentSession.")
    public record EndRecruitmentSessionPayload(
            @NonNull @Description("The session, now ended.") RecruitmentSession session) {}

    @Type("SetFeaturedPostingsPayload")
    @Description("The result of setFeaturedPostings.")
    public record SetFeaturedPostingsPayload(
            @NonNull @Description("The session with its new featured postings.")
            RecruitmentSession session) {}

    @Input("SetFeaturedPostingsInput")
    @Description("The postings a session features, in order; replaces the earlier ones.")
    public record SetFeaturedPostingsInput(
            @NonNull @Id @Description("The session, scheduled or live.")
            String sessionId,

            @NonNull @Id @Description("Published postings, at most 20.")
            List<@NonNull String> postingIds) {}

    @Input("AskQuestionInput")
    @Description("A question for a session's hosts.")
    public record AskQuestionInput(
            @NonNull @Id @Description("The session, scheduled or live.")
            String sessionId,

            @NonNull @Description("The question, 1 to 500 characters after trimming.")
            String body,

            @Description("Hide the author's name from everyone but staff; default false.")
            Boolean anonymous) {}

    @Type("AskQuestionPayload")
    @Description("The result of askQuestion.")
    public record AskQuestionPayload(
            @NonNull @Description("The new question.") Question question) {}

    @Input("UpvoteQuestionInput")
    @Description("A question to upvote (once per user; again changes nothing).")
    public record UpvoteQuestionInput(
            @NonNull @Id @Description("The question.") String questionId) {}

    @Type("UpvoteQuestionPayload")
    @Description("The result of upvoteQuestion.")
    public record UpvoteQuestionPayload(
            @NonNull @Description("The question.") Question question) {}

    @Input("RemoveQuestionUpvoteInput")
    @Description("A question to take the caller's upvote back from.")
    public record RemoveQuestionUpvoteInput(
            @NonNull @Id @Description("The question.") String questionId) {}

    @Type("RemoveQuestionUpvotePayload")
    @Description("The result of removeQuestionUpvote.")
    public record RemoveQuestionUpvotePayload(
            @NonNull @Description("The question.") Question question) {}

    @Input("AnswerQuestionInput")
    @Description("A host's answer to a question.")
    public record AnswerQuestionInput(
            @NonNull @Id @Description("The question.") String questionId,

            @NonNull @Description("The answer, 1 to 2000 characters.")
            String answer) {}

    @Type("AnswerQuestionPayload")
    @Description("The result of answerQuestion.")
    public record AnswerQuestionPayload(
            @NonNull @Description("The answered question.") Question question) {}

    @Input("ModerateQuestionInput")
    @Description("A moderation decision on a question.")
    public record ModerateQuestionInput(
            @NonNull @Id @Description("The question.") String questionId,
            @NonNull @Description("What to do.") ModerationAction action) {}

    @Type("ModerateQuestionPayload")
    @Description("The result of moderateQuestion.")
    public record ModerateQuestionPayload(
            @NonNull @Description("The question after moderation.")
            Question question) {}
}
