package org.campuscareers.outcome;

import org.eclipse.microprofile.graphql.Description;

@Description("Who recorded a destination.")
public enum OutcomeSource {
    @Description("The graduate, for itself.")
    GRADUATE,
    @Description("Career-center staff, for a graduate who did not answer; always with a note.")
    STAFF,
    @Description("Proposed when the graduate accepted an offer through the service, linked to the posting.")
    OFFER
}
