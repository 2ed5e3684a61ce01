package org.campuscareers.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;

@ApplicationScoped
public class SupportAuditRepository implements PagedRepository<SupportAuditEntry> {

    /** Latest read first (the index support_audit_read_idx). */
    static final Keyset<SupportAuditEntry> LATEST_FIRST = Keyset.<SupportAuditEntry>of("supportAuditLog")
            .desc("readAt", KeyType.TIMESTAMP, SupportAuditEntry::getReadAt)
            .thenId("id", true, SupportAuditEntry::getId);
}
