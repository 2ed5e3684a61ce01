package org.campuscareers.guidance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.campuscareers.common.Check;
import org.campuscareers.common.Degree;
import org.campuscareers.graduate.Graduate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * Who may register for a guidance event: a graduate must match every list that is not empty (AND
 * across colleges, degrees and graduation years) by matching one of its values (OR within a list).
 * The one home of that rule: registration asks {@link #refusal} and reports its reason.
 */
@Type("Eligibility")
@Description("Who may register: every non-empty list must hold the graduate's value; an empty list allows everyone.")
public record Eligibility(
        @NonNull @Description("Colleges whose graduates may register; empty for all.")
        List<@NonNull String> colleges,

        @NonNull @Description("Degrees being earned that may register; empty for all.")
        List<@NonNull Degree> degrees,

        @NonNull @Description("Graduation years that may register; empty for all.")
        List<@NonNull Integer> graduationYears) {

    public static final Eligibility EVERYONE = new Eligibility(List.of(), List.of(), List.of());

    public Eligibility {
        colleges = List.copyOf(colleges);
        degrees = List.copyOf(degrees);
        graduationYears = List.copyOf(graduationYears);
    }

    /** The lists as staff typed them, trimmed, without repeats; {@code null} lists allow everyone. */
    public static Eligibility checked(List<String> colleges, List<Degree> degrees, List<Integer> graduationYears) {
        LinkedHashSet<String> cleanColleges = new LinkedHashSet<>();
        if (colleges != null) {
            Check.size("eligibility.colleges", colleges, 50);
            for (String college : colleges) {
                cleanColleges.add(Check.text("eligibility.colleges", college, 1, 100));
            }
        }
        LinkedHashSet<Integer> years = new LinkedHashSet<>();
        if (graduationYears != null) {
            Check.size("eligibility.graduationYears", graduationYears, 20);
            for (Integer year : graduationYears) {
                Check.range(
                        "eligibility.graduationYears", Check.required("eligibility.graduationYears", year), 1950, 2100);
                years.add(year);
            }
        }
        List<Degree> cleanDegrees = degrees == null ? List.of() : List.copyOf(new LinkedHashSet<>(degrees));
        return new Eligibility(List.copyOf(cleanColleges), cleanDegrees, List.copyOf(years));
    }

    /** Why this graduate may not register, naming every list it misses; {@code null} if it may. */
    @Ignore
    public String refusal(Graduate graduate) {
        List<String> reasons = new ArrayList<>();
        if (!colleges.isEmpty() && (graduate.getCollege() == null || !colleges.contains(graduate.getCollege()))) {
            reasons.add("it is open to graduates of " + String.join(" or ", colleges) + ", and your profile "
                    + (graduate.getCollege() == null ? "names no college" : "says " + graduate.getCollege()));
        }
        if (!degrees.isEmpty() && (graduate.getDegree() == null || !degrees.contains(graduate.getDegree()))) {
            reasons.add("it is open to " + degrees.stream().map(Degree::name).collect(Collectors.joining(" or "))
                    + " students, and your profile "
                    + (graduate.getDegree() == null ? "names no degree" : "says " + graduate.getDegree()));
        }
        if (!graduationYears.isEmpty()
                && (graduate.getGraduationYear() == null || !graduationYears.contains(graduate.getGraduationYear()))) {
            reasons.add("it is open to the classes of "
                    + graduationYears.stream().map(String::valueOf).collect(Collectors.joining(" or "))
                    + ", and your profile "
                    + (graduate.getGraduationYear() == null
                            ? "names no graduation year"
                            : "says " + graduate.getGraduationYear()));
        }
        return reasons.isEmpty() ? null : "You may not register for this event: " + String.join("; ", reasons);
    }
}
