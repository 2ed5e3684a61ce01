package org.campuscareers.guidance;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a registration for a guidance event stands.")
public enum GuidanceRegistrationStatus {
    @Description("The graduate has a place.")
    REGISTERED,
    @Description("The event was full (or the graduate may only wait): in line at `waitlistPosition`, promoted to"
            + " REGISTERED when a place frees.")
    WAITLISTED,
    @Description("Cancelled by the graduate or by staff.")
    CANCELLED,
    @Description("Checked in at the door.")
    ATTENDED,
    @Description("Had a place but was not checked in by the end of the event: counts on the no-show ledger.")
    NO_SHOW
}
