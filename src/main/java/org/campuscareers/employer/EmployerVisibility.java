package org.campuscareers.employer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which employers everyone may see, and for which ones their members may act: the one definition
 * behind {@link EmployerService#canSee}, the employer list's conditions, the posting search's join,
 * the sessions a suspended host holds, and {@link Membership} (which reads ACTING). Members of an employer and staff see
 * the employer itself whatever its status; members of a SUSPENDED employer act for it in nothing
 * (they see none of its postings, sessions or applicants) until staff reinstate it.
 */
public final class EmployerVisibility {

    /** The statuses in which an employer is public: verified and not suspended. */
    static final Set<EmployerStatus> PUBLIC = EnumSet.of(EmployerStatus.VERIFIED);

    /** The statuses in which an employer's members act for it: every one but SUSPENDED. */
    static final Set<EmployerStatus> ACTING = EnumSet.complementOf(EnumSet.of(EmployerStatus.SUSPENDED));

    private EmployerVisibility() {}

    /** The public statuses, for statements that bind them as a parameter. */
    public static Set<EmployerStatus> publicStatuses() {
        return PUBLIC;
    }

    public static boolean isPublic(Employer employer) {
        return PUBLIC.contains(employer.getStatus());
    }

    /**
     * The rule on a status column, as SQL for statements that join the employer table (enum names
     * are constants of the code, safe as literals, and keep the statement's text fixed for the planner).
     */
    public static String publicSql(String statusColumn) {
        return statusColumn + " in ("
                + String.join(
                        ", ", PUBLIC.stream().map(s -> "'" + s.name() + "'").toList()) + ")";
    }
}
