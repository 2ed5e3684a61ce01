package org.campuscareers.employer;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;

@ApplicationScoped
public class EmployerInvitationRepository implements PagedRepository<EmployerInvitation> {

    /** An employer's invitations, newest first (the index employer_invitation_employer_idx). */
    static final Keyset<EmployerInvitation> NEWEST_FIRST = Keyset.<EmployerInvitation>of("employerInvitations")
            .desc("invitedAt", KeyType.TIMESTAMP, EmployerInvitation::getInvitedAt)
            .thenId("id", true, EmployerInvitation::getId);

    /**
     * The invitation, locked until the transaction ends, so that two acceptances, or an acceptance
     * and a revocation, cannot both pass.
     */
    EmployerInvitation findForUpdate(long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The subject's invitations that can still be accepted, newest first. */
    List<EmployerInvitation> openFor(String subject) {
        return list(
                "subject = :subject and " + EmployerInvitationState.PENDING.hql() + " order by "
                        + NEWEST_FIRST.orderBy(),
                Parameters.with("subject", subject).and("now", OffsetDateTime.now()));
    }
}
