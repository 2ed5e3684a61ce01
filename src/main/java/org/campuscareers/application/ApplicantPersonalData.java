package org.campuscareers.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import org.campuscareers.employer.Membership;
import org.campuscareers.graduate.ApplicantAccess;

/**
 * Employers read an applicant's contact details through the application it sent them: members of
 * an employer may read those of graduates who applied to one of its postings.
 */
@ApplicationScoped
class ApplicantPersonalData implements ApplicantAccess {

    private final ApplicationRepository applications;
    private final Membership membership;

    ApplicantPersonalData(ApplicationRepository applications, Membership membership) {
        this.applications = applications;
        this.membership = membership;
    }

    @Override
    public Set<Long> readableThroughApplications(Collection<Long> graduateIds) {
        Set<Long> employers = membership.employerIds();
        if (employers.isEmpty() || graduateIds.isEmpty()) {
            return Set.of();
        }
        return applications.applicantsOf(graduateIds, employers);
    }
}
