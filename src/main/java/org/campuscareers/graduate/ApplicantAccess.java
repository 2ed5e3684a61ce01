package org.campuscareers.graduate;

import java.util.Collection;
import java.util.Set;

/**
 * Which graduates' personal data the caller may read as an employer: a rule of the application
 * feature (employers see it through the applications they receive), which the graduate feature
 * asks without depending on it. The application feature provides the bean.
 */
public interface ApplicantAccess {

    /**
     * Of these graduates, those whose contact details the caller may read through their applications
     * that are still active (not withdrawn, not rejected beyond the grace period).
     */
    Set<Long> readableThroughApplications(Collection<Long> graduateIds);
}
