package org.campuscareers.outcome.graphql;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.common.graphql.Viewer;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.outcome.Outcome;
import org.campuscareers.outcome.OutcomeFilter;
import org.campuscareers.outcome.OutcomeService;
import org.campuscareers.outcome.graphql.OutcomeInputs.ReportOutcomeInput;
import org.campuscareers.outcome.graphql.OutcomeInputs.ReportOutcomePayload;
import org.campuscareers.outcome.graphql.OutcomeInputs.VerifyOutcomeInput;
import org.campuscareers.outcome.graphql.OutcomeInputs.VerifyOutcomePayload;
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
public class OutcomeGraphQL {

    private final OutcomeService service;
    private final GraduateService graduates;
    private final PostingService postings;

    public OutcomeGraphQL(OutcomeService service, GraduateService graduates, PostingService postings) {
        this.service = service;
        this.graduates = graduates;
        this.postings = postings;
    }

    @RolesAllowed({Role.GRADUATE, Role.STAFF, Role.ADMIN})
    @Query("outcomes")
    @NonNull
    @Description("Current destinations, latest report first: staff see all, a graduate its own; others get FORBIDDEN.")
    public OutcomeConnection outcomes(
            @Name("first") Integer first, @Name("after") String after, @Name("filter") OutcomeFilter filter) {
        return new OutcomeConnection(service.list(filter, PageRequest.of(first, after)));
    }

    @Name("outcome")
    @Description("The caller's current destination as a graduate (its latest cohort); null if none reported.")
    public Outcome viewerOutcome(@Source Viewer viewer) {
        return service.viewerOutcome();
    }

    @RolesAllowed({Role.GRADUATE, Role.STAFF, Role.ADMIN})
    @Mutation("reportOutcome")
    @NonNull
    @Description("Report a destination: a graduate its own, staff for a graduate (`graduateId`, with a `note`)."
            + " It becomes the current destination of the graduate's cohort and supersedes the previous one,"
            + " which stays in its history. SELF_REPORTED until staff verify it.")
    public ReportOutcomePayload reportOutcome(@NonNull @Name("input") ReportOutcomeInput input) {
        return new ReportOutcomePayload(service.reportOutcome(
                input.graduateId(),
                input.category(),
                input.organization(),
                input.region(),
                input.startsOn(),
                input.monthlySalary(),
                input.postingId(),
                input.evidenceNote(),
                input.note()));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("verifyOutcome")
    @NonNull
    @Description("Verify or reject a current destination (staff). A reason is required to reject;"
            + " OTHER_EMPLOYMENT, RESEARCH_ASSISTANT and FREELANCE need an evidence note to be verified.")
    public VerifyOutcomePayload verifyOutcome(@NonNull @Name("input") VerifyOutcomeInput input) {
        return new VerifyOutcomePayload(
                service.verifyOutcome(input.outcomeId(), input.approve(), input.reason(), input.evidenceNote()));
    }

    @Name("graduate")
    @NonNull
    @Description("The graduate.")
    public List<@NonNull Graduate> graduate(@Source List<Outcome> outcomeList) {
        Map<Long, Graduate> byId = graduates.byIds(
                outcomeList.stream().map(Outcome::getGraduateId).distinct().toList());
        return outcomeList.stream().map(o -> byId.get(o.getGraduateId())).toList();
    }

    @Name("posting")
    @Description("The posting the destination came from, if the caller may see it.")
    public List<Posting> posting(@Source List<Outcome> outcomeList) {
        Map<Long, Posting> byId = postings.visibleByIds(outcomeList.stream()
                .map(Outcome::getPostingId)
                .filter(id -> id != null)
                .distinct()
                .toList());
        return outcomeList.stream()
                .map(o -> o.getPostingId() == null ? null : byId.get(o.getPostingId()))
                .toList();
    }

    @Name("note")
    @Description("How staff learnt the destination (staff only; null for others).")
    public List<String> note(@Source List<Outcome> outcomeList) {
        boolean staff = service.mayReadNotes();
        return outcomeList.stream().map(o -> staff ? o.getNote() : null).toList();
    }

    @Name("history")
    @NonNull
    @Description("The versions this one superseded, newest first: who recorded each, when, and what it changed.")
    public List<@NonNull List<@NonNull Outcome>> history(@Source List<Outcome> outcomeList) {
        Map<Long, List<Outcome>> history = service.historyOf(outcomeList);
        return outcomeList.stream().map(o -> history.get(o.getId())).toList();
    }

    @Name("changes")
    @NonNull
    @Description("The fields this version changed from the one it superseded (category, organization, region,"
            + " startsOn, monthlySalary, posting, evidenceNote); empty for a first report.")
    public List<@NonNull List<@NonNull String>> changes(@Source List<Outcome> outcomeList) {
        Map<Long, List<String>> changes = service.changesOf(outcomeList);
        return outcomeList.stream().map(o -> changes.get(o.getId())).toList();
    }
}
