package org.campuscareers.guidance.graphql;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.Role;
import org.campuscareers.common.graphql.Viewer;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.guidance.GuidanceStanding;
import org.campuscareers.guidance.GuidanceStandingService;
import org.campuscareers.guidance.graphql.GuidanceInputs.LiftGuidanceRestrictionInput;
import org.campuscareers.guidance.graphql.GuidanceInputs.LiftGuidanceRestrictionPayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class GuidanceStandingGraphQL {

    private final GuidanceStandingService service;

    public GuidanceStandingGraphQL(GuidanceStandingService service) {
        this.service = service;
    }

    @Name("guidanceStanding")
    @Description("The caller's own no-show standing this term, as a graduate; null for other callers.")
    public GuidanceStanding viewerGuidanceStanding(@Source Viewer viewer) {
        return service.ownStanding();
    }

    @Name("guidanceStanding")
    @Description("The graduate's no-show standing this term: visible to the graduate itself and staff, null for"
            + " everyone else.")
    public List<GuidanceStanding> guidanceStanding(@Source List<Graduate> graduateList) {
        Map<Long, GuidanceStanding> standings = service.visibleStandings(graduateList);
        return graduateList.stream().map(g -> standings.get(g.getId())).toList();
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("liftGuidanceRestriction")
    @NonNull
    @Description("Lift a graduate's no-show restriction for the rest of the term (staff): marks made until now stop"
            + " counting.")
    public LiftGuidanceRestrictionPayload liftGuidanceRestriction(
            @NonNull @Name("input") LiftGuidanceRestrictionInput input) {
        Graduate graduate = service.liftGuidanceRestriction(input.graduateId(), input.reason());
        return new LiftGuidanceRestrictionPayload(
                graduate, service.visibleStandings(List.of(graduate)).get(graduate.getId()));
    }
}
