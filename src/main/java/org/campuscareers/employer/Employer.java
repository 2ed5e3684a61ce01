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
import org.campuscareers.common.ApiException;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An organisation that recruits graduates: a company, one of the university's research groups, an
 * international organisation, a government body or a campus unit. It is registered by one of its
 * members as PENDING_VERIFICATION; staff verify it (VERIFIED) or reject it (REJECTED). Staff may
 * suspend a VERIFIED employer (SUSPENDED) and reinstate it (VERIFIED again); each of those moves
 * yields an {@link EmployerStatusChange} for the history. Only the postings and sessions of a
 * VERIFIED employer are public, and members act only for an employer that is not SUSPENDED
 * ({@link EmployerVisibility}).
 */
@Entity
@Table(name = "employer")
@Description("An organisation that recruits graduates through the career center.")
public class Employer implements Node {

    public static final String TYPE = "Employer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private EmployerKind kind;

    @Enumerated(EnumType.STRING)
    private Industry industry;

    private String region;
    private String description;

    @Enumerated(EnumType.STRING)
    private EmployerStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    protected Employer() {}

    public static Employer register(
            String name, EmployerKind kind, Industry industry, String region, String description, String registeredBy) {
        Employer employer = new Employer();
        employer.name = name;
        employer.kind = kind;
        employer.industry = industry;
        employer.region = region;
        employer.description = description;
        employer.status = EmployerStatus.PENDING_VERIFICATION;
        employer.registeredBy = registeredBy;
        employer.registeredAt = OffsetDateTime.now();
        return employer;
    }

    /** Staff decide on a pending (or earlier rejected) employer. */
    public void verify(String staffSubject, boolean approve, String reason) {
        if (status != EmployerStatus.PENDING_VERIFICATION && status != EmployerStatus.REJECTED) {
            throw ApiException.conflict(
                    "Only an employer pending verification or rejected can be verified; this one is " + status);
        }
        status = approve ? EmployerStatus.VERIFIED : EmployerStatus.REJECTED;
        statusReason = reason;
        verifiedBy = staffSubject;
        verifiedAt = OffsetDateTime.now();
    }

    /** Staff suspend a verified employer; nothing else can be suspended. */
    public EmployerStatusChange suspend(String staffSubject, String reason) {
        if (status != EmployerStatus.VERIFIED) {
            throw ApiException.conflict("Only a verified employer can be suspended; this one is " + status);
        }
        return moveTo(EmployerStatus.SUSPENDED, staffSubject, reason);
    }

    /** Staff lift a suspension; the employer is VERIFIED again. */
    public EmployerStatusChange reinstate(String staffSubject, String reason) {
        if (status != EmployerStatus.SUSPENDED) {
            throw ApiException.conflict("Only a suspended employer can be reinstated; this one is " + status);
        }
        return moveTo(EmployerStatus.VERIFIED, staffSubject, reason);
    }

    private EmployerStatusChange moveTo(EmployerStatus to, String staffSubject, String reason) {
        EmployerStatusChange change =
                new EmployerStatusChange(id, status, to, reason, staffSubject, OffsetDateTime.now());
        status = to;
        statusReason = reason;
        return change;
    }

    @Ignore
    public boolean isVerified() {
        return status == EmployerStatus.VERIFIED;
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The employer's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @NonNull
    @Description("The employer's name.")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("What kind of organisation it is.")
    public EmployerKind getKind() {
        return kind;
    }

    @NonNull
    @Description("The industry it works in.")
    public Industry getIndustry() {
        return industry;
    }

    @NonNull
    @Description("Where it is, as a province or city name (for example 北京 or Shanghai).")
    public String getRegion() {
        return region;
    }

    @Description("What the employer says about itself.")
    public String getDescription() {
        return description;
    }

    @NonNull
    @Description("Where it stands in verification.")
    public EmployerStatus getStatus() {
        return status;
    }

    @Ignore
    public String getStatusReason() {
        return statusReason;
    }

    @NonNull
    @Description("When it was registered.")
    public OffsetDateTime getRegisteredAt() {
        return registeredAt;
    }
}
