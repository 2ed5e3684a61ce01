package org.campuscareers.employer;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;

@ApplicationScoped
public class EmployerStatusChangeRepository implements PagedRepository<EmployerStatusChange> {

    /** An employer's history, latest change first (the index employer_status_change_employer_idx). */
    static final Keyset<EmployerStatusChange> LATEST_FIRST = Keyset.<EmployerStatusChange>of("employerStatusChanges")
            .desc("changedAt", KeyType.TIMESTAMP, EmployerStatusChange::getChangedAt)
            .thenId("id", true, EmployerStatusChange::getId);
}
