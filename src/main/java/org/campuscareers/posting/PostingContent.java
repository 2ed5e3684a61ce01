package org.campuscareers.posting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Check;
import org.campuscareers.common.Degree;

/** What an employer writes in a posting, checked field by field before it reaches the entity. */
public record PostingContent(
        String title,
        String description,
        PostingKind kind,
        String region,
        Integer salaryMin,
        Integer salaryMax,
        int headcount,
        Degree minDegree,
        List<String> majors,
        OffsetDateTime deadline) {

    public static final int MAX_SALARY = 10_000_000;

    public static PostingContent checked(
            String title,
            String description,
            PostingKind kind,
            String region,
            Integer salaryMin,
            Integer salaryMax,
            Integer headcount,
            Degree minDegree,
            List<String> majors,
            OffsetDateTime deadline) {
        Check.range("salaryMin", salaryMin, 0, MAX_SALARY);
        Check.range("salaryMax", salaryMax, 0, MAX_SALARY);
        if (salaryMin != null && salaryMax != null && salaryMin > salaryMax) {
            throw ApiException.badInput("salaryMin", "salaryMin must not exceed salaryMax");
        }
        Check.required("headcount", headcount);
        Check.range("headcount", headcount, 1, 100_000);
        List<String> cleanMajors = new ArrayList<>();
        if (majors != null) {
            Check.size("majors", majors, 20);
            for (String major : majors) {
                cleanMajors.add(Check.text("majors", major, 1, 100));
            }
        }
        return new PostingContent(
                Check.text("title", title, 1, 200),
                Check.text("description", description, 1, 20000),
                Check.required("kind", kind),
                Check.text("region", region, 1, 100),
                salaryMin,
                salaryMax,
                headcount,
                minDegree,
                List.copyOf(cleanMajors),
                Check.future("deadline", deadline));
    }
}
