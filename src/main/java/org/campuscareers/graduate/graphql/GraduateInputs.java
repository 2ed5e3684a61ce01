package org.campuscareers.graduate.graphql;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.campuscareers.common.Degree;
import org.campuscareers.graduate.Education;
import org.campuscareers.graduate.Experience;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.Resume;
import org.campuscareers.graduate.ResumeContent;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Inputs and payloads of the graduate mutations. */
public final class GraduateInputs {

    private GraduateInputs() {}

    @Input("UpdateGraduateProfileInput")
    @Description("The calling graduate's profile; every field is replaced.")
    public record UpdateGraduateProfileInput(
            @NonNull @Description("Name, 1 to 100 characters.")
            String name,

            @Description("Email address.") String email,

            @Description("Phone number: digits, spaces, brackets, dashes, a leading +.")
            String phone,

            @Description("Student number, at most 30 characters.")
            String studentNumber,

            @Description("College of the university, at most 100 characters.")
            String college,

            @Description("Major, at most 100 characters.") String major,
            @Description("Degree being earned.") Degree degree,
            @Description("Year of graduation.") Integer graduationYear) {}

    @Type("UpdateGraduateProfilePayload")
    @Description("The result of updateGraduateProfile.")
    public record UpdateGraduateProfilePayload(
            @NonNull @Description("The updated graduate.") Graduate graduate) {}

    @Input("CreateResumeInput")
    @Description("A new resume of the calling graduate (at most 10 in all).")
    public record CreateResumeInput(
            @NonNull @Description("A name for it, 1 to 100 characters.")
            String title,

            @Description("A short summary, at most 2000 characters.")
            String summary,

            @Description("Periods of study, at most 20.") @Nullable
            List<@NonNull Education> education,

            @Description("Experience, at most 30.") @Nullable
            List<@NonNull Experience> experience,

            @Description("Skills, at most 50 of at most 50 characters.") @Nullable
            List<@NonNull String> skills) {

        public ResumeContent content() {
            return ResumeContent.checked(title, summary, education, experience, skills);
        }
    }

    @Type("CreateResumePayload")
    @Description("The result of createResume.")
    public record CreateResumePayload(
            @NonNull @Description("The new resume.") Resume resume) {}

    @Input("UpdateResumeInput")
    @Description("New content for one of the calling graduate's resumes; every field is replaced.")
    public record UpdateResumeInput(
            @NonNull @Id @Description("The resume.") String resumeId,

            @NonNull @Description("A name for it, 1 to 100 characters.")
            String title,

            @Description("A short summary, at most 2000 characters.")
            String summary,

            @Description("Periods of study, at most 20.") @Nullable
            List<@NonNull Education> education,

            @Description("Experience, at most 30.") @Nullable
            List<@NonNull Experience> experience,

            @Description("Skills, at most 50 of at most 50 characters.") @Nullable
            List<@NonNull String> skills) {

        public ResumeContent content() {
            return ResumeContent.checked(title, summary, education, experience, skills);
        }
    }

    @Type("UpdateResumePayload")
    @Description("The result of updateResume.")
    public record UpdateResumePayload(
            @NonNull @Description("The updated resume.") Resume resume) {}

    @Input("DeleteResumeInput")
    @Description("One of the calling graduate's resumes to delete; applications keep no resume afterwards.")
    public record DeleteResumeInput(
            @NonNull @Id @Description("The resume.") String resumeId) {}

    @Type("DeleteResumePayload")
    @Description("The result of deleteResume.")
    public record DeleteResumePayload(
            @NonNull @Id @Description("The id of the deleted resume.")
            String deletedResumeId) {}
}
