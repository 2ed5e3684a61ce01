package org.campuscareers.outcome;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a destination has been checked by the career center.")
public enum EvidenceStatus {
    @Description("As reported (by the graduate, or by staff for a graduate who did not answer); not yet checked.")
    SELF_REPORTED,
    @Description("Checked by staff against evidence.")
    VERIFIED,
    @Description("Rejected by staff; it does not count in any statistic.")
    REJECTED
}
