package org.campuscareers.graduate.graphql;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.Role;
import org.campuscareers.common.graphql.Viewer;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateProfile;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.graduate.Resume;
import org.campuscareers.graduate.graphql.GraduateInputs.CreateResumeInput;
import org.campuscareers.graduate.graphql.GraduateInputs.CreateResumePayload;
import org.campuscareers.graduate.graphql.GraduateInputs.DeleteResumeInput;
import org.campuscareers.graduate.graphql.GraduateInputs.DeleteResumePayload;
import org.campuscareers.graduate.graphql.GraduateInputs.UpdateGraduateProfileInput;
import org.campuscareers.graduate.graphql.GraduateInputs.UpdateGraduateProfilePayload;
import org.campuscareers.graduate.graphql.GraduateInputs.UpdateResumeInput;
import org.campuscareers.graduate.graphql.GraduateInputs.UpdateResumePayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class GraduateGraphQL {

    private final GraduateService service;

    public GraduateGraphQL(GraduateService service) {
        this.service = service;
    }

    @Description(
            "The caller's graduate profile, created on first sign-in; null unless the caller has the graduate role.")
    public Graduate graduate(@Source Viewer viewer) {
        return service.current();
    }

    @RolesAllowed(Role.GRADUATE)
    @Mutation("updateGraduateProfile")
    @NonNull
    @Description("Update the calling graduate's profile (graduates).")
    public UpdateGraduateProfilePayload updateGraduateProfile(
            @NonNull @Name("input") UpdateGraduateProfileInput input) {
        GraduateProfile profile = GraduateProfile.checked(
                input.name(),
                input.email(),
                input.phone(),
                input.studentNumber(),
                input.college(),
                input.major(),
                input.degree(),
                input.graduationYear());
        return new UpdateGraduateProfilePayload(service.updateGraduateProfile(profile));
    }

    @RolesAllowed(Role.GRADUATE)
    @Mutation("createResume")
    @NonNull
    @Description("Add a resume (graduates).")
    public CreateResumePayload createResume(@NonNull @Name("input") CreateResumeInput input) {
        return new CreateResumePayload(service.createResume(input.content()));
    }

    @RolesAllowed(Role.GRADUATE)
    @Mutation("updateResume")
    @NonNull
    @Description("Replace one of the caller's resumes (graduates).")
    public UpdateResumePayload updateResume(@NonNull @Name("input") UpdateResumeInput input) {
        long id = GlobalId.require(Resume.TYPE, input.resumeId(), "resumeId");
        return new UpdateResumePayload(service.updateResume(id, input.content()));
    }

    @RolesAllowed(Role.GRADUATE)
    @Mutation("deleteResume")
    @NonNull
    @Description("Delete one of the caller's resumes (graduates).")
    public DeleteResumePayload deleteResume(@NonNull @Name("input") DeleteResumeInput input) {
        long id = GlobalId.require(Resume.TYPE, input.resumeId(), "resumeId");
        service.deleteResume(id);
        return new DeleteResumePayload(input.resumeId());
    }

    @Name("email")
    @Description("Email address: personal data, visible to the graduate, staff, and employers it applied to.")
    public List<String> email(@Source List<Graduate> graduates) {
        return personal(graduates, Graduate::getEmail);
    }

    @Name("phone")
    @Description("Phone number: personal data, visible to the graduate, staff, and employers it applied to.")
    public List<String> phone(@Source List<Graduate> graduates) {
        return personal(graduates, Graduate::getPhone);
    }

    @Name("studentNumber")
    @Description("Student number: personal data, visible to the graduate, staff, and employers it applied to.")
    public List<String> studentNumber(@Source List<Graduate> graduates) {
        return personal(graduates, Graduate::getStudentNumber);
    }

    @Name("resumes")
    @NonNull
    @Description(
            "The graduate's resumes; visible to the graduate and staff (employers see the resume of an application).")
    public List<@NonNull List<@NonNull Resume>> resumes(@Source List<Graduate> graduates) {
        Map<Long, List<Resume>> byGraduate = service.resumesOf(graduates);
        return graduates.stream()
                .map(g -> byGraduate.getOrDefault(g.getId(), List.of()))
                .toList();
    }

    private List<String> personal(List<Graduate> graduates, Function<Graduate, String> value) {
        Set<Long> allowed = service.mayReadPersonalData(graduates);
        List<String> values = new ArrayList<>(graduates.size());
        for (Graduate graduate : graduates) {
            values.add(allowed.contains(graduate.getId()) ? value.apply(graduate) : null);
        }
        return values;
    }
}
