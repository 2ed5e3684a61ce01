package org.campuscareers.posting;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a posting stands in review: DRAFT → PENDING_REVIEW → PUBLISHED or REJECTED, then CLOSED.")
public enum PostingStatus {
    @Description("Being written by the employer; only its members and staff see it.")
    DRAFT,
    @Description("Submitted, waiting for staff review.")
    PENDING_REVIEW,
    @Description("Approved by staff and open to applications until its deadline.")
    PUBLISHED,
    @Description("Declined by staff; the employer may edit and submit it again.")
    REJECTED,
    @Description("No longer open: closed by the employer or staff, or its deadline passed.")
    CLOSED
}
