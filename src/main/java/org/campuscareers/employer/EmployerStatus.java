package org.campuscareers.employer;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an employer stands in verification by career-center staff.")
public enum EmployerStatus {
    @Description("Registered, waiting for staff to verify it.")
    PENDING_VERIFICATION,
    @Description("Verified by staff: its published postings are public.")
    VERIFIED,
    @Description("Staff declined to verify it.")
    REJECTED,
    @Description("Suspended by staff: its postings and sessions are hidden from everyone but staff, and its members"
            + " act for it in nothing, until staff reinstate it.")
    SUSPENDED
}
