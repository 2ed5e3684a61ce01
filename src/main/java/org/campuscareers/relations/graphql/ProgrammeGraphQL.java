package org.campuscareers.relations.graphql;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.employer.Employer;
import org.campuscareers.outcome.CategoryCount;
import org.campuscareers.posting.Posting;
import org.campuscareers.relations.CooperationProgramme;
import org.campuscareers.relations.CooperationProgrammeFilter;
import org.campuscareers.relations.ProgrammeService;
import org.campuscareers.relations.graphql.ProgrammeInputs.AttachPostingToProgrammeInput;
import org.campuscareers.relations.graphql.ProgrammeInputs.AttachPostingToProgrammePayload;
import org.campuscareers.relations.graphql.ProgrammeInputs.CreateCooperationProgrammeInput;
import org.campuscareers.relations.graphql.ProgrammeInputs.CreateCooperationProgrammePayload;
import org.campuscareers.relations.graphql.ProgrammeInputs.EnrolInCooperationProgrammeInput;
import org.campuscareers.relations.graphql.ProgrammeInputs.EnrolInCooperationProgrammePayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class ProgrammeGraphQL {

    private final ProgrammeService service;

    public ProgrammeGraphQL(ProgrammeService service) {
        this.service = service;
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Query("cooperationProgrammes")
    @NonNull
    @Description("Cooperation programmes with employers (校企合作项目班), the latest start first (staff only).")
    public CooperationProgrammeConnection cooperationProgrammes(
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("filter") CooperationProgrammeFilter filter) {
        return new CooperationProgrammeConnection(service.list(filter, PageRequest.of(first, after)));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("createCooperationProgramme")
    @NonNull
    @Description("Create a cooperation programme with an employer for one cohort (staff).")
    public CreateCooperationProgrammePayload createCooperationProgramme(
            @NonNull @Name("input") CreateCooperationProgrammeInput input) {
        return new CreateCooperationProgrammePayload(service.createCooperationProgramme(
                input.employerId(), input.name(), input.cohortYear(), input.startsOn(), input.endsOn()));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("enrolInCooperationProgramme")
    @NonNull
    @Description("Enrol graduates in a cooperation programme (staff); enrolling one again changes nothing.")
    public EnrolInCooperationProgrammePayload enrolInCooperationProgramme(
            @NonNull @Name("input") EnrolInCooperationProgrammeInput input) {
        return new EnrolInCooperationProgrammePayload(
                service.enrolInCooperationProgramme(input.programmeId(), input.graduateIds()));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("attachPostingToProgramme")
    @NonNull
    @Description("Attribute a posting of the programme's employer to the programme (staff); CONFLICT if it is"
            + " in another one.")
    public AttachPostingToProgrammePayload attachPostingToProgramme(
            @NonNull @Name("input") AttachPostingToProgrammeInput input) {
        return new AttachPostingToProgrammePayload(
                service.attachPostingToProgramme(input.programmeId(), input.postingId()));
    }

    @Name("employer")
    @NonNull
    @Description("The employer the programme is with.")
    public List<@NonNull Employer> employer(@Source List<CooperationProgramme> list) {
        Map<Long, Employer> byId = service.employersOf(list);
        return list.stream().map(p -> byId.get(p.getEmployerId())).toList();
    }

    @Name("enrolled")
    @NonNull
    @Description("How many graduates are enrolled.")
    public List<@NonNull Integer> enrolled(@Source List<CooperationProgramme> list) {
        Map<Long, Integer> counts = service.enrolledCounts(list);
        return list.stream().map(p -> counts.getOrDefault(p.getId(), 0)).toList();
    }

    @Name("postings")
    @NonNull
    @Description("The postings attributed to the programme, oldest attribution first.")
    public List<@NonNull List<@NonNull Posting>> postings(@Source List<CooperationProgramme> list) {
        Map<Long, List<Posting>> byProgramme = service.postingsOf(list);
        return list.stream()
                .map(p -> byProgramme.getOrDefault(p.getId(), List.of()))
                .toList();
    }

    @Name("outcomes")
    @NonNull
    @Description("The enrolled graduates' current destinations by category (a rejected one counts as none);"
            + " categories nobody has are left out.")
    public List<@NonNull List<@NonNull CategoryCount>> outcomes(@Source List<CooperationProgramme> list) {
        Map<Long, List<CategoryCount>> byProgramme = service.outcomesOf(list);
        return list.stream()
                .map(p -> byProgramme.getOrDefault(p.getId(), List.of()))
                .toList();
    }
}
