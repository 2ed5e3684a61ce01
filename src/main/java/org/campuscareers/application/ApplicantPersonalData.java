package org.campuscareers.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.campuscareers.employer.Membership;
import org.campuscareers.graduate.ApplicantAccess;

/**
 * Employers read an applicant's personal data (contact details, student number, the resume it sent)
 * only through an application to one of their postings that is still active: not WITHDRAWN, and not
 * REJECTED more than {@link #GRACE_AFTER_REJECTION} ago (time to tell the graduate, or to reconsider).
 * The one rule of every path: the graduate's contact fields (on {@code Application.graduate},
 * {@code node(id:)}, any nested graduate) through {@link #readableThroughApplications}, the resume
 * of an application through {@link #opensApplicant}; the SQL is built from the same constants.
 */
@ApplicationScoped
class ApplicantPersonalData implements ApplicantAccess {

    /** How long a rejected application still shows the employer who the applicant is. */
    static final Duration GRACE_AFTER_REJECTION = Duration.ofDays(30);

    /** Statuses that close the applicant's data to the employer at once. */
    static final Set<ApplicationStatus> CLOSED = EnumSet.of(ApplicationStatus.WITHDRAWN);

    /** Statuses that close it after the grace period, counted from the move (REJECTED is final). */
    static final Set<ApplicationStatus> CLOSING = EnumSet.of(ApplicationStatus.REJECTED);

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
        return applications.applicantsOf(graduateIds, employers, activeSql("a"), closingSince());
    }

    /** Whether this application still opens its applicant's data to the posting's employer. */
    static boolean opensApplicant(Application application) {
        return !CLOSED.contains(application.getStatus())
                && (!CLOSING.contains(application.getStatus())
                        || application.getUpdatedAt().isAfter(closingSince()));
    }

    /**
     * {@link #opensApplicant} on an application table alias, as SQL; bind {@code :closingSince} to
     * {@link #closingSince()} (enum names are constants of the code, safe as literals).
     */
    static String activeSql(String alias) {
        return alias + ".status not in (" + names(CLOSED) + ") and (" + alias + ".status not in (" + names(CLOSING)
                + ") or " + alias + ".updated_at > :closingSince)";
    }

    static OffsetDateTime closingSince() {
        return OffsetDateTime.now().minus(GRACE_AFTER_REJECTION);
    }

    private static String names(Set<ApplicationStatus> statuses) {
        return String.join(
                ", ", statuses.stream().map(s -> "'" + s.name() + "'").toList());
    }
}
