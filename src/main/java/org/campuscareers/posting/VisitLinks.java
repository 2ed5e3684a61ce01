package org.campuscareers.posting;

import java.time.OffsetDateTime;

/**
 * Which employer visit a new posting opened: a rule of the employer-relations feature, which the
 * posting feature asks when a posting is created without depending on it. The relations feature
 * provides the bean.
 */
public interface VisitLinks {

    /**
     * The visit (by number) a posting of this employer created at {@code createdAt} is linked to:
     * {@code requestedVisitId} (a global id) when given, which must qualify ({@code BAD_USER_INPUT}
     * on {@code visitId} otherwise), else the employer's latest qualifying visit; null for none.
     */
    Long visitFor(long employerId, String requestedVisitId, OffsetDateTime createdAt);
}
