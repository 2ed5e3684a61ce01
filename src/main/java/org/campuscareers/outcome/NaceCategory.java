package org.campuscareers.outcome;

import org.eclipse.microprofile.graphql.Description;

/** NACE's first-destination categories (the US standard for reporting graduates' outcomes). */
@Description("NACE first-destination categories.")
public enum NaceCategory {
    @Description("Employed: full-time or part-time, entrepreneurs, freelancers, research posts.")
    EMPLOYED,
    @Description("In a service programme: military service, volunteer or grassroots service programmes.")
    SERVICE,
    @Description("Continuing education: enrolled in further study, at home or abroad.")
    CONTINUING_EDUCATION,
    @Description("Still seeking employment or further study.")
    SEEKING,
    @Description("Not seeking employment or further study for now.")
    NOT_SEEKING;

    /** Whether NACE's outcome rate counts this category as a positive outcome. */
    public boolean isPositive() {
        return this == EMPLOYED || this == SERVICE || this == CONTINUING_EDUCATION;
    }
}
