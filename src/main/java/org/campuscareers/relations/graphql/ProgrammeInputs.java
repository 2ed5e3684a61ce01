package org.campuscareers.relations.graphql;

import java.time.LocalDate;
import java.util.List;
import org.campuscareers.relations.CooperationProgramme;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Inputs and payloads of the cooperation-programme mutations. */
public final class ProgrammeInputs {

    private ProgrammeInputs() {}

    @Input("CreateCooperationProgrammeInput")
    @Description("Staff create a cooperation programme with an employer (校企合作项目班).")
    public record CreateCooperationProgrammeInput(
            @NonNull @Id @Description("The employer.") String employerId,

            @NonNull @Description("The programme's name, 1 to 200 characters.")
            String name,

            @NonNull @Description("The graduation year of the cohort it serves, 2000 to 2100.")
            Integer cohortYear,

            @NonNull @Description("The first day.") LocalDate startsOn,

            @NonNull @Description("The last day, not before startsOn.")
            LocalDate endsOn) {}

    @Type("CreateCooperationProgrammePayload")
    @Description("The result of createCooperationProgramme.")
    public record CreateCooperationProgrammePayload(
            @NonNull @Description("The new programme.") CooperationProgramme programme) {}

    @Input("EnrolInCooperationProgrammeInput")
    @Description("Staff enrol graduates in a programme; enrolling one again changes nothing.")
    public record EnrolInCooperationProgrammeInput(
            @NonNull @Id @Description("The programme.") String programmeId,

            @NonNull @Id @Description("The graduates, 1 to 200.")
            List<@NonNull String> graduateIds) {}

    @Type("EnrolInCooperationProgrammePayload")
    @Description("The result of enrolInCooperationProgramme.")
    public record EnrolInCooperationProgrammePayload(
            @NonNull @Description("The programme.") CooperationProgramme programme) {}

    @Input("AttachPostingToProgrammeInput")
    @Description("Staff attribute a posting of the programme's employer to the programme.")
    public record AttachPostingToProgrammeInput(
            @NonNull @Id @Description("The programme.") String programmeId,

            @NonNull @Id @Description("The posting, of the programme's employer and in no other programme.")
            String postingId) {}

    @Type("AttachPostingToProgrammePayload")
    @Description("The result of attachPostingToProgramme.")
    public record AttachPostingToProgrammePayload(
            @NonNull @Description("The programme.") CooperationProgramme programme) {}
}
