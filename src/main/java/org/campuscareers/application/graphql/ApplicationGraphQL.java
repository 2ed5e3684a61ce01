package org.campuscareers.application.graphql;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campuscareers.application.Application;
import org.campuscareers.application.ApplicationFilter;
import org.campuscareers.application.ApplicationService;
import org.campuscareers.application.ApplicationTransition;
import org.campuscareers.application.graphql.ApplicationInputs.ApplyToPostingInput;
import org.campuscareers.application.graphql.ApplicationInputs.ApplyToPostingPayload;
import org.campuscareers.application.graphql.ApplicationInputs.RespondToOfferInput;
import org.campuscareers.application.graphql.ApplicationInputs.RespondToOfferPayload;
import org.campuscareers.application.graphql.ApplicationInputs.UpdateApplicationStatusInput;
import org.campuscareers.application.graphql.ApplicationInputs.UpdateApplicationStatusPayload;
import org.campuscareers.application.graphql.ApplicationInputs.WithdrawApplicationInput;
import org.campuscareers.application.graphql.ApplicationInputs.WithdrawApplicationPayload;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.common.graphql.Viewer;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.graduate.Resume;
import org.campuscareers.live.RecruitmentSession;
import org.campuscareers.live.SessionService;
import org.campuscareers.live.SessionStatistics;
import org.campuscareers.posting.Posting;
import org.campuscareers.posting.PostingService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class ApplicationGraphQL {

    private final ApplicationService service;
    private final PostingService postings;
    private final GraduateService graduates;
    private final SessionService sessions;

    public ApplicationGraphQL(
            ApplicationService service, PostingService postings, GraduateService graduates, SessionService sessions) {
        this.service = service;
        this.postings = postings;
        this.graduates = graduates;
        this.sessions = sessions;
    }

    @Authenticated
    @Query("applications")
    @NonNull
    @Description("Applications the caller may see, newest first: a graduate its own, an employer member those to its"
            + " employers' postings (its applicants), staff all.")
    public ApplicationConnection applications(
            @Name("first") Integer first, @Name("after") String after, @Name("filter") ApplicationFilter filter) {
        return new ApplicationConnection(service.list(filter, PageRequest.of(first, after)));
    }

    @Name("applications")
    @NonNull
    @Description("The caller's own applications as a graduate, newest first.")
    public ApplicationConnection viewerApplications(
            @Source Viewer viewer,
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("filter") ApplicationFilter filter) {
        return new ApplicationConnection(service.listOwn(filter, PageRequest.of(first, after)));
    }

    @RolesAllowed(Role.GRADUATE)
    @Mutation("applyToPosting")
    @NonNull
    @Description("Apply to a published posting (graduates). Applying twice, or to a posting that is not open, is a"
            + " CONFLICT.")
    public ApplyToPostingPayload applyToPosting(@NonNull @Name("input") ApplyToPostingInput input) {
        long postingId = GlobalId.require(Posting.TYPE, input.postingId(), "postingId");
        Long resumeId = input.resumeId() == null ? null : GlobalId.require(Resume.TYPE, input.resumeId(), "resumeId");
        Long sessionId = input.sourceSessionId() == null
                ? null
                : GlobalId.require("RecruitmentSession", input.sourceSessionId(), "sourceSessionId");
        return new ApplyToPostingPayload(service.applyToPosting(postingId, input.coverLetter(), resumeId, sessionId));
    }

    @Authenticated
    @Mutation("updateApplicationStatus")
    @NonNull
    @Description(
            "Move an application to one of the caller's employers forward, or reject it (employer members, staff).")
    public UpdateApplicationStatusPayload updateApplicationStatus(
            @NonNull @Name("input") UpdateApplicationStatusInput input) {
        long id = GlobalId.require(Application.TYPE, input.applicationId(), "applicationId");
        return new UpdateApplicationStatusPayload(service.updateApplicationStatus(id, input.status(), input.note()));
    }

    @RolesAllowed(Role.GRADUATE)
    @Mutation("withdrawApplication")
    @NonNull
    @Description("Withdraw one of the caller's applications (graduates).")
    public WithdrawApplicationPayload withdrawApplication(@NonNull @Name("input") WithdrawApplicationInput input) {
        long id = GlobalId.require(Application.TYPE, input.applicationId(), "applicationId");
        return new WithdrawApplicationPayload(service.withdrawApplication(id, input.note()));
    }

    @RolesAllowed(Role.GRADUATE)
    @Mutation("respondToOffer")
    @NonNull
    @Description("Accept or decline an offer (graduates).")
    public RespondToOfferPayload respondToOffer(@NonNull @Name("input") RespondToOfferInput input) {
        long id = GlobalId.require(Application.TYPE, input.applicationId(), "applicationId");
        return new RespondToOfferPayload(service.respondToOffer(id, Boolean.TRUE.equals(input.accept()), input.note()));
    }

    @Name("posting")
    @NonNull
    @Description("The posting applied to.")
    public List<@NonNull Posting> posting(@Source List<Application> applications) {
        Map<Long, Posting> byId = postings.byIds(
                applications.stream().map(Application::getPostingId).distinct().toList());
        return applications.stream().map(a -> byId.get(a.getPostingId())).toList();
    }

    @Name("graduate")
    @NonNull
    @Description("The graduate who applied.")
    public List<@NonNull Graduate> graduate(@Source List<Application> applications) {
        Map<Long, Graduate> byId = graduates.byIds(
                applications.stream().map(Application::getGraduateId).distinct().toList());
        return applications.stream().map(a -> byId.get(a.getGraduateId())).toList();
    }

    @Name("resume")
    @Description("The resume sent with the application, as it was sent (later edits do not show); employers see it"
            + " while the application is active: not withdrawn, and not rejected more than 30 days ago.")
    public List<Resume> resume(@Source List<Application> applications) {
        return service.resumesAsSent(applications);
    }

    @Name("transitions")
    @NonNull
    @Description("Every status change, oldest first, beginning with the submission.")
    public List<@NonNull List<@NonNull ApplicationTransition>> transitions(@Source List<Application> applications) {
        Map<Long, List<ApplicationTransition>> byId = service.transitionsOf(
                applications.stream().map(Application::getId).toList());
        return applications.stream()
                .map(a -> byId.getOrDefault(a.getId(), List.of()))
                .toList();
    }

    @Name("viewerHasApplied")
    @NonNull
    @Description("Whether the calling graduate has applied to this posting; false for other callers.")
    public List<@NonNull Boolean> viewerHasApplied(@Source List<Posting> postingList) {
        Set<Long> applied = service.appliedPostingIds(
                postingList.stream().map(Posting::getId).toList());
        return postingList.stream().map(p -> applied.contains(p.getId())).toList();
    }

    @Name("sourceSession")
    @Description("The recruitment session the graduate applied from (live or its replay), if any.")
    public List<RecruitmentSession> sourceSession(@Source List<Application> applications) {
        Map<Long, RecruitmentSession> byId = sessions.byIds(applications.stream()
                .map(Application::getSourceSessionId)
                .filter(id -> id != null)
                .distinct()
                .toList());
        return applications.stream()
                .map(a -> a.getSourceSessionId() == null ? null : byId.get(a.getSourceSessionId()))
                .toList();
    }

    @Name("applications")
    @NonNull
    @Description("Applications made from the stream.")
    public int applicationsFromStream(@Source SessionStatistics statistics) {
        return service.countFromSession(statistics.sessionId());
    }
}
