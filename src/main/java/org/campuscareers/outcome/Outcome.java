package org.campuscareers.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One version of a graduate's destination in one cohort (its graduation year). A cohort has at
 * most one current version per graduate; a new report supersedes it and keeps it, so the chain
 * of versions ({@code previousId}) is the history: who reported what, when, and what changed.
 * Evidence starts SELF_REPORTED on every version; staff verify or reject the current one, and a
 * category the Ministry requires proof for cannot be verified without an evidence note.
 * Superseded versions never change.
 */
@Entity
@Table(name = "outcome")
@Description("A graduate's destination (毕业去向) in one cohort, in the Ministry's and NACE's categories.")
public class Outcome implements Node {

    public static final String TYPE = "Outcome";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "graduate_id")
    private Long graduateId;

    @Column(name = "cohort_year")
    private int cohortYear;

    @Enumerated(EnumType.STRING)
    private DestinationCategory category;

    private String organization;
    private String region;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "monthly_salary")
    private Integer monthlySalary;

    @Column(name = "posting_id")
    private Long postingId;

    @Enumerated(EnumType.STRING)
    private EvidenceStatus evidence;

    @Column(name = "evidence_note")
    private String evidenceNote;

    @Column(name = "evidence_by")
    private String evidenceBy;

    @Column(name = "evidence_at")
    private OffsetDateTime evidenceAt;

    @Column(name = "evidence_reason")
    private String evidenceReason;

    @Enumerated(EnumType.STRING)
    private OutcomeSource source;

    private String note;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;

    @Column(name = "previous_id")
    private Long previousId;

    @Column(name = "superseded_at")
    private OffsetDateTime supersededAt;

    protected Outcome() {}

    /** A new current version, superseding {@code previous} (which may be null: the first report). */
    static Outcome report(
            long graduateId,
            int cohortYear,
            OutcomeReport report,
            OutcomeSource source,
            String actor,
            String note,
            Outcome previous) {
        Outcome outcome = new Outcome();
        outcome.graduateId = graduateId;
        outcome.cohortYear = cohortYear;
        outcome.category = report.category();
        outcome.organization = report.organization();
        outcome.region = report.region();
        outcome.startsOn = report.startsOn();
        outcome.monthlySalary = report.monthlySalary();
        outcome.postingId = report.postingId();
        outcome.evidenceNote = report.evidenceNote();
        outcome.evidence = EvidenceStatus.SELF_REPORTED;
        outcome.source = source;
        outcome.note = note;
        outcome.reportedBy = actor;
        outcome.reportedAt = OffsetDateTime.now();
        if (previous != null) {
            previous.supersede(outcome.reportedAt);
            outcome.previousId = previous.id;
        }
        return outcome;
    }

    private void supersede(OffsetDateTime at) {
        if (supersededAt != null) {
            throw new IllegalStateException("Outcome " + id + " was already superseded");
        }
        supersededAt = at;
    }

    /**
     * Staff verify the current version ({@code evidenceNote} adds to or replaces the note it has),
     * or reject it with a reason. CONFLICT for a superseded version; BAD_USER_INPUT for a category
     * that needs proof and has no evidence note.
     */
    void decide(boolean approve, String staffSubject, String reason, String newEvidenceNote) {
        if (supersededAt != null) {
            throw ApiException.conflict("A newer report superseded this destination; decide on the current one");
        }
        if (approve) {
            String note = newEvidenceNote != null ? newEvidenceNote : evidenceNote;
            if (category.needsEvidence() && note == null) {
                throw ApiException.badInput(
                        "evidenceNote",
                        category + " (" + category.ministryName()
                                + ") can be verified only with an evidence note saying what proves it");
            }
            evidenceNote = note;
            evidence = EvidenceStatus.VERIFIED;
            evidenceReason = null;
        } else {
            if (reason == null) {
                throw ApiException.badInput("reason", "A reason is required to reject a destination");
            }
            evidence = EvidenceStatus.REJECTED;
            evidenceReason = reason;
        }
        evidenceBy = staffSubject;
        evidenceAt = OffsetDateTime.now();
    }

    /** The fields in which this version differs from the one it superseded. */
    List<String> changesFrom(Outcome previous) {
        List<String> changes = new ArrayList<>();
        if (previous == null) {
            return changes;
        }
        if (category != previous.category) {
            changes.add("category");
        }
        if (!Objects.equals(organization, previous.organization)) {
            changes.add("organization");
        }
        if (!Objects.equals(region, previous.region)) {
            changes.add("region");
        }
        if (!Objects.equals(startsOn, previous.startsOn)) {
            changes.add("startsOn");
        }
        if (!Objects.equals(monthlySalary, previous.monthlySalary)) {
            changes.add("monthlySalary");
        }
        if (!Objects.equals(postingId, previous.postingId)) {
            changes.add("posting");
        }
        if (!Objects.equals(evidenceNote, previous.evidenceNote)) {
            changes.add("evidenceNote");
        }
        return changes;
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The destination version's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public Long getGraduateId() {
        return graduateId;
    }

    @NonNull
    @Description("The cohort: the graduate's graduation year when this was reported.")
    public int getCohortYear() {
        return cohortYear;
    }

    @NonNull
    @Description("The destination in the Ministry's categories.")
    public DestinationCategory getCategory() {
        return category;
    }

    @NonNull
    @Description("The destination in NACE's categories, derived from `category`.")
    public NaceCategory getNaceCategory() {
        return category.nace();
    }

    @Description("The employer, school or programme.")
    public String getOrganization() {
        return organization;
    }

    @Description("Where (province, city or country).")
    public String getRegion() {
        return region;
    }

    @Description("When the job, study or programme starts.")
    public LocalDate getStartsOn() {
        return startsOn;
    }

    @Description("Monthly salary in yuan, if employed and given.")
    public Integer getMonthlySalary() {
        return monthlySalary;
    }

    @Ignore
    public Long getPostingId() {
        return postingId;
    }

    @NonNull
    @Description("Whether staff have checked it.")
    public EvidenceStatus getEvidence() {
        return evidence;
    }

    @Description("What proves the destination (a contract number, a certificate of employment, an admission"
            + " letter); required to verify OTHER_EMPLOYMENT, RESEARCH_ASSISTANT and FREELANCE.")
    public String getEvidenceNote() {
        return evidenceNote;
    }

    @Description("Why staff rejected it.")
    public String getEvidenceReason() {
        return evidenceReason;
    }

    @Description("When staff verified or rejected it.")
    public OffsetDateTime getEvidenceDecidedAt() {
        return evidenceAt;
    }

    @NonNull
    @Description("Who recorded this version.")
    public OutcomeSource getSource() {
        return source;
    }

    @Ignore
    public String getNote() {
        return note;
    }

    @NonNull
    @Description("The OIDC subject of whoever recorded this version (the graduate, or a staff member).")
    public String getReportedBy() {
        return reportedBy;
    }

    @NonNull
    @Description("When this version was recorded.")
    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }

    @Ignore
    public Long getPreviousId() {
        return previousId;
    }

    @NonNull
    @Description("Whether this is the graduate's current destination in the cohort (not superseded).")
    public boolean isCurrent() {
        return supersededAt == null;
    }

    @Description("When a newer report superseded this version; null for the current one.")
    public OffsetDateTime getSupersededAt() {
        return supersededAt;
    }
}
