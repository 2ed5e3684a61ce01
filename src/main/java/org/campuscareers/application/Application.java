package org.campuscareers.application;

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
import org.campuscareers.graduate.ResumeSnapshot;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A graduate's application to a posting, at most one per graduate and posting. Lifecycle:
 * SUBMITTED, then the employer moves it forward through VIEWED, INTERVIEWING and OFFERED (skipping
 * ahead is allowed, going back is not) or REJECTS it; the graduate may WITHDRAW it before it ends,
 * and ACCEPTS or DECLINES an offer. ACCEPTED, DECLINED, REJECTED and WITHDRAWN are final. Every move
 * yields an {@link ApplicationTransition} naming who made it.
 */
@Entity
@Table(name = "application")
@Description("A graduate's application to a posting.")
public class Application implements Node {

    public static final String TYPE = "Application";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "posting_id")
    private Long postingId;

    @Column(name = "graduate_id")
    private Long graduateId;

    @Column(name = "resume_id")
    private Long resumeId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    /** The resume as it was sent; employers read this, never the graduate's later edits. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "resume_snapshot")
    private ResumeSnapshot resumeSnapshot;

    @Column(name = "cover_letter")
    private String coverLetter;

    @Column(name = "source_session_id")
    private Long sourceSessionId;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Application() {}

    public static Application submit(
            long postingId,
            long graduateId,
            Long resumeId,
            ResumeSnapshot resumeSnapshot,
            String coverLetter,
            Long sourceSessionId) {
        Application application = new Application();
        application.postingId = postingId;
        application.graduateId = graduateId;
        application.resumeId = resumeId;
        application.resumeSnapshot = resumeSnapshot;
        application.coverLetter = coverLetter;
        application.sourceSessionId = sourceSessionId;
        application.status = ApplicationStatus.SUBMITTED;
        application.submittedAt = OffsetDateTime.now();
        application.updatedAt = application.submittedAt;
        return application;
    }

    /** The employer moves the application forward or rejects it. */
    public ApplicationTransition moveByEmployer(ApplicationStatus to, String actor, String note) {
        boolean forward = to.isEmployerStep() && !status.isFinal() && to.ordinal() > status.ordinal();
        boolean reject = to == ApplicationStatus.REJECTED && !status.isFinal();
        if (!forward && !reject) {
            throw ApiException.conflict("An employer cannot move an application from " + status + " to " + to);
        }
        return moveTo(to, actor, note);
    }

    public ApplicationTransition withdraw(String actor, String note) {
        if (status.isFinal()) {
            throw ApiException.conflict("A " + status + " application cannot be withdrawn");
        }
        return moveTo(ApplicationStatus.WITHDRAWN, actor, note);
    }

    public ApplicationTransition respondToOffer(boolean accept, String actor, String note) {
        if (status != ApplicationStatus.OFFERED) {
            throw ApiException.conflict("Only an offer can be accepted or declined; this application is " + status);
        }
        return moveTo(accept ? ApplicationStatus.ACCEPTED : ApplicationStatus.DECLINED, actor, note);
    }

    private ApplicationTransition moveTo(ApplicationStatus to, String actor, String note) {
        ApplicationTransition transition = ApplicationTransition.of(id, status, to, actor, note);
        status = to;
        updatedAt = transition.getOccurredAt();
        return transition;
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The application's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public Long getPostingId() {
        return postingId;
    }

    @Ignore
    public Long getGraduateId() {
        return graduateId;
    }

    @Ignore
    public Long getResumeId() {
        return resumeId;
    }

    @Ignore
    public ResumeSnapshot getResumeSnapshot() {
        return resumeSnapshot;
    }

    @Ignore
    public Long getSourceSessionId() {
        return sourceSessionId;
    }

    @NonNull
    @Description("Where the application stands.")
    public ApplicationStatus getStatus() {
        return status;
    }

    @Description("The graduate's cover letter.")
    public String getCoverLetter() {
        return coverLetter;
    }

    @NonNull
    @Description("When the graduate applied.")
    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    @NonNull
    @Description("When its status last changed.")
    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
