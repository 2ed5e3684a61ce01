package org.campuscareers.employer;

import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.Role;

/**
 * The employers the caller acts for, read once per request. Ownership checks of every feature
 * (postings, applications, sessions) go through here. A membership counts only while the caller's
 * token holds the {@code employer} role: a recruiter whose role the identity provider withdrew
 * acts for nobody from its next request on, whatever rows remain. Nor does a membership of a
 * SUSPENDED employer count ({@link EmployerVisibility#ACTING}): its members keep seeing the employer
 * itself ({@link #belongsTo}), and nothing else of it, until staff reinstate it.
 */
@RequestScoped
public class Membership {

    private final Caller caller;
    private final EmployerRepository employers;
    private Map<Long, EmployerStatus> memberships;
    private Set<Long> employerIds;

    public Membership(Caller caller, EmployerRepository employers) {
        this.caller = caller;
        this.employers = employers;
    }

    /** The employers the caller acts for: its memberships of employers that are not suspended. */
    public Set<Long> employerIds() {
        if (employerIds == null) {
            employerIds = memberships().entrySet().stream()
                    .filter(m -> EmployerVisibility.ACTING.contains(m.getValue()))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toUnmodifiableSet());
        }
        return employerIds;
    }

    /**
     * The employers the caller is a member of whatever their status, for seeing the employer itself
     * (its status, why it was suspended, its members); acting for it goes by {@link #employerIds}.
     */
    public Set<Long> joinedEmployerIds() {
        return memberships().keySet();
    }

    public boolean belongsTo(long employerId) {
        return memberships().containsKey(employerId);
    }

    /** The caller's memberships with each employer's status: one statement per request. */
    private Map<Long, EmployerStatus> memberships() {
        if (memberships == null) {
            memberships = holdsRole() ? employers.membershipsOf(caller.subject()) : Map.of();
        }
        return memberships;
    }

    private boolean holdsRole() {
        return caller.isSignedIn() && caller.hasRole(Role.EMPLOYER);
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
        memberships = null;
        employerIds = null;
    }
}
