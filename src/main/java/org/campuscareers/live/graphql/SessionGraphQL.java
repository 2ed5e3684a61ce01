package org.campuscareers.live.graphql;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campuscareers.common.Caller;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.common.graphql.Selection;
import org.campuscareers.employer.Employer;
import org.campuscareers.employer.EmployerService;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.live.QuestionOrder;
import org.campuscareers.live.QuestionService;
import org.campuscareers.live.RecruitmentSession;
import org.campuscareers.live.SessionFilter;
import org.campuscareers.live.SessionService;
import org.campuscareers.live.SessionStatistics;
import org.campuscareers.live.graphql.SessionInputs.CancelRecruitmentSessionInput;
import org.campuscareers.live.graphql.SessionInputs.CancelRecruitmentSessionPayload;
import org.campuscareers.live.graphql.SessionInputs.EndRecruitmentSessionInput;
import org.campuscareers.live.graphql.SessionInputs.EndRecruitmentSessionPayload;
import org.campuscareers.live.graphql.SessionInputs.RegisterForSessionInput;
import org.campuscareers.live.graphql.SessionInputs.RegisterForSessionPayload;
import org.campuscareers.live.graphql.SessionInputs.ScheduleRecruitmentSessionInput;
import org.campuscareers.live.graphql.SessionInputs.ScheduleRecruitmentSessionPayload;
import org.campuscareers.live.graphql.SessionInputs.SetFeaturedPostingsInput;
import org.campuscareers.live.graphql.SessionInputs.SetFeaturedPostingsPayload;
import org.campuscareers.live.graphql.SessionInputs.StartRecruitmentSessionInput;
import org.campuscareers.live.graphql.SessionInputs.StartRecruitmentSessionPayload;
import org.campuscareers.live.graphql.SessionInputs.UnregisterFromSessionInput;
import org.campuscareers.live.graphql.SessionInputs.UnregisterFromSessionPayload;
import org.campuscareers.live.graphql.SessionInputs.UpdateRecruitmentSessionInput;
import org.campuscareers.live.graphql.SessionInputs.UpdateRecruitmentSessionPayload;
import org.campuscareers.live.stream.SessionCursor;
import org.campuscareers.posting.Posting;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class SessionGraphQL {

    private final SessionService service;
    private final QuestionService questions;
    private final EmployerService employers;
    private final Caller caller;

    public SessionGraphQL(SessionService service, QuestionService questions, EmployerService employers, Caller caller) {
        this.service = service;
        this.questions = questions;
        this.employers = employers;
        this.caller = caller;
    }

    @PermitAll
    @Query("recruitmentSessions")
    @NonNull
    @Description("Recruitment sessions, soonest first; public to everyone.")
    public RecruitmentSessionConnection recruitmentSessions(
            @Name("first") Integer first, @Name("after") String after, @Name("filter") SessionFilter filter) {
        return new RecruitmentSessionConnection(
                service.list(filter, PageRequest.of(first, after), Selection.asksOfNodes("host")));
    }

    @Authenticated
    @Mutation("scheduleRecruitmentSession")
    @NonNull
    @Description("Schedule a session hosted by one of the caller's verified employers (employer members), or by any"
            + " employer or the career center itself (staff).")
    public ScheduleRecruitmentSessionPayload scheduleRecruitmentSession(
            @NonNull @Name("input") ScheduleRecruitmentSessionInput input) {
        Long host = input.hostEmployerId() == null
                ? null
                : GlobalId.require(Employer.TYPE, input.hostEmployerId(), "hostEmployerId");
        List<Long> featured = postingIds(input.featuredPostingIds(), "featuredPostingIds");
        return new ScheduleRecruitmentSessionPayload(service.scheduleRecruitmentSession(input.plan(), host, featured));
    }

    @Authenticated
    @Mutation("updateRecruitmentSession")
    @NonNull
    @Description("Change a scheduled session's plans (hosts, staff).")
    public UpdateRecruitmentSessionPayload updateRecruitmentSession(
            @NonNull @Name("input") UpdateRecruitmentSessionInput input) {
        return new UpdateRecruitmentSessionPayload(
                service.updateRecruitmentSession(sessionId(input.sessionId()), input.plan()));
    }

    @Authenticated
    @Mutation("cancelRecruitmentSession")
    @NonNull
    @Description("Cancel a scheduled session (hosts, staff).")
    public CancelRecruitmentSessionPayload cancelRecruitmentSession(
            @NonNull @Name("input") CancelRecruitmentSessionInput input) {
        return new CancelRecruitmentSessionPayload(service.cancelRecruitmentSession(sessionId(input.sessionId())));
    }

    @Authenticated
    @Mutation("startRecruitmentSession")
    @NonNull
    @Description("Go live (hosts, staff). Viewers get SESSION_STARTED; registered graduates a notification.")
    public StartRecruitmentSessionPayload startRecruitmentSession(
            @NonNull @Name("input") StartRecruitmentSessionInput input) {
        return new StartRecruitmentSessionPayload(service.startRecruitmentSession(sessionId(input.sessionId())));
    }

    @Authenticated
    @Mutation("endRecruitmentSession")
    @NonNull
    @Description("End a live session (hosts, staff).")
    public EndRecruitmentSessionPayload endRecruitmentSession(
            @NonNull @Name("input") EndRecruitmentSessionInput input) {
        return new EndRecruitmentSessionPayload(service.endRecruitmentSession(sessionId(input.sessionId())));
    }

    @Authenticated
    @Mutation("setFeaturedPostings")
    @NonNull
    @Description(
            "Replace the postings a scheduled or live session features (hosts, staff); viewers get POSTING_FEATURED.")
    public SetFeaturedPostingsPayload setFeaturedPostings(@NonNull @Name("input") SetFeaturedPostingsInput input) {
        return new SetFeaturedPostingsPayload(service.setFeaturedPostings(
                sessionId(input.sessionId()), postingIds(input.postingIds(), "postingIds")));
    }

    @RolesAllowed(Role.GRADUATE)
    @Mutation("registerForSession")
    @NonNull
    @Description("Register for a scheduled or live session (graduates); registering again changes nothing.")
    public RegisterForSessionPayload registerForSession(@NonNull @Name("input") RegisterForSessionInput input) {
        return new RegisterForSessionPayload(service.registerForSession(sessionId(input.sessionId())));
    }

    @RolesAllowed(Role.GRADUATE)
    @Mutation("unregisterFromSession")
    @NonNull
    @Description("Withdraw a registration (graduates).")
    public UnregisterFromSessionPayload unregisterFromSession(
            @NonNull @Name("input") UnregisterFromSessionInput input) {
        return new UnregisterFromSessionPayload(service.unregisterFromSession(sessionId(input.sessionId())));
    }

    static long sessionId(String id) {
        return GlobalId.require(RecruitmentSession.TYPE, id, "sessionId");
    }

    private static List<Long> postingIds(List<String> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        List<Long> parsed = new ArrayList<>(ids.size());
        for (String id : ids) {
            parsed.add(GlobalId.require(Posting.TYPE, id, field));
        }
        return parsed;
    }

    @Name("host")
    @Description("The employer hosting the session; null when the career center hosts it.")
    public List<Employer> host(@Source List<RecruitmentSession> sessions) {
        Map<Long, Employer> byId = employers.byIds(sessions.stream()
                .map(RecruitmentSession::getHostEmployerId)
                .filter(id -> id != null)
                .distinct()
                .toList());
        return sessions.stream()
                .map(s -> s.getHostEmployerId() == null ? null : byId.get(s.getHostEmployerId()))
                .toList();
    }

    @Name("featuredPostings")
    @NonNull
    @Description("The postings presented in the session, in order.")
    public List<@NonNull List<@NonNull Posting>> featuredPostings(@Source List<RecruitmentSession> sessions) {
        Map<Long, List<Posting>> byId = service.featuredPostings(
                sessions.stream().map(RecruitmentSession::getId).toList(), Selection.asks("employer"));
        return sessions.stream()
                .map(s -> byId.getOrDefault(s.getId(), List.of()))
                .toList();
    }

    @Name("viewerHasRegistered")
    @NonNull
    @Description("Whether the calling graduate registered for the session.")
    public List<@NonNull Boolean> viewerHasRegistered(@Source List<RecruitmentSession> sessions) {
        Set<Long> registered = service.registeredByCaller(
                sessions.stream().map(RecruitmentSession::getId).toList());
        return sessions.stream().map(s -> registered.contains(s.getId())).toList();
    }

    @Name("registrationCount")
    @NonNull
    @Description("How many graduates registered.")
    public List<@NonNull Integer> registrationCount(@Source List<RecruitmentSession> sessions) {
        Map<Long, Integer> counts = service.registrationCounts(
                sessions.stream().map(RecruitmentSession::getId).toList());
        return sessions.stream().map(s -> counts.getOrDefault(s.getId(), 0)).toList();
    }

    @Name("registrants")
    @NonNull
    @Description("The graduates who registered, in order (hosts, staff).")
    public List<@NonNull Graduate> registrants(@Source RecruitmentSession session) {
        return service.registrants(session);
    }

    @Name("statistics")
    @NonNull
    @Description("Peak viewers, registrations, questions and applications from the stream (hosts, staff).")
    public SessionStatistics statistics(@Source RecruitmentSession session) {
        return service.statistics(session);
    }

    @Name("viewerIsHost")
    @NonNull
    @Description("Whether the caller may run the session: start, end, answer and moderate.")
    public boolean viewerIsHost(@Source RecruitmentSession session) {
        return caller.isSignedIn() && service.isHost(session);
    }

    @Name("lastEventCursor")
    @NonNull
    @Description("The cursor of the session's latest event when the session was read, before any of its other fields:"
            + " subscribe to sessionEvents with after = this to receive everything that happened since the rest of"
            + " this response was read (a few events it already shows may come again; they carry the same state).")
    public String lastEventCursor(@Source RecruitmentSession session) {
        return SessionCursor.of(session.getId(), session.getLastEventSeq());
    }

    @Name("questions")
    @NonNull
    @Description("The questions the caller may see, pinned first, then most upvoted (default) or newest.")
    public QuestionConnection questions(
            @Source RecruitmentSession session,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("orderBy") QuestionOrder orderBy) {
        return new QuestionConnection(questions.list(session, orderBy, PageRequest.of(first, after)));
    }
}
