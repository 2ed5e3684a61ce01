package org.campuscareers.relations.graphql;

import java.time.LocalDate;
import java.util.List;
import org.campuscareers.relations.EmployerVisit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Inputs and payloads of the employer-visit mutations. */
public final class VisitInputs {

    private VisitInputs() {}

    @Input("RecordEmployerVisitInput")
    @Description("Staff record a visit to an employer (访企拓岗), or a follow-up visit (回访).")
    public record RecordEmployerVisitInput(
            @NonNull @Id @Description("The employer visited.")
            String employerId,

            @NonNull @Description("The day of the visit: not in the future, not before 2000-01-01.")
            LocalDate visitedOn,

            @NonNull
            @Description("Who visited: 1 to 10 names of at most 100 characters each; a name given twice counts once.")
            List<@NonNull String> visitors,

            @NonNull @Description("How many posts the employer promised, 0 to 10000.")
            Integer postsPromised,

            @Description("Notes, at most 4000 characters.") String notes,

            @Id @Description("The visit this one follows up: a visit of the same employer on or before visitedOn.")
            String followUpOfVisitId) {}

    @Type("RecordEmployerVisitPayload")
    @Description("The result of recordEmployerVisit.")
    public record RecordEmployerVisitPayload(
            @NonNull @Description("The recorded visit.") EmployerVisit visit) {}
}
