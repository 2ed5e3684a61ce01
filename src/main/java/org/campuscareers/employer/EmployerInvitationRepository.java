package org.campuscareers.employer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class EmployerInvitationRepository implements PanacheRepository<EmployerInvitation> {

    /** The invitation, locked until the transaction ends, so that two acceptances cannot both pass. */
    EmployerInvitation findForUpdate(long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The subject's invitations that can still be accepted, newest first. */
    List<EmployerInvitation> openFor(String subject) {
        return list(
                "subject = ?1 and acceptedAt is null and expiresAt > ?2 order by invitedAt desc, id desc",
                subject,
                OffsetDateTime.now());
    }
}
