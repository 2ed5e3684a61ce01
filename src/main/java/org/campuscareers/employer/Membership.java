package org.campuscareers.employer;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.Role;

/**
 * The employers the caller acts for, read once per request. Ownership checks of every feature
 * (postings, applications, sessions) go through here. A membership counts only while the caller's
 * token holds the {@code employer} role: a recruiter whose role the identity provider withdrew
 * acts for nobody from its next request on, whatever rows remain.
 */
@RequestScoped
public class Membership {

    private final Caller caller;
    private final EmployerRepository employers;
    private Set<Long> employerIds;

    public Membership(Caller caller, EmployerRepository employers) {
        this.caller = caller;
        this.employers = employers;
    }

    public Set<Long> employerIds() {
        if (employerIds == null) {
            employerIds = caller.isSignedIn() && caller.hasRole(Role.EMPLOYER)
                    ? employers.employerIdsOfMember(caller.subject())
                    : Set.of();
        }
        return employerIds;
    }

    public boolean isMemberOf(long employerId) {
        return employerIds().contains(employerId);
    }

    /** Staff, or a member of this employer; {@code FORBIDDEN} otherwise. */
    public void requireMemberOrStaff(long employerId) {
        caller.requireSignedIn();
        if (!caller.isStaff() && !isMemberOf(employerId)) {
            throw ApiException.forbidden("Only members of this employer or staff may do this");
        }
    }

    /** A member of this employer; {@code FORBIDDEN} otherwise. */
    public void requireMember(long employerId) {
        caller.requireSignedIn();
        if (!isMemberOf(employerId)) {
            throw ApiException.forbidden("Only members of this employer may do this");
        }
    }

    /** Forget the cached memberships after the caller's memberships changed in this request. */
    void refresh() {
        employerIds = null;
    }
}
