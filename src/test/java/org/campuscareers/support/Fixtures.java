package org.campuscareers.support;

import static org.campuscareers.support.GraphQLClient.as;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Builds the data a test needs through the public API, as users would. */
public final class Fixtures {

    public static final String REGISTER_EMPLOYER = """
            mutation($input: RegisterEmployerInput!) {
              registerEmployer(input: $input) { employer { id name status kind } }
            }""";
    public static final String VERIFY_EMPLOYER = """
            mutation($input: VerifyEmployerInput!) {
              verifyEmployer(input: $input) { employer { id status } }
            }""";
    public static final String CREATE_POSTING = """
            mutation($input: CreatePostingInput!) {
              createPosting(input: $input) { posting { id status title } }
            }""";
    public static final String SUBMIT_POSTING = """
            mutation($input: SubmitPostingInput!) {
              submitPosting(input: $input) { posting { id status } }
            }""";
    public static final String REVIEW_POSTING = """
            mutation($input: ReviewPostingInput!) {
              reviewPosting(input: $input) { posting { id status publishedAt } }
            }""";
    public static final String APPLY = """
            mutation($input: ApplyToPostingInput!) {
              applyToPosting(input: $input) { application { id status } }
            }""";

    public static final String SCHEDULE = """
            mutation($input: ScheduleRecruitmentSessionInput!) {
              scheduleRecruitmentSession(input: $input) { session { id status moderated } }
            }""";
    public static final String START = """
            mutation($input: StartRecruitmentSessionInput!) { startRecruitmentSession(input: $input) { session { status } } }""";
    public static final String END = """
            mutation($input: EndRecruitmentSessionInput!) { endRecruitmentSession(input: $input) { session { status } } }""";
    public static final String ASK = """
            mutation($input: AskQuestionInput!) { askQuestion(input: $input) { question { id status authorName } } }""";
    public static final String MODERATE = """
            mutation($input: ModerateQuestionInput!) { moderateQuestion(input: $input) { question { id status pinned } } }""";
    public static final String ANSWER = """
            mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { question { id status } } }""";
    public static final String UPVOTE = """
            mutation($input: UpvoteQuestionInput!) { upvoteQuestion(input: $input) { question { id upvotes viewerHasUpvoted } } }""";
    public static final String EVENTS = """
            subscription($session: ID!, $after: String) {
              sessionEvents(sessionId: $session, after: $after) {
                cursor type viewerCount
                question { id body status upvotes viewerHasUpvoted pinned answer authorName }
                session { id status }
              }
            }""";

    private Fixtures() {}

    /** A session hosted by a new verified employer of {@code host}, featuring one published posting. */
    public static LiveSession liveSession(Tokens.User host, boolean moderated) {
        String employerId = verifiedEmployer(host, "Live " + java.util.UUID.randomUUID());
        String postingId = publishedPosting(host, employerId, "科研助理 live", "实验室招聘");
        String sessionId = as(
                        host,
                        SCHEDULE,
                        "input",
                        Map.of(
                                "title",
                                "直播带岗",
                                "hostEmployerId",
                                employerId,
                                "startsAt",
                                OffsetDateTime.now().plusMinutes(5).toString(),
                                "endsAt",
                                OffsetDateTime.now().plusHours(2).toString(),
                                "featuredPostingIds",
                                List.of(postingId),
                                "moderated",
                                moderated))
                .get("scheduleRecruitmentSession.session.id");
        return new LiveSession(sessionId, employerId, postingId);
    }

    public record LiveSession(String sessionId, String employerId, String postingId) {}

    public static String ask(Tokens.User user, String sessionId, String body, boolean anonymous) {
        return as(user, ASK, "input", Map.of("sessionId", sessionId, "body", body, "anonymous", anonymous))
                .get("askQuestion.question.id");
    }

    /** A staff user, new for each call. */
    public static Tokens.User staff() {
        return Tokens.newUser("staff", "staff");
    }

    /** A registered and verified employer owned by {@code member}; returns its id. */
    public static String verifiedEmployer(Tokens.User member, String name) {
        String id = as(
                        member,
                        REGISTER_EMPLOYER,
                        "input",
                        Map.of("name", name, "kind", "COMPANY", "industry", "INTERNET", "region", "北京"))
                .get("registerEmployer.employer.id");
        as(staff(), VERIFY_EMPLOYER, "input", Map.of("employerId", id, "approve", true))
                .get("verifyEmployer.employer.id");
        return id;
    }

    /** A posting of the employer, written by {@code member}, submitted and approved by staff. */
    public static String publishedPosting(Tokens.User member, String employerId, String title, String description) {
        String id = as(member, CREATE_POSTING, "input", posting(employerId, title, description))
                .get("createPosting.posting.id");
        as(member, SUBMIT_POSTING, "input", Map.of("postingId", id)).get("submitPosting.posting.id");
        as(staff(), REVIEW_POSTING, "input", Map.of("postingId", id, "approve", true))
                .get("reviewPosting.posting.id");
        return id;
    }

    public static Map<String, Object> posting(String employerId, String title, String description) {
        return Map.of(
                "employerId",
                employerId,
                "title",
                title,
                "description",
                description,
                "kind",
                "FULL_TIME",
                "region",
                "北京",
                "salaryMin",
                8000,
                "salaryMax",
                15000,
                "headcount",
                3,
                "deadline",
                OffsetDateTime.now().plusDays(30).toString(),
                "majors",
                List.of("计算机科学"));
    }
}
