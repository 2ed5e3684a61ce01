package org.campuscareers.outcome;

import java.time.LocalDate;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Check;

/** What a report says about a destination, checked field by field. */
public record OutcomeReport(
        DestinationCategory category,
        String organization,
        String region,
        LocalDate startsOn,
        Integer monthlySalary,
        Long postingId,
        String evidenceNote) {

    public static OutcomeReport checked(
            DestinationCategory category,
            String organization,
            String region,
            LocalDate startsOn,
            Integer monthlySalary,
            Long postingId,
            String evidenceNote) {
        Check.required("category", category);
        String checkedOrganization = Check.optionalText("organization", organization, 200);
        if (checkedOrganization == null && category.needsOrganization()) {
            throw ApiException.badInput(
                    "organization", "organization (the employer, school or programme) is required for " + category);
        }
        if (startsOn != null && (startsOn.getYear() < 1950 || startsOn.getYear() > 2100)) {
            throw ApiException.badInput("startsOn", "startsOn must be between 1950 and 2100");
        }
        return new OutcomeReport(
                category,
                checkedOrganization,
                Check.optionalText("region", region, 100),
                startsOn,
                Check.range("monthlySalary", monthlySalary, 0, 1_000_000),
                postingId,
                Check.optionalText("evidenceNote", evidenceNote, 1000));
    }
}
