package org.campuscareers.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.common.Check;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.ErrorCode;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;

/** Live Q&A: asking, upvoting, answering and moderating, and who sees which question. */
@ApplicationScoped
public class QuestionService {

    static final int RATE_WINDOW_SECONDS = 60;

    private final QuestionRepository questions;
    private final SessionService sessions;
    private final GraduateService graduates;
    private final SessionEventLog events;
    private final Caller caller;
    private final CampusConfig config;

    public QuestionService(
            QuestionRepository questions,
            SessionService sessions,
            GraduateService graduates,
            SessionEventLog events,
            Caller caller,
            CampusConfig config) {
        this.questions = questions;
        this.sessions = sessions;
        this.graduates = graduates;
        this.events = events;
        this.caller = caller;
        this.config = config;
    }

    /**
     * Any signed-in user asks, while the session is scheduled or live, at most
     * {@code campus.live.questions-per-minute} times a minute per session.
     */
    @Transactional
    public Question askQuestion(long sessionId, String body, boolean anonymous) {
        String subject = caller.requireSignedIn();
        String text = Check.text("body", body, 1, 500);
        RecruitmentSession session = sessions.find(sessionId);
        if (!session.isOpen()) {
            throw ApiException.conflict(
                    "Questions are taken only before and during the session; it is " + session.getStatus());
        }
        questions.lockAsker(sessionId, subject);
        int limit = config.live().questionsPerMinute();
        if (questions.askedSince(sessionId, subject, RATE_WINDOW_SECONDS) >= limit) {
            throw new ApiException(
                    ErrorCode.RATE_LIMITED,
                    "At most " + limit + " questions a minute in one session",
                    null,
                    Map.of("retryAfterSeconds", RATE_WINDOW_SECONDS));
        }
        Question question = Question.ask(sessionId, session.isModerated(), subject, authorName(), anonymous, text);
        questions.persist(question);
        events.append(sessionId, SessionEventType.QUESTION_ASKED, question, "ASKED", subject, null);
        return shown(question, session);
    }

    private String authorName() {
        Graduate graduate = caller.isGraduate() ? graduates.current() : null;
        if (graduate != null) {
            return graduate.getName();
        }
        String name = caller.claim("name");
        return name == null || name.isBlank()
                ? caller.subject()
                : (name.length() > 100 ? name.substring(0, 100) : name);
    }

    /** Idempotent: a second upvote by the same user changes nothing and reports no event. */
    @Transactional
    public Question upvoteQuestion(long questionId) {
        String subject = caller.requireSignedIn();
        Question question = visible(questionId);
        RecruitmentSession session = sessions.find(question.getSessionId());
        if (!session.isOpen()) {
            throw ApiException.conflict("Upvotes are taken only before and during the session");
        }
        if (questions.upvote(questionId, subject)) {
            questions.getEntityManager().refresh(question);
            events.append(
                    session.getId(), SessionEventType.QUESTION_UPDATED, question, StoredEvent.UPVOTED, subject, null);
        }
        return shown(question, session);
    }

    @Transactional
    public Question removeQuestionUpvote(long questionId) {
        String subject = caller.requireSignedIn();
        Question question = visible(questionId);
        RecruitmentSession session = sessions.find(question.getSessionId());
        if (questions.removeUpvote(questionId, subject)) {
            questions.getEntityManager().refresh(question);
            events.append(
                    session.getId(),
                    SessionEventType.QUESTION_UPDATED,
                    question,
                    StoredEvent.UPVOTE_REMOVED,
                    subject,
                    null);
        }
        return shown(question, session);
    }

    @Transactional
    public Question answerQuestion(long questionId, String answer) {
        Question question = hostedQuestion(questionId);
        question.answer(caller.subject(), Check.text("answer", answer, 1, 2000));
        events.append(
                question.getSessionId(),
                SessionEventType.QUESTION_UPDATED,
                question,
                "ANSWERED",
                caller.subject(),
                null);
        return shown(question, sessions.find(question.getSessionId()));
    }

    @Transactional
    public Question moderateQuestion(long questionId, ModerationAction action) {
        Question question = hostedQuestion(questionId);
        question.moderate(Check.required("action", action));
        events.append(
                question.getSessionId(),
                SessionEventType.QUESTION_UPDATED,
                question,
                action.name(),
                caller.subject(),
                null);
        return shown(question, sessions.find(question.getSessionId()));
    }

    private Question hostedQuestion(long questionId) {
        caller.requireSignedIn();
        Question question = visible(questionId);
        if (!sessions.isHost(sessions.find(question.getSessionId()))) {
            throw ApiException.forbidden("Only the session's hosts and staff may do this");
        }
        return question;
    }

    /** The question if the caller may see it; others' pending or hidden questions read as not found. */
    private Question visible(long questionId) {
        Question question = questions.findById(questionId);
        if (question == null || !canSee(question, sessions.find(question.getSessionId()))) {
            throw ApiException.notFound("Question");
        }
        return question;
    }

    @Transactional(TxType.SUPPORTS)
    public Question findVisible(long questionId) {
        Question question = questions.findById(questionId);
        if (question == null) {
            return null;
        }
        // A question of a session the caller may not see (a suspended host's) is missing too.
        RecruitmentSession session = sessions.findOrNull(question.getSessionId());
        return session != null && canSee(question, session) ? shown(question, session) : null;
    }

    private boolean canSee(Question question, RecruitmentSession session) {
        return QuestionVisibility.maySee(question, viewerOf(session));
    }

    /** The caller as the rules of who sees which question of this session know it. */
    private QuestionVisibility.Viewer viewerOf(RecruitmentSession session) {
        return caller.isSignedIn()
                ? new QuestionVisibility.Viewer(caller.subject(), caller.isStaff(), sessions.isHost(session))
                : QuestionVisibility.Viewer.ANONYMOUS;
    }

    private Question shown(Question question, RecruitmentSession session) {
        boolean upvoted =
                questions.upvotedBy(caller.subject(), List.of(question.getId())).contains(question.getId());
        question.showTo(QuestionVisibility.seesAuthor(question.isAnonymous(), viewerOf(session)), upvoted);
        return question;
    }

    /** The session's questions the caller may see, pinned first, then in the order asked for. */
    @Transactional(TxType.SUPPORTS)
    public Page<Question> list(RecruitmentSession session, QuestionOrder order, PageRequest request) {
        QuestionVisibility.Viewer viewer = viewerOf(session);
        Conditions where = QuestionVisibility.visibleTo(
                viewer, new Conditions().add("sessionId = :session", "session", session.getId()));
        Page<Question> page = questions.page(where, QuestionRepository.order(session.getId(), order), request);
        Set<Long> upvoted = questions.upvotedBy(
                caller.subject(), page.items().stream().map(Question::getId).toList());
        for (Question question : page.items()) {
            question.showTo(
                    QuestionVisibility.seesAuthor(question.isAnonymous(), viewer), upvoted.contains(question.getId()));
        }
        return page;
    }
}
