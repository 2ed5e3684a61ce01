package org.campuscareers.relations.graphql;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.employer.Employer;
import org.campuscareers.posting.Posting;
import org.campuscareers.relations.EmployerVisit;
import org.campuscareers.relations.EmployerVisitFilter;
import org.campuscareers.relations.EmployerVisitSummary;
import org.campuscareers.relations.PostsOpened;
import org.campuscareers.relations.VisitService;
import org.campuscareers.relations.graphql.VisitInputs.RecordEmployerVisitInput;
import org.campuscareers.relations.graphql.VisitInputs.RecordEmployerVisitPayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class VisitGraphQL {

    private final VisitService service;

    public VisitGraphQL(VisitService service) {
        this.service = service;
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Query("employerVisits")
    @NonNull
    @Description("Staff's visits to employers, newest first (staff only; FORBIDDEN for anyone else).")
    public EmployerVisitConnection employerVisits(
            @Name("first") Integer first, @Name("after") String after, @Name("filter") EmployerVisitFilter filter) {
        return new EmployerVisitConnection(service.list(filter, PageRequest.of(first, after)));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Query("employerVisitSummary")
    @NonNull
    @Description("Posts promised against posts opened over the filter's visits, in all and per visitor (staff"
            + " only). Each visit, a follow-up too, counts its own promise.")
    public EmployerVisitSummary employerVisitSummary(@Name("filter") EmployerVisitFilter filter) {
        return service.summary(filter);
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("recordEmployerVisit")
    @NonNull
    @Description("Record a visit to an employer or a follow-up visit (staff).")
    public RecordEmployerVisitPayload recordEmployerVisit(@NonNull @Name("input") RecordEmployerVisitInput input) {
        return new RecordEmployerVisitPayload(service.recordEmployerVisit(
                input.employerId(),
                input.visitedOn(),
                input.visitors(),
                input.postsPromised(),
                input.notes(),
                input.followUpOfVisitId()));
    }

    @Name("employer")
    @NonNull
    @Description("The employer visited.")
    public List<@NonNull Employer> employer(@Source List<EmployerVisit> list) {
        Map<Long, Employer> byId = service.employersOf(list);
        return list.stream().map(v -> byId.get(v.getEmployerId())).toList();
    }

    @Name("followUpOf")
    @Description("The visit this one follows up (回访), if it is a follow-up.")
    public List<EmployerVisit> followUpOf(@Source List<EmployerVisit> list) {
        Map<Long, EmployerVisit> byId = service.followedUp(list);
        return list.stream()
                .map(v -> v.getFollowUpOf() == null ? null : byId.get(v.getFollowUpOf()))
                .toList();
    }

    @Name("postingsOpened")
    @NonNull
    @Description("The postings linked to this visit (created by its employer in the 180 days after it),"
            + " oldest first, whatever their status.")
    public List<@NonNull List<@NonNull Posting>> postingsOpened(@Source List<EmployerVisit> list) {
        Map<Long, List<Posting>> byVisit = service.postingsOf(list);
        return list.stream()
                .map(v -> byVisit.getOrDefault(v.getId(), List.of()))
                .toList();
    }

    @Name("opened")
    @NonNull
    @Description("What this visit opened against its postsPromised: postings linked, published, their headcount.")
    public List<@NonNull PostsOpened> opened(@Source List<EmployerVisit> list) {
        Map<Long, PostsOpened> byVisit = service.openedBy(list);
        return list.stream()
                .map(v -> byVisit.getOrDefault(v.getId(), PostsOpened.NONE))
                .toList();
    }
}
