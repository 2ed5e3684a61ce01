package org.campuscareers.application;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an application stands. The employer moves it forward (VIEWED, INTERVIEWING, OFFERED) or"
        + " rejects it; the graduate may withdraw it, and accepts or declines an offer.")
public enum ApplicationStatus {
    @Description("Sent by the graduate.")
    SUBMITTED,
    @Description("Opened by the employer.")
    VIEWED,
    @Description("The graduate is being interviewed.")
    INTERVIEWING,
    @Description("The employer made an offer.")
    OFFERED,
    @Description("The graduate accepted the offer.")
    ACCEPTED,
    @Description("The graduate declined the offer.")
    DECLINED,
    @Description("The employer turned the application down.")
    REJECTED,
    @Description("The graduate withdrew it.")
    WITHDRAWN;

    /** Ended applications move no further. */
    public boolean isFinal() {
        return this == ACCEPTED || this == DECLINED || this == REJECTED || this == WITHDRAWN;
    }

    /** The steps an employer takes, in order; it may skip ahead but never go back. */
    boolean isEmployerStep() {
        return this == VIEWED || this == INTERVIEWING || this == OFFERED;
    }
}
