package org.campuscareers.relations;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CooperationProgrammeFilter")
@Description("Narrows a list of cooperation programmes; all given conditions must hold.")
public record CooperationProgrammeFilter(
        @Id @Description("Only programmes with this employer.")
        String employerId,

        @Description("Only programmes of this cohort (graduation year).")
        Integer cohortYear) {}
