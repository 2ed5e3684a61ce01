package org.campuscareers.relations;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("EmployerVisitFilter")
@Description("Narrows a list of employer visits; all given conditions must hold.")
public record EmployerVisitFilter(
        @Id @Description("Only visits of this employer.") String employerId,

        @Description("Only visits on this day or later.") LocalDate from,

        @Description("Only visits on this day or earlier.") LocalDate to) {}
