package org.campuscareers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.campuscareers.common.graphql.OperationAccess;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.GraphQLWebSocket;
import org.campuscareers.support.GuidanceClock;
import org.campuscareers.support.GuidanceFixtures;
import org.campuscareers.support.OutcomeFixtures;
import org.campuscareers.support.SupportFixtures;
import org.campuscareers.support.Tokens;
import org.campuscareers.support.VisitFixtures;
import org.junit.jupiter.api.Test;

/**
 * Every query, mutation, subscription and sensitive field against every kind of caller, as one
 * table: each row names the operation, how to call it (on fresh data where the call changes
 * something), and what each caller gets: {@code ok} or the error code. An operation in the schema
 * without a row fails the test.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** The callers, in the order of the table's columns. */
    enum Who {
        ANONYMOUS,
        GRADUATE,
        OTHER_GRADUATE,
        MEMBER,
        OTHER_MEMBER,
        STAFF,
        ADMIN
    }

    static final String OK = "ok";
    static final String UNAUTH = "UNAUTHENTICATED";
    static final String FORBID = "FORBIDDEN";
    static final String NOTFOUND = "NOT_FOUND";

    /** A call to make: a document and its variables, or a subscription over a websocket. */
    record Call(String document, Map<String, Object> variables, boolean subscription) {
        static Call of(String document, Object... variables) {
            Map<String, Object> map = new HashMap<>();
            for (int i = 0; i < variables.length; i += 2) {
                map.put((String) variables[i], variables[i + 1]);
            }
            return new Call(document, map, false);
        }
    }

    record Row(String operation, Function<World, Call> call, List<String> expected) {}

    static Row row(
            String operation,
            Function<World, Call> call,
            String anonymous,
            String graduate,
            String otherGraduate,
            String member,
            String otherMember,
            String staff,
            String admin) {
        return new Row(operation, call, List.of(anonymous, graduate, otherGraduate, member, otherMember, staff, admin));
    }

    // @formatter:off
    static final List<Row> MATRIX = List.of(
            //  operation                      call                                   anon     grad     other-grad
            // member   other-mem staff  admin
            row("viewer", w -> Call.of("{ viewer { subject } }"), UNAUTH, OK, OK, OK, OK, OK, OK),
            row(
                    "node",
                    w -> Call.of("query($id: ID!) { node(id: $id) { id } }", "id", w.postingId),
                    OK,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK),
            row("postings", w -> Call.of("{ postings { totalCount } }"), OK, OK, OK, OK, OK, OK, OK),
            row("employers", w -> Call.of("{ employers { totalCount } }"), OK, OK, OK, OK, OK, OK, OK),
            row(
                    "recruitmentSessions",
                    w -> Call.of("{ recruitmentSessions { totalCount } }"),
                    OK,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK),
            row("applications", w -> Call.of("{ applications { totalCount } }"), UNAUTH, OK, OK, OK, OK, OK, OK),
            row(
                    "postingReviewQueue",
                    w -> Call.of("{ postingReviewQueue { totalCount } }"),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "registerEmployer",
                    w -> Call.of(
                            Fixtures.REGISTER_EMPLOYER,
                            "input",
                            Map.of(
                                    "name",
                                    "N " + UUID.randomUUID(),
                                    "kind",
                                    "COMPANY",
                                    "industry",
                                    "OTHER",
                                    "region",
                                    "北京")),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    OK,
                    FORBID,
                    FORBID),
            row(
                    "verifyEmployer",
                    w -> Call.of(
                            Fixtures.VERIFY_EMPLOYER,
                            "input",
                            Map.of("employerId", w.pendingEmployer(), "approve", true)),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "suspendEmployer",
                    w -> Call.of(
                            "mutation($input: SuspendEmployerInput!) { suspendEmployer(input: $input) { employer { id } } }",
                            "input",
                            Map.of("employerId", w.verifiedEmployer(), "reason", "审核")),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "reinstateEmployer",
                    w -> Call.of(
                            "mutation($input: ReinstateEmployerInput!) { reinstateEmployer(input: $input) { employer { id } } }",
                            "input",
                            Map.of("employerId", w.suspendedEmployer(), "reason", "整改")),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "removeEmployerMember",
                    w -> {
                        // A member of its own to remove, added for each caller's try (in the
                        // database: joining takes the new member's own acceptance).
                        String subject = "leaving-" + UUID.randomUUID();
                        w.addMember(w.employerId, subject);
                        return Call.of(
                                "mutation($input: RemoveEmployerMemberInput!) { removeEmployerMember(input: $input) { employer { id } } }",
                                "input",
                                Map.of("employerId", w.employerId, "subject", subject));
                    },
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    FORBID,
                    OK,
                    OK),
            row(
                    "acceptEmployerInvitation",
                    // An invitation for the member, to a helper's new employer, for each caller's try.
                    w -> Call.of(
                            "mutation($input: AcceptEmployerInvitationInput!) { acceptEmployerInvitation(input: $input) { employer { id } } }",
                            "input",
                            Map.of("invitationId", w.invitationFor(w.member()))),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    NOTFOUND,
                    FORBID,
                    FORBID),
            row(
                    "revokeEmployerInvitation",
                    // A pending invitation the MEMBER column's employer made, new for each caller's try.
                    w -> Call.of(
                            "mutation($input: RevokeEmployerInvitationInput!) { revokeEmployerInvitation(input: $input) { invitation { id } } }",
                            "input",
                            Map.of("invitationId", w.pendingInvitation())),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    NOTFOUND,
                    OK,
                    OK),
            row(
                    "addEmployerMember",
                    w -> Call.of(
                            "mutation($input: AddEmployerMemberInput!) { addEmployerMember(input: $input) { employer { id } } }",
                            "input",
                            Map.of("employerId", w.employerId, "subject", "new-" + UUID.randomUUID())),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    FORBID,
                    OK,
                    OK),
            row(
                    "createPosting",
                    w -> Call.of(Fixtures.CREATE_POSTING, "input", Fixtures.posting(w.employerId, "T", "D")),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    FORBID,
                    OK,
                    OK),
            row(
                    "updatePosting",
                    w -> Call.of(
                            "mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { posting { id } } }",
                            "input",
                            w.postingUpdate(w.draft())),
                    UNAUTH,
                    NOTFOUND,
                    NOTFOUND,
                    OK,
                    NOTFOUND,
                    OK,
                    OK),
            row(
                    "submitPosting",
                    w -> Call.of(Fixtures.SUBMIT_POSTING, "input", Map.of("postingId", w.draft())),
                    UNAUTH,
                    NOTFOUND,
                    NOTFOUND,
                    OK,
                    NOTFOUND,
                    FORBID,
                    FORBID),
            row(
                    "reviewPosting",
                    w -> Call.of(Fixtures.REVIEW_POSTING, "input", Map.of("postingId", w.submitted(), "approve", true)),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "closePosting",
                    w -> Call.of(
                            "mutation($input: ClosePostingInput!) { closePosting(input: $input) { posting { id } } }",
                            "input",
                            Map.of("postingId", w.published())),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    FORBID,
                    OK,
                    OK),
            row(
                    "applyToPosting",
                    w -> Call.of(Fixtures.APPLY, "input", Map.of("postingId", w.published())),
                    UNAUTH,
                    OK,
                    OK,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID),
            row(
                    "updateApplicationStatus",
                    w -> Call.of(
                            "mutation($input: UpdateApplicationStatusInput!) { updateApplicationStatus(input: $input) { application { id } } }",
                            "input",
                            Map.of("applicationId", w.application(), "status", "VIEWED")),
                    UNAUTH,
                    FORBID,
                    NOTFOUND,
                    OK,
                    NOTFOUND,
                    OK,
                    OK),
            row(
                    "withdrawApplication",
                    w -> Call.of(
                            "mutation($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { application { id } } }",
                            "input",
                            Map.of("applicationId", w.application())),
                    UNAUTH,
                    OK,
                    NOTFOUND,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID),
            row(
                    "respondToOffer",
                    w -> Call.of(
                            "mutation($input: RespondToOfferInput!) { respondToOffer(input: $input) { application { id } } }",
                            "input",
                            Map.of("applicationId", w.offer(), "accept", true)),
                    UNAUTH,
                    OK,
                    NOTFOUND,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID),
            row(
                    "updateGraduateProfile",
                    w -> Call.of(
                            "mutation($input: UpdateGraduateProfileInput!) { updateGraduateProfile(input: $input) { graduate { id } } }",
                            "input",
                            Map.of("name", "李明", "email", "liming@example.edu")),
                    UNAUTH,
                    OK,
                    OK,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID),
            row(
                    "createResume",
                    w -> Call.of(
                            "mutation($input: CreateResumeInput!) { createResume(input: $input) { resume { id } } }",
                            "input",
                            Map.of("title", "CV")),
                    UNAUTH,
                    OK,
                    OK,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID),
            row(
                    "updateResume",
                    w -> Call.of(
                            "mutation($input: UpdateResumeInput!) { updateResume(input: $input) { resume { id } } }",
                            "input",
                            Map.of("resumeId", w.once("updateResume", w::resume), "title", "CV 2")),
                    UNAUTH,
                    OK,
                    NOTFOUND,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID),
            row(
                    "deleteResume",
                    w -> Call.of(
                            "mutation($input: DeleteResumeInput!) { deleteResume(input: $input) { deletedResumeId } }",
                            "input",
                            Map.of("resumeId", w.once("deleteResume", w::resume))),
                    UNAUTH,
                    OK,
                    NOTFOUND,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID),
            row(
                    "scheduleRecruitmentSession",
                    w -> Call.of(Fixtures.SCHEDULE, "input", w.sessionPlan()),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    FORBID,
                    OK,
                    OK),
            row(
                    "updateRecruitmentSession",
                    w -> Call.of(
                            "mutation($input: UpdateRecruitmentSessionInput!) { updateRecruitmentSession(input: $input) { session { id } } }",
                            "input",
                            w.sessionUpdate(w.session())),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    FORBID,
                    OK,
                    OK),
            row(
                    "cancelRecruitmentSession",
                    w -> Call.of(
                            "mutation($input: CancelRecruitmentSessionInput!) { cancelRecruitmentSession(input: $input) { session { id } } }",
                            "input",
                            Map.of("sessionId", w.session())),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    FORBID,
                    OK,
                    OK),
            row(
                    "startRecruitmentSession",
                    w -> Call.of(Fixtures.START, "input", Map.of("sessionId", w.session())),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    FORBID,
                    OK,
                    OK),
            row(
                    "endRecruitmentSession",
                    w -> Call.of(Fixtures.END, "input", Map.of("sessionId", w.liveSession())),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    FORBID,
                    OK,
                    OK),
            row(
                    "setFeaturedPostings",
                    w -> Call.of(
                            "mutation($input: SetFeaturedPostingsInput!) { setFeaturedPostings(input: $input) { session { id } } }",
                            "input",
                            Map.of("sessionId", w.session(), "postingIds", List.of(w.postingId))),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    FORBID,
                    OK,
                    OK),
            row(
                    "registerForSession",
                    w -> Call.of(
                            "mutation($input: RegisterForSessionInput!) { registerForSession(input: $input) { session { id } } }",
                            "input",
                            Map.of("sessionId", w.sessionId)),
                    UNAUTH,
                    OK,
                    OK,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID),
            row(
                    "unregisterFromSession",
                    w -> Call.of(
                            "mutation($input: UnregisterFromSessionInput!) { unregisterFromSession(input: $input) { session { id } } }",
                            "input",
                            Map.of("sessionId", w.sessionId)),
                    UNAUTH,
                    OK,
                    OK,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID),
            row(
                    "askQuestion",
                    w -> Call.of(Fixtures.ASK, "input", Map.of("sessionId", w.session(), "body", "问题")),
                    UNAUTH,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK),
            row(
                    "upvoteQuestion",
                    w -> Call.of(Fixtures.UPVOTE, "input", Map.of("questionId", w.question())),
                    UNAUTH,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK),
            row(
                    "removeQuestionUpvote",
                    w -> Call.of(
                            "mutation($input: RemoveQuestionUpvoteInput!) { removeQuestionUpvote(input: $input) { question { id } } }",
                            "input",
                            Map.of("questionId", w.question())),
                    UNAUTH,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK),
            row(
                    "answerQuestion",
                    w -> Call.of(
                            "mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { question { id } } }",
                            "input",
                            Map.of("questionId", w.question(), "answer", "答")),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    FORBID,
                    OK,
                    OK),
            row(
                    "moderateQuestion",
                    w -> Call.of(Fixtures.MODERATE, "input", Map.of("questionId", w.question(), "action", "PIN")),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    OK,
                    FORBID,
                    OK,
                    OK),
            row(
                    "sessionEvents",
                    w -> new Call(
                            "subscription($s: ID!) { sessionEvents(sessionId: $s) { cursor } }",
                            Map.of("s", w.sessionId),
                            true),
                    OK,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK),
            row(
                    "myNotifications",
                    w -> new Call("subscription { myNotifications { type } }", Map.of(), true),
                    UNAUTH,
                    OK,
                    OK,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID),
            row(
                    "counsellingSlots",
                    w -> Call.of("{ counsellingSlots { totalCount } }"),
                    UNAUTH,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK,
                    OK),
            row("guidanceEvents", w -> Call.of("{ guidanceEvents { totalCount } }"), OK, OK, OK, OK, OK, OK, OK),
            row(
                    "appointments",
                    w -> Call.of("{ appointments { totalCount } }"),
                    UNAUTH,
                    OK,
                    OK,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "guidanceRegistrations",
                    w -> Call.of("{ guidanceRegistrations { totalCount } }"),
                    UNAUTH,
                    OK,
                    OK,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "publishCounsellingSlots",
                    w -> Call.of(
                            GuidanceFixtures.PUBLISH,
                            "input",
                            GuidanceFixtures.block(GuidanceFixtures.freeTime(), 30, 2, 1)),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "bookAppointment",
                    w -> Call.of(GuidanceFixtures.BOOK, "input", Map.of("slotId", w.freshSlot(), "topic", "RESUME")),
                    UNAUTH,
                    OK,
                    OK,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID),
            row(
                    "cancelAppointment",
                    w -> Call.of(GuidanceFixtures.CANCEL, "input", Map.of("appointmentId", w.ownAppointment())),
                    UNAUTH,
                    OK,
                    NOTFOUND,
                    NOTFOUND,
                    NOTFOUND,
                    OK,
                    OK),
            row(
                    "recordAppointmentAttendance",
                    w -> Call.of(
                            GuidanceFixtures.ATTENDANCE,
                            "input",
                            Map.of("appointmentId", w.heldAppointment(), "attended", true)),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "createGuidanceEvent",
                    w -> Call.of(
                            GuidanceFixtures.CREATE_EVENT,
                            "input",
                            GuidanceFixtures.event(GuidanceFixtures.freeTime(), 10, null)),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "registerForGuidanceEvent",
                    w -> Call.of(GuidanceFixtures.REGISTER, "input", Map.of("eventId", w.event())),
                    UNAUTH,
                    OK,
                    OK,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID),
            row(
                    "cancelGuidanceRegistration",
                    w -> Call.of(
                            GuidanceFixtures.CANCEL_REGISTRATION, "input", Map.of("registrationId", w.registration())),
                    UNAUTH,
                    OK,
                    NOTFOUND,
                    NOTFOUND,
                    NOTFOUND,
                    OK,
                    OK),
            row(
                    "checkInToGuidanceEvent",
                    w -> Call.of(GuidanceFixtures.CHECK_IN, "input", w.checkIn()),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "liftGuidanceRestriction",
                    w -> Call.of(
                            "mutation($input: LiftGuidanceRestrictionInput!) { liftGuidanceRestriction(input: $input) { standing { noShows } } }",
                            "input",
                            Map.of("graduateId", w.applicantId)),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row("outcomes", w -> Call.of("{ outcomes { totalCount } }"), UNAUTH, OK, OK, FORBID, FORBID, OK, OK),
            row(
                    "reportOutcome",
                    w -> Call.of(
                            OutcomeFixtures.REPORT,
                            "input",
                            Map.of("graduateId", w.inCohort(), "category", "SEEKING", "note", "电话回访")),
                    UNAUTH,
                    OK,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "verifyOutcome",
                    w -> Call.of(OutcomeFixtures.VERIFY, "input", Map.of("outcomeId", w.outcome(), "approve", true)),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "employmentStatistics",
                    w -> Call.of(
                            "{ employmentStatistics(filter: {cohortYear: 2027}, groupBy: [COLLEGE]) { graduates } }"),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "weeklyReports",
                    w -> Call.of("{ weeklyReports { totalCount } }"),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "issueWeeklyReports",
                    w -> Call.of(
                            "mutation($input: IssueWeeklyReportsInput!) { issueWeeklyReports(input: $input) { reports { id } } }",
                            "input",
                            Map.of("weekStarting", OutcomeFixtures.pastMonday().toString())),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "supportRecords",
                    w -> Call.of("{ supportRecords { totalCount } }"),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "supportAuditLog",
                    w -> Call.of("{ supportAuditLog(first: 1) { totalCount nodes { readBy records } } }"),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK),
            row(
                    "openSupportRecord",
                    w -> Call.of(
                            SupportFixtures.OPEN,
                            "input",
                            Map.of("graduateId", w.graduateOfItsOwn(), "category", "FINANCIAL_HARDSHIP")),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "assignSupportMentor",
                    w -> Call.of(
                            SupportFixtures.ASSIGN,
                            "input",
                            Map.of("recordId", w.once("support", w::supportRecord), "mentorSubject", "mentor-1")),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "awardJobSearchGrant",
                    w -> Call.of(
                            SupportFixtures.GRANT,
                            "input",
                            Map.of(
                                    "recordId",
                                    w.once("support", w::supportRecord),
                                    "amount",
                                    800,
                                    "awardedOn",
                                    "2026-03-01")),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "addSupportNote",
                    w -> Call.of(
                            SupportFixtures.NOTE,
                            "input",
                            Map.of("recordId", w.once("support", w::supportRecord), "body", "电话回访")),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "employerVisits",
                    w -> Call.of("{ employerVisits { totalCount } }"),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "employerVisitSummary",
                    w -> Call.of("{ employerVisitSummary { visits } }"),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "recordEmployerVisit",
                    w -> Call.of(
                            VisitFixtures.RECORD,
                            "input",
                            VisitFixtures.visit(w.employerId, VisitFixtures.today(), List.of("张主任"), 2, null)),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "cooperationProgrammes",
                    w -> Call.of("{ cooperationProgrammes { totalCount } }"),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "createCooperationProgramme",
                    w -> Call.of(
                            VisitFixtures.CREATE_PROGRAMME, "input", VisitFixtures.programme(w.employerId, "矩阵项目班")),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "enrolInCooperationProgramme",
                    w -> Call.of(
                            VisitFixtures.ENROL,
                            "input",
                            Map.of(
                                    "programmeId",
                                    w.once("programme", w::programme),
                                    "graduateIds",
                                    List.of(w.applicantId))),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            row(
                    "attachPostingToProgramme",
                    w -> Call.of(
                            VisitFixtures.ATTACH,
                            "input",
                            Map.of("programmeId", w.once("programme", w::programme), "postingId", w.postingId)),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    FORBID,
                    FORBID,
                    OK,
                    OK),
            // Sensitive fields: "ok" means the value is there, "null" that it is hidden.
            row(
                    "Outcome.id",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on Outcome { id } } }",
                            "id",
                            w.once("outcome", w::outcome)),
                    "null",
                    "value",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"),
            row(
                    "Outcome.note",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on Outcome { note } } }",
                            "id",
                            w.once("outcome", w::outcome)),
                    "null",
                    "null",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"),
            // The GRADUATE column's own record: not even the graduate sees it.
            row(
                    "SupportRecord.id",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on SupportRecord { id } } }",
                            "id",
                            w.once("support", w::supportRecord)),
                    "null",
                    "null",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"),
            row(
                    "SupportRecord.notes",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on SupportRecord { notes { body } } } }",
                            "id",
                            w.once("support", w::supportRecord)),
                    "null",
                    "null",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"),
            row(
                    "SupportRecord.grants",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on SupportRecord { grants { amount } } } }",
                            "id",
                            w.once("support", w::supportRecord)),
                    "null",
                    "null",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"),
            // The MEMBER column's employer was visited: its members see the visit no more than anyone else.
            row(
                    "EmployerVisit.id",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on EmployerVisit { id } } }",
                            "id",
                            w.once("visit", w::visit)),
                    "null",
                    "null",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"),
            row(
                    "EmployerVisit.postingsOpened",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on EmployerVisit { postingsOpened { id } } } }",
                            "id",
                            w.once("visit", w::visit)),
                    "null",
                    "null",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"),
            row(
                    "CooperationProgramme.id",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on CooperationProgramme { id } } }",
                            "id",
                            w.once("programme", w::programme)),
                    "null",
                    "null",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"),
            row(
                    "WeeklyReport.id",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on WeeklyReport { id } } }",
                            "id",
                            w.once("report", w::weeklyReport)),
                    "null",
                    "null",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"),
            row(
                    "Graduate.email",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on Graduate { email } } }", "id", w.applicantId),
                    "null",
                    "value",
                    "null",
                    "value",
                    "null",
                    "value",
                    "value"),
            row(
                    "Graduate.resumes",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on Graduate { resumes { id } } } }",
                            "id",
                            w.applicantId),
                    "null",
                    "value",
                    "null",
                    "empty",
                    "null",
                    "value",
                    "value"),
            row(
                    "Employer.members",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on Employer { members } } }", "id", w.employerId),
                    "empty",
                    "empty",
                    "empty",
                    "value",
                    "empty",
                    "value",
                    "value"),
            // Fields of an employer seen from the inside: its members and staff see them, others an
            // empty list (counted as empty), whatever exists.
            row(
                    "Employer.invitations.nodes",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on Employer { invitations { nodes { id } } } } }",
                            "id",
                            w.once("invited", () -> {
                                w.pendingInvitation();
                                return w.employerId;
                            })),
                    "empty",
                    "empty",
                    "empty",
                    "value",
                    "empty",
                    "value",
                    "value"),
            row(
                    "Employer.statusChanges.nodes",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on Employer { statusChanges { nodes { reason } } } } }",
                            "id",
                            w.once("reinstated", w::reinstatedEmployerOfMember)),
                    "empty",
                    "empty",
                    "empty",
                    "value",
                    "empty",
                    "value",
                    "value"),
            // Which staff member suspended or reinstated: staff only (members read when and why).
            row(
                    "Employer.statusChanges.nodes.changedBy",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on Employer { statusChanges { nodes { changedBy } } } } }",
                            "id",
                            w.once("reinstated", w::reinstatedEmployerOfMember)),
                    "empty",
                    "empty",
                    "empty",
                    "null",
                    "empty",
                    "value",
                    "value"),
            // An invitation by id: its employer's members and staff (and the invited user, see
            // EmployerInvitationManagementTest); null for everyone else, as for an id that names none.
            row(
                    "EmployerInvitation.id",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on EmployerInvitation { id } } }",
                            "id",
                            w.once("invitation", w::pendingInvitation)),
                    "null",
                    "null",
                    "null",
                    "value",
                    "null",
                    "value",
                    "value"),
            row(
                    "EmployerInvitation.invitedBy",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on EmployerInvitation { invitedBy } } }",
                            "id",
                            w.once("invitation", w::pendingInvitation)),
                    "null",
                    "null",
                    "null",
                    "value",
                    "null",
                    "value",
                    "value"),
            row(
                    "Posting.reviewReason",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on Posting { reviewReason } } }",
                            "id",
                            w.rejectedId),
                    "null",
                    "null",
                    "null",
                    "value",
                    "null",
                    "value",
                    "value"),
            row(
                    "RecruitmentSession.statistics",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { statistics { questions } } } }",
                            "id",
                            w.sessionId),
                    UNAUTH,
                    FORBID,
                    FORBID,
                    "value",
                    FORBID,
                    "value",
                    "value"),
            row(
                    "CounsellingSlot.id",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on CounsellingSlot { id } } }",
                            "id",
                            w.once("slot", w::freshSlot)),
                    "null",
                    "value",
                    "value",
                    "value",
                    "value",
                    "value",
                    "value"),
            row(
                    "Appointment.id",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on Appointment { id } } }",
                            "id",
                            w.once("appointment", w::heldAppointment)),
                    "null",
                    "value",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"),
            row(
                    "Appointment.counsellorNote",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on Appointment { counsellorNote } } }",
                            "id",
                            w.once("noted", w::notedAppointment)),
                    "null",
                    "null",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"),
            row(
                    "GuidanceEvent.id",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on GuidanceEvent { id } } }",
                            "id",
                            w.once("event", w::event)),
                    "value",
                    "value",
                    "value",
                    "value",
                    "value",
                    "value",
                    "value"),
            row(
                    "GuidanceRegistration.id",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on GuidanceRegistration { id } } }",
                            "id",
                            w.once("registration", w::registration)),
                    "null",
                    "value",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"),
            row(
                    "Graduate.guidanceStanding",
                    w -> Call.of(
                            "query($id: ID!) { node(id: $id) { ... on Graduate { guidanceStanding { noShows } } } }",
                            "id",
                            w.applicantId),
                    "null",
                    "value",
                    "null",
                    "null",
                    "null",
                    "value",
                    "value"));
    // @formatter:on

    @Inject
    Vertx vertx;

    @TestHTTPResource("/")
    URI uri;

    @Test
    void everyOperationHasARow() {
        Set<String> inSchema = new TreeSet<>();
        for (String root : List.of("queryType", "mutationType", "subscriptionType")) {
            List<String> names = given().contentType("application/json")
                    .body(Map.of("query", "{ __schema { " + root + " { fields { name } } } }"))
                    .post("/graphql")
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("data.__schema." + root + ".fields.name");
            inSchema.addAll(names);
        }
        Set<String> inMatrix = new TreeSet<>();
        MATRIX.forEach(row -> inMatrix.add(row.operation()));
        assertThat(inMatrix).containsAll(inSchema);
    }

    @Inject
    OperationAccess access;

    /** The realm roles of each column's caller. */
    static final Map<Who, Set<String>> ROLES = Map.of(
            Who.ANONYMOUS, Set.of(),
            Who.GRADUATE, Set.of("graduate"),
            Who.OTHER_GRADUATE, Set.of("graduate"),
            Who.MEMBER, Set.of("employer"),
            Who.OTHER_MEMBER, Set.of("employer"),
            Who.STAFF, Set.of("staff"),
            Who.ADMIN, Set.of("admin"));

    @Test
    void everyOperationDeclaresWhoMayCallIt() {
        Map<String, String> types =
                Map.of("queryType", "QUERY", "mutationType", "MUTATION", "subscriptionType", "SUBSCRIPTION");
        List<String> undeclared = new ArrayList<>();
        types.forEach((root, type) -> {
            List<String> names = given().contentType("application/json")
                    .body(Map.of("query", "{ __schema { " + root + " { fields { name } } } }"))
                    .post("/graphql")
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("data.__schema." + root + ".fields.name");
            assertThat(names).isNotEmpty();
            names.stream()
                    .filter(name -> access.declaration(type, name).isEmpty())
                    .forEach(name -> undeclared.add(type + " " + name));
        });
        assertThat(undeclared).isEmpty();
    }

    /**
     * Each row again with invalid arguments (ids that are no ids, text that cannot be stored): a caller
     * the operation's declaration refuses gets the same UNAUTHENTICATED or FORBIDDEN as with valid ones,
     * before its input is read; everyone else hears about the input. Where the table says
     * UNAUTHENTICATED, the declaration must say so too. ({@code node} answers null for an id it does
     * not know, by contract.)
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyCallerTheDeclarationRefusesIsRefusedBeforeItsInputIsRead() {
        World world = new World(users());
        List<String> mismatches = new ArrayList<>();
        for (Row row : MATRIX) {
            if (row.operation().contains(".")) {
                continue; // a field of an object, not an operation
            }
            Call valid = row.call().apply(world);
            Map<String, Object> invalid = (Map<String, Object>) invalidated(valid.variables());
            String type = valid.subscription()
                    ? "SUBSCRIPTION"
                    : valid.document().startsWith("mutation") ? "MUTATION" : "QUERY";
            OperationAccess.Declaration declaration =
                    access.declaration(type, row.operation()).orElseThrow();
            for (Who who : Who.values()) {
                String refused = refusal(declaration, who);
                if (row.expected().get(who.ordinal()).equals(UNAUTH) && !UNAUTH.equals(refused)) {
                    mismatches.add(row.operation() + " as " + who + ": UNAUTHENTICATED in the table but not declared");
                }
                if (invalid.equals(valid.variables())) {
                    continue; // nothing in its arguments to make invalid
                }
                if (refused == null && valid.subscription()) {
                    continue; // a stream the caller may open reports bad input later than this table waits
                }
                String expected = refused != null ? refused : row.operation().equals("node") ? OK : "BAD_USER_INPUT";
                String actual = outcome(
                        row, new Call(valid.document(), invalid, valid.subscription()), world.token(who), expected);
                if (!expected.equals(actual)) {
                    mismatches.add(row.operation() + " with invalid arguments as " + who + ": expected " + expected
                            + " but got " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static String refusal(OperationAccess.Declaration declaration, Who who) {
        if (declaration.anyone()) {
            return null;
        }
        if (who == Who.ANONYMOUS) {
            return UNAUTH;
        }
        return declaration.roles().isEmpty() || declaration.roles().stream().anyMatch(ROLES.get(who)::contains)
                ? null
                : FORBID;
    }

    /** The variables with every global id replaced by one that is none and other free text made unstorable. */
    private static Object invalidated(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new HashMap<>();
            map.forEach((k, v) -> copy.put((String) k, invalidated(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AuthorizationMatrixTest::invalidated).toList();
        }
        if (value instanceof String text) {
            if (isGlobalId(text)) {
                return "x";
            }
            if (text.matches("[A-Z_]+") || isDateTime(text)) {
                return text; // an enum value or a date: its type would refuse anything else before any check
            }
            return text + "\u0000";
        }
        return value;
    }

    private static boolean isGlobalId(String text) {
        try {
            return new String(java.util.Base64.getUrlDecoder().decode(text), java.nio.charset.StandardCharsets.UTF_8)
                    .matches("[A-Za-z]+:\\d+");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** Where the callers' tokens come from: the test OIDC provider here, Keycloak in a subclass. */
    interface Users {
        /** The user in a caller's column. */
        Tokens.User caller(Who who);

        /** Someone with the role to make fixtures (pending employers, askers). */
        Tokens.User helper(String role);
    }

    Users users() {
        Map<Who, Tokens.User> callers = new LinkedHashMap<>();
        callers.put(Who.GRADUATE, Tokens.newUser("grad", "graduate"));
        callers.put(Who.OTHER_GRADUATE, Tokens.newUser("other-grad", "graduate"));
        callers.put(Who.MEMBER, Tokens.newUser("member", "employer"));
        callers.put(Who.OTHER_MEMBER, Tokens.newUser("other-member", "employer"));
        callers.put(Who.STAFF, Tokens.newUser("staff", "staff"));
        callers.put(Who.ADMIN, Tokens.newUser("admin", "admin"));
        return new Users() {
            @Override
            public Tokens.User caller(Who who) {
                return callers.get(who);
            }

            @Override
            public Tokens.User helper(String role) {
                return Tokens.newUser("helper-" + role, role);
            }
        };
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() {
        World world = new World(users());
        List<String> mismatches = new ArrayList<>();
        for (Row row : MATRIX) {
            for (Who who : Who.values()) {
                String expected = row.expected().get(who.ordinal());
                String actual = outcome(row, row.call().apply(world), world.token(who), expected);
                if (!expected.equals(actual)) {
                    mismatches.add(row.operation() + " as " + who + ": expected " + expected + " but got " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private String outcome(Row row, Call call, String token, String expected) {
        if (call.subscription()) {
            try (GraphQLWebSocket ws =
                    GraphQLWebSocket.connect(vertx, uri, GraphQLWebSocket.Protocol.TRANSPORT_WS, token)) {
                String id = ws.subscribe(call.document(), call.variables());
                JsonObject message = ws.nextMessage(id, Duration.ofMillis(800));
                if (message != null && "error".equals(message.getString("type"))) {
                    return message.getJsonArray("payload")
                            .getJsonObject(0)
                            .getJsonObject("extensions")
                            .getString("code");
                }
                if (message != null
                        && message.getValue("payload") instanceof JsonObject payload
                        && payload.getJsonArray("errors") != null) {
                    return payload.getJsonArray("errors")
                            .getJsonObject(0)
                            .getJsonObject("extensions")
                            .getString("code");
                }
                return OK;
            }
        }
        Result result = GraphQLClient.send(token, call.document(), flatten(call.variables()));
        if (!result.ok()) {
            return result.errorCode();
        }
        if (!row.operation().contains(".")) {
            return OK;
        }
        String field = row.operation().substring(row.operation().indexOf('.') + 1);
        Object value = result.data("node." + field);
        if (result.data("node") == null && !expected.equals("empty")) {
            return "null";
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?> list) {
            // A field read across a list (nodes.changedBy) is null when it is null on every item.
            return list.isEmpty() ? "empty" : list.stream().allMatch(java.util.Objects::isNull) ? "null" : "value";
        }
        return "value";
    }

    private static Object[] flatten(Map<String, Object> variables) {
        List<Object> pairs = new ArrayList<>();
        variables.forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        return pairs.toArray();
    }

    /** The data the table's calls act on; what a call changes is made fresh for it. */
    static final class World {
        final Users users;
        final String employerId;
        final String postingId;
        final String sessionId;
        final String applicantId;
        final String rejectedId;

        World(Users users) {
            this.users = users;
            employerId = verifiedEmployer(users.caller(Who.MEMBER));
            verifiedEmployer(users.caller(Who.OTHER_MEMBER));
            postingId = published();
            sessionId = session();
            as(
                            users.caller(Who.GRADUATE),
                            "mutation($input: UpdateGraduateProfileInput!) { updateGraduateProfile(input: $input) { graduate { id } } }",
                            "input",
                            Map.of("name", "李明", "email", "liming@example.edu"))
                    .get("updateGraduateProfile");
            resume();
            applicantId = as(users.caller(Who.GRADUATE), "{ viewer { graduate { id } } }")
                    .get("viewer.graduate.id");
            as(users.caller(Who.GRADUATE), Fixtures.APPLY, "input", Map.of("postingId", postingId))
                    .get("applyToPosting");
            String toReject = submitted();
            as(
                            users.caller(Who.STAFF),
                            Fixtures.REVIEW_POSTING,
                            "input",
                            Map.of("postingId", toReject, "approve", false, "reason", "薪资信息不完整"))
                    .get("reviewPosting");
            rejectedId = toReject;
        }

        private final Map<String, String> made = new HashMap<>();

        /** One object for all callers of a row, where making one per caller would hit a limit. */
        String once(String key, java.util.function.Supplier<String> maker) {
            return made.computeIfAbsent(key, k -> maker.get());
        }

        String token(Who who) {
            return who == Who.ANONYMOUS ? null : users.caller(who).token();
        }

        private String verifiedEmployer(Tokens.User owner) {
            String id = as(
                            owner,
                            Fixtures.REGISTER_EMPLOYER,
                            "input",
                            Map.of(
                                    "name",
                                    "Matrix " + UUID.randomUUID(),
                                    "kind",
                                    "COMPANY",
                                    "industry",
                                    "INTERNET",
                                    "region",
                                    "北京"))
                    .get("registerEmployer.employer.id");
            as(users.caller(Who.STAFF), Fixtures.VERIFY_EMPLOYER, "input", Map.of("employerId", id, "approve", true))
                    .get("verifyEmployer");
            return id;
        }

        Tokens.User member() {
            return users.caller(Who.MEMBER);
        }

        /** Makes the subject a member of the employer, as an accepted invitation would. */
        void addMember(String employerId, String subject) {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .run(() -> io.quarkus.arc.Arc.container()
                            .instance(jakarta.persistence.EntityManager.class)
                            .get()
                            .createNativeQuery("insert into employer_member (employer_id, subject) values (:e, :s)")
                            .setParameter("e", org.campuscareers.common.GlobalId.require("Employer", employerId, "id"))
                            .setParameter("s", subject)
                            .executeUpdate());
        }

        /**
         * A pending invitation of the MEMBER column's employer, made by the member for a new subject
         * (in the database, as addEmployerMember makes it, so that the member's own limit of member
         * changes never decides a row).
         */
        String pendingInvitation() {
            Number id = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> (Number) io.quarkus.arc.Arc.container()
                            .instance(jakarta.persistence.EntityManager.class)
                            .get()
                            .createNativeQuery("insert into employer_invitation"
                                    + " (employer_id, subject, invited_by, invited_at, expires_at)"
                                    + " values (:e, :s, :by, now(), now() + interval '7 days') returning id")
                            .setParameter("e", org.campuscareers.common.GlobalId.require("Employer", employerId, "id"))
                            .setParameter("s", "invited-" + UUID.randomUUID())
                            .setParameter("by", member().subject())
                            .getSingleResult());
            return org.campuscareers.common.GlobalId.of(
                    org.campuscareers.employer.EmployerInvitation.TYPE, id.longValue());
        }

        /** A second employer of the MEMBER column's, suspended and reinstated by staff: it has a history. */
        String reinstatedEmployerOfMember() {
            String id = verifiedEmployer(member());
            Tokens.User staff = users.caller(Who.STAFF);
            as(
                            staff,
                            "mutation($input: SuspendEmployerInput!) { suspendEmployer(input: $input) { employer { id } } }",
                            "input",
                            Map.of("employerId", id, "reason", "审核"))
                    .get("suspendEmployer.employer.id");
            as(
                            staff,
                            "mutation($input: ReinstateEmployerInput!) { reinstateEmployer(input: $input) { employer { id } } }",
                            "input",
                            Map.of("employerId", id, "reason", "整改"))
                    .get("reinstateEmployer.employer.id");
            return id;
        }

        /** An invitation for this user, to a helper's new employer. */
        String invitationFor(Tokens.User invited) {
            Tokens.User owner = users.helper("employer");
            String employer = verifiedEmployer(owner);
            return as(
                            owner,
                            "mutation($input: AddEmployerMemberInput!) { addEmployerMember(input: $input) { invitation { id } } }",
                            "input",
                            Map.of("employerId", employer, "subject", invited.subject()))
                    .get("addEmployerMember.invitation.id");
        }

        /** A verified employer of a helper's own, new for each call. */
        String verifiedEmployer() {
            return verifiedEmployer(users.helper("employer"));
        }

        /** A suspended employer, new for each call. */
        String suspendedEmployer() {
            String id = verifiedEmployer();
            as(
                            users.caller(Who.STAFF),
                            "mutation($input: SuspendEmployerInput!) { suspendEmployer(input: $input) { employer { id } } }",
                            "input",
                            Map.of("employerId", id, "reason", "审核"))
                    .get("suspendEmployer.employer.id");
            return id;
        }

        String pendingEmployer() {
            return as(
                            users.helper("employer"),
                            Fixtures.REGISTER_EMPLOYER,
                            "input",
                            Map.of(
                                    "name",
                                    "Pending " + UUID.randomUUID(),
                                    "kind",
                                    "COMPANY",
                                    "industry",
                                    "OTHER",
                                    "region",
                                    "北京"))
                    .get("registerEmployer.employer.id");
        }

        String draft() {
            return as(member(), Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "Draft", "D"))
                    .get("createPosting.posting.id");
        }

        String submitted() {
            String id = draft();
            as(member(), Fixtures.SUBMIT_POSTING, "input", Map.of("postingId", id))
                    .get("submitPosting");
            return id;
        }

        String published() {
            String id = submitted();
            as(users.caller(Who.STAFF), Fixtures.REVIEW_POSTING, "input", Map.of("postingId", id, "approve", true))
                    .get("reviewPosting");
            return id;
        }

        Map<String, Object> postingUpdate(String id) {
            Map<String, Object> input = new HashMap<>(Fixtures.posting(employerId, "Edited", "D"));
            input.remove("employerId");
            input.put("postingId", id);
            return input;
        }

        String application() {
            return as(users.caller(Who.GRADUATE), Fixtures.APPLY, "input", Map.of("postingId", published()))
                    .get("applyToPosting.application.id");
        }

        String offer() {
            String id = application();
            as(
                            member(),
                            "mutation($input: UpdateApplicationStatusInput!) { updateApplicationStatus(input: $input) { application { id } } }",
                            "input",
                            Map.of("applicationId", id, "status", "OFFERED"))
                    .get("updateApplicationStatus");
            return id;
        }

        String resume() {
            return as(
                            users.caller(Who.GRADUATE),
                            "mutation($input: CreateResumeInput!) { createResume(input: $input) { resume { id } } }",
                            "input",
                            Map.of("title", "简历"))
                    .get("createResume.resume.id");
        }

        Map<String, Object> sessionPlan() {
            Map<String, Object> plan = new HashMap<>();
            plan.put("title", "宣讲会");
            plan.put("hostEmployerId", employerId);
            plan.put("startsAt", OffsetDateTime.now().plusDays(1).toString());
            plan.put("endsAt", OffsetDateTime.now().plusDays(1).plusHours(1).toString());
            return plan;
        }

        Map<String, Object> sessionUpdate(String id) {
            Map<String, Object> plan = sessionPlan();
            plan.remove("hostEmployerId");
            plan.put("sessionId", id);
            return plan;
        }

        String session() {
            return as(member(), Fixtures.SCHEDULE, "input", sessionPlan()).get("scheduleRecruitmentSession.session.id");
        }

        String liveSession() {
            String id = session();
            as(member(), Fixtures.START, "input", Map.of("sessionId", id)).get("startRecruitmentSession");
            return id;
        }

        /** A new slot of one place, published by staff. */
        String freshSlot() {
            return GuidanceFixtures.slot(users.caller(Who.STAFF), GuidanceFixtures.freeTime(), 1);
        }

        /**
         * A new booking of the graduate's: its earlier ones are cancelled first (by staff), so that the
         * limit of upcoming appointments never decides a row.
         */
        String ownAppointment() {
            Tokens.User staff = users.caller(Who.STAFF);
            List<String> active = as(
                            staff,
                            "query($g: ID!) { appointments(first: 100, filter: {graduateId: $g, statuses: [BOOKED, WAITLISTED]}) { nodes { id } } }",
                            "g",
                            applicantId)
                    .get("appointments.nodes.id");
            for (String id : active) {
                as(staff, GuidanceFixtures.CANCEL, "input", Map.of("appointmentId", id, "excused", true))
                        .get("cancelAppointment");
            }
            return as(
                            users.caller(Who.GRADUATE),
                            GuidanceFixtures.BOOK,
                            "input",
                            Map.of("slotId", freshSlot(), "topic", "RESUME"))
                    .get("bookAppointment.appointment.id");
        }

        /** The graduate's appointment of a slot that has started (attendance can be recorded). */
        String heldAppointment() {
            String appointment = ownAppointment();
            String slot = as(
                            users.caller(Who.STAFF),
                            "query($id: ID!) { node(id: $id) { ... on Appointment { slot { id } } } }",
                            "id",
                            appointment)
                    .get("node.slot.id");
            GuidanceClock.holdSlotAt(slot, OffsetDateTime.now().minusMinutes(45));
            return appointment;
        }

        String notedAppointment() {
            String appointment = heldAppointment();
            as(
                            users.caller(Who.STAFF),
                            GuidanceFixtures.ATTENDANCE,
                            "input",
                            Map.of("appointmentId", appointment, "attended", true, "counsellorNote", "建议多投递研究所岗位"))
                    .get("recordAppointmentAttendance");
            return appointment;
        }

        String event() {
            return GuidanceFixtures.createEvent(users.caller(Who.STAFF), GuidanceFixtures.freeTime(), 10, null);
        }

        String registration() {
            return as(users.caller(Who.GRADUATE), GuidanceFixtures.REGISTER, "input", Map.of("eventId", event()))
                    .get("registerForGuidanceEvent.registration.id");
        }

        /** An event whose door is open, the graduate registered, and its student number. */
        Map<String, Object> checkIn() {
            String number = GuidanceFixtures.studentNumber();
            as(
                            users.caller(Who.GRADUATE),
                            "mutation($input: UpdateGraduateProfileInput!) { updateGraduateProfile(input: $input) { graduate { id } } }",
                            "input",
                            Map.of("name", "李明", "email", "liming@example.edu", "studentNumber", number))
                    .get("updateGraduateProfile");
            String event = GuidanceFixtures.createEvent(
                    users.caller(Who.STAFF), OffsetDateTime.now().plusMinutes(30), 10, null);
            as(users.caller(Who.GRADUATE), GuidanceFixtures.REGISTER, "input", Map.of("eventId", event))
                    .get("registerForGuidanceEvent");
            return Map.of("eventId", event, "studentNumber", number);
        }

        /** The graduate's id, with a graduation year on its profile so that its destinations have a cohort. */
        String inCohort() {
            as(
                            users.caller(Who.GRADUATE),
                            "mutation($input: UpdateGraduateProfileInput!) { updateGraduateProfile(input: $input) { graduate { id } } }",
                            "input",
                            Map.of("name", "李明", "email", "liming@example.edu", "graduationYear", 2027))
                    .get("updateGraduateProfile");
            return applicantId;
        }

        /** A destination of the graduate, recorded by staff with a note. */
        String outcome() {
            return as(
                            users.caller(Who.STAFF),
                            OutcomeFixtures.REPORT,
                            "input",
                            Map.of(
                                    "graduateId",
                                    inCohort(),
                                    "category",
                                    "LABOUR_CONTRACT",
                                    "organization",
                                    "未来智能科技有限公司",
                                    "note",
                                    "电话回访"))
                    .get("reportOutcome.outcome.id");
        }

        /** A new graduate with a profile; its global id. */
        String newGraduate() {
            Tokens.User graduate = users.helper("graduate");
            as(
                            graduate,
                            "mutation($input: UpdateGraduateProfileInput!) { updateGraduateProfile(input: $input) { graduate { id } } }",
                            "input",
                            Map.of("name", "王芳", "email", "wangfang@example.edu"))
                    .get("updateGraduateProfile");
            return as(graduate, "{ viewer { graduate { id } } }").get("viewer.graduate.id");
        }

        /**
         * A graduate record nobody else uses, for each call: a row with a random subject (a realm
         * such as Keycloak's demo one has a fixed few users, whose records earlier runs used up).
         */
        String graduateOfItsOwn() {
            Number id = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> (Number) io.quarkus.arc.Arc.container()
                            .instance(jakarta.persistence.EntityManager.class)
                            .get()
                            .createNativeQuery(
                                    "insert into graduate (subject, name) values (:subject, '测试毕业生') returning id")
                            .setParameter("subject", "matrix-" + UUID.randomUUID())
                            .getSingleResult());
            return org.campuscareers.common.GlobalId.of(org.campuscareers.graduate.Graduate.TYPE, id.longValue());
        }

        /** The GRADUATE column's support record, opened by staff, with a note and a grant. */
        String supportRecord() {
            // A realm's fixed users keep their records from earlier runs against the same database.
            List<?> earlier = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> io.quarkus.arc.Arc.container()
                            .instance(jakarta.persistence.EntityManager.class)
                            .get()
                            .createNativeQuery("select id from support_record where graduate_id = :graduate")
                            .setParameter(
                                    "graduate",
                                    org.campuscareers.common.GlobalId.parse(applicantId)
                                            .id())
                            .getResultList());
            String id = earlier.isEmpty()
                    ? SupportFixtures.open(users.caller(Who.STAFF), applicantId, "DISABILITY", null)
                    : org.campuscareers.common.GlobalId.of(
                            org.campuscareers.support.SupportRecord.TYPE, ((Number) earlier.get(0)).longValue());
            as(users.caller(Who.STAFF), SupportFixtures.NOTE, "input", Map.of("recordId", id, "body", "首次联系"))
                    .get("addSupportNote");
            as(
                            users.caller(Who.STAFF),
                            SupportFixtures.GRANT,
                            "input",
                            Map.of("recordId", id, "amount", 1000, "awardedOn", "2026-03-01"))
                    .get("awardJobSearchGrant");
            return id;
        }

        /** A visit of the MEMBER column's employer, recorded by staff, with a posting the member opened after it. */
        String visit() {
            String id = VisitFixtures.record(
                    users.caller(Who.STAFF),
                    VisitFixtures.visit(employerId, VisitFixtures.today(), List.of("张主任"), 3, null));
            VisitFixtures.draft(member(), employerId, "走访新增岗位", 1, id);
            return id;
        }

        /** A cooperation programme with the MEMBER column's employer, created by staff. */
        String programme() {
            return VisitFixtures.createProgramme(users.caller(Who.STAFF), employerId, "矩阵项目班");
        }

        String weeklyReport() {
            return as(
                            users.caller(Who.STAFF),
                            "mutation($input: IssueWeeklyReportsInput!) { issueWeeklyReports(input: $input) { reports { id } } }",
                            "input",
                            Map.of("weekStarting", OutcomeFixtures.pastMonday().toString()))
                    .<List<String>>get("issueWeeklyReports.reports.id")
                    .get(0);
        }

        String question() {
            return Fixtures.ask(users.helper("graduate"), session(), "问题", false);
        }
    }
}
