package org.campuscareers.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.Immutable;

/**
 * One change staff made to a verified employer's status (a suspension or a reinstatement), as the
 * history keeps it: made by {@link Employer#suspend} and {@link Employer#reinstate}, added and
 * never changed. Who made it ({@link #getChangedBy}) is for staff only; the employer's members read
 * the rest ({@link EmployerService#statusChanges}).
 */
@Entity
@Immutable
@Table(name = "employer_status_change")
@Name("EmployerStatusChange")
@Description("A suspension or reinstatement of an employer by staff: when, from which status to which, and why.")
public class EmployerStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id")
    private Long employerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private EmployerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private EmployerStatus toStatus;

    private String reason;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected EmployerStatusChange() {}

    EmployerStatusChange(
            long employerId,
            EmployerStatus from,
            EmployerStatus to,
            String reason,
            String changedBy,
            OffsetDateTime changedAt) {
        this.employerId = employerId;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Ignore
    public Long getEmployerId() {
        return employerId;
    }

    @NonNull
    @Name("from")
    @Description("The status before: VERIFIED for a suspension, SUSPENDED for a reinstatement.")
    public EmployerStatus getFrom() {
        return fromStatus;
    }

    @NonNull
    @Name("to")
    @Description("The status after: SUSPENDED or VERIFIED.")
    public EmployerStatus getTo() {
        return toStatus;
    }

    @NonNull
    @Description("Why, as staff wrote it.")
    public String getReason() {
        return reason;
    }

    @NonNull
    @Description("When.")
    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    @Ignore
    public String getChangedBy() {
        return changedBy;
    }
}
