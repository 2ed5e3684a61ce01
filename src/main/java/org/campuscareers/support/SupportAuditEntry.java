package org.campuscareers.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.campuscareers.common.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of the support records' audit log: who read which records, when, through which
 * operation. Written by {@link SupportService} in the transaction of the read; never changed (the
 * table refuses updates and deletes). It names records by id only: reading the log shows nobody
 * what a record holds.
 */
@Entity
@Immutable
@Table(name = "support_audit")
@Name("SupportAuditEntry")
@Description("One read of support records by staff, as the audit log holds it (admins only).")
public class SupportAuditEntry {

    @jakarta.persistence.Id
    private Long id;

    @Column(name = "read_by")
    private String readBy;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    private String operation;

    @Column(name = "record_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    private Long[] recordIds;

    protected SupportAuditEntry() {}

    @Ignore
    public Long getId() {
        return id;
    }

    @NonNull
    @Description("The OIDC subject of the staff member who read.")
    public String getReadBy() {
        return readBy;
    }

    @NonNull
    @Description("When.")
    public OffsetDateTime getReadAt() {
        return readAt;
    }

    @NonNull
    @Description("The operation that read them (`supportRecords`, `node`, `addSupportNote`, ...).")
    public String getOperation() {
        return operation;
    }

    @NonNull
    @Id
    @Description("The records read, by their global ids.")
    public List<@NonNull String> getRecords() {
        return Arrays.stream(recordIds)
                .map(id -> GlobalId.of(SupportRecord.TYPE, id))
                .toList();
    }
}
