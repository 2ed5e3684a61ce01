package org.campuscareers.employer;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;

/**
 * Where an invitation stands. The one definition of each state, in Java ({@link #of}) and as the
 * HQL condition a list filters by ({@link #hql}), side by side so that they cannot drift apart
 * unnoticed ({@code EmployerInvitationManagementTest} filters by every state and reads it back).
 * Accepted and revoked are final; a pending invitation becomes expired by the clock alone.
 */
@Description("Where an invitation stands.")
public enum EmployerInvitationState {
    @Description("It can still be accepted: not accepted, not revoked, not expired.")
    PENDING("acceptedAt is null and revokedAt is null and expiresAt > :now"),

    @Description("The invited user accepted it and became a member.")
    ACCEPTED("acceptedAt is not null"),

    @Description("A member of the employer or staff revoked it before it was accepted.")
    REVOKED("revokedAt is not null"),

    @Description("Nobody accepted or revoked it within 7 days.")
    EXPIRED("acceptedAt is null and revokedAt is null and expiresAt <= :now");

    private final String hql;

    EmployerInvitationState(String hql) {
        this.hql = hql;
    }

    /** The condition on the invitation's properties, with {@code :now} bound to the moment of the list. */
    String hql() {
        return hql;
    }

    /** Whether the condition compares with the moment of the list ({@code :now}), which must then be bound. */
    boolean dependsOnTheClock() {
        return hql.contains(":now");
    }

    static EmployerInvitationState of(
            OffsetDateTime acceptedAt, OffsetDateTime revokedAt, OffsetDateTime expiresAt, OffsetDateTime now) {
        if (acceptedAt != null) {
            return ACCEPTED;
        }
        if (revokedAt != null) {
            return REVOKED;
        }
        return now.isBefore(expiresAt) ? PENDING : EXPIRED;
    }
}
