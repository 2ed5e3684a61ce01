package org.campuscareers.employer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which employers everyone may see: the one definition behind {@link EmployerService#canSee}, the
 * employer list's conditions and the posting search's join. Members of an employer and staff see
 * it whatever its status.
 */
public final class EmployerVisibility {

    /** The statuses in which an employer is public: verified and not suspended. */
    static final Set<EmployerStatus> PUBLIC = EnumSet.of(EmployerStatus.VERIFIED);

    private EmployerVisibility() {}

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
