package org.campuscareers.graduate;

import java.util.ArrayList;
import java.util.List;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Check;

/** What a graduate writes in a resume, checked field by field. */
public record ResumeContent(
        String title, String summary, List<Education> education, List<Experience> experience, List<String> skills) {

    private static final String YEAR_MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    public static ResumeContent checked(
            String title, String summary, List<Education> education, List<Experience> experience, List<String> skills) {
        List<Education> cleanEducation = new ArrayList<>();
        for (Education e : Check.size("education", education == null ? List.of() : education, 20)) {
            Check.range("education.startYear", e.startYear(), 1950, 2100);
            Check.range("education.endYear", e.endYear(), 1950, 2100);
            if (e.startYear() != null && e.endYear() != null && e.startYear() > e.endYear()) {
                throw ApiException.badInput("education.startYear", "education.startYear must not be after endYear");
            }
            cleanEducation.add(new Education(
                    Check.text("education.school", e.school(), 1, 200),
                    e.degree(),
                    Check.optionalText("education.major", e.major(), 100),
                    e.startYear(),
                    e.endYear()));
        }
        List<Experience> cleanExperience = new ArrayList<>();
        for (Experience e : Check.size("experience", experience == null ? List.of() : experience, 30)) {
            cleanExperience.add(new Experience(
                    Check.text("experience.organization", e.organization(), 1, 200),
                    Check.text("experience.role", e.role(), 1, 100),
                    yearMonth("experience.start", e.start()),
                    yearMonth("experience.end", e.end()),
                    Check.optionalText("experience.description", e.description(), 2000)));
        }
        List<String> cleanSkills = new ArrayList<>();
        for (String skill : Check.size("skills", skills == null ? List.of() : skills, 50)) {
            cleanSkills.add(Check.text("skills", skill, 1, 50));
        }
        return new ResumeContent(
                Check.text("title", title, 1, 100),
                Check.optionalText("summary", summary, 2000),
                List.copyOf(cleanEducation),
                List.copyOf(cleanExperience),
                List.copyOf(cleanSkills));
    }

    private static String yearMonth(String field, String value) {
        String text = Check.optionalText(field, value, 7);
        if (text != null && !text.matches(YEAR_MONTH)) {
            throw ApiException.badInput(field, field + " must look like 2025-07");
        }
        return text;
    }
}
