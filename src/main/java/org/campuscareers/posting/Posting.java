package org.campuscareers.posting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Degree;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A post an employer offers. Lifecycle: an employer member writes a DRAFT and submits it
 * (PENDING_REVIEW); staff approve it (PUBLISHED, visible to all while its employer is verified) or
 * reject it with a reason (REJECTED, editable and submittable again). A PUBLISHED posting is CLOSED
 * by its employer or staff, or automatically once its deadline passes. Only DRAFT and REJECTED
 * postings can be edited, and salaryMin never exceeds salaryMax.
 */
@Entity
@Table(name = "posting")
@Description("A post an employer offers to graduates: a job, an internship, a research-assistant post, a placement.")
public class Posting implements Node {

    public static final String TYPE = "Posting";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id")
    private Long employerId;

    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private PostingKind kind;

    @Enumerated(EnumType.STRING)
    private PostingStatus status;

    private String region;

    @Column(name = "salary_min")
    private Integer salaryMin;

    @Column(name = "salary_max")
    private Integer salaryMax;

    private int headcount;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_degree")
    private Degree minDegree;

    @Column(name = "majors")
    private String[] majorNames;

    private OffsetDateTime deadline;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "review_reason")
    private String reviewReason;

    @Column(name = "visit_id")
    private Long visitId;

    protected Posting() {}

    public static Posting draft(long employerId, PostingContent content, String createdBy) {
        Posting posting = new Posting();
        posting.employerId = employerId;
        posting.status = PostingStatus.DRAFT;
        posting.createdBy = createdBy;
        posting.createdAt = OffsetDateTime.now();
        posting.apply(content);
        return posting;
    }

    /** The employer visit that opened this posting, decided once when it is created. */
    void linkToVisit(Long visit) {
        visitId = visit;
    }

    public void edit(PostingContent content) {
        if (status != PostingStatus.DRAFT && status != PostingStatus.REJECTED) {
            throw ApiException.conflict("Only a draft or rejected posting can be edited; this one is " + status);
        }
        apply(content);
    }

    private void apply(PostingContent content) {
        title = content.title();
        description = content.description();
        kind = content.kind();
        region = content.region();
        salaryMin = content.salaryMin();
        salaryMax = content.salaryMax();
        headcount = content.headcount();
        minDegree = content.minDegree();
        majorNames = content.majors().toArray(String[]::new);
        deadline = content.deadline();
        updatedAt = OffsetDateTime.now();
    }

    /** The employer sends a draft (or a rejected posting, edited) to staff for review. */
    public void submit() {
        if (status != PostingStatus.DRAFT && status != PostingStatus.REJECTED) {
            throw ApiException.conflict("Only a draft or rejected posting can be submitted; this one is " + status);
        }
        if (deadline != null && !deadline.isAfter(OffsetDateTime.now())) {
            throw ApiException.conflict("The posting's deadline has passed; edit it before submitting");
        }
        status = PostingStatus.PENDING_REVIEW;
        submittedAt = OffsetDateTime.now();
        updatedAt = submittedAt;
    }

    public void review(String staffSubject, boolean approve, String reason) {
        if (status != PostingStatus.PENDING_REVIEW) {
            throw ApiException.conflict("Only a posting pending review can be reviewed; this one is " + status);
        }
        OffsetDateTime now = OffsetDateTime.now();
        status = approve ? PostingStatus.PUBLISHED : PostingStatus.REJECTED;
        publishedAt = approve ? now : null;
        reviewedBy = staffSubject;
        reviewReason = reason;
        updatedAt = now;
    }

    public void close() {
        if (status != PostingStatus.PUBLISHED) {
            throw ApiException.conflict("Only a published posting can be closed; this one is " + status);
        }
        status = PostingStatus.CLOSED;
        closedAt = OffsetDateTime.now();
        updatedAt = closedAt;
    }

    /** Graduates may apply while it is published and its deadline has not passed. */
    @Ignore
    public boolean isOpenForApplications() {
        return status == PostingStatus.PUBLISHED && (deadline == null || deadline.isAfter(OffsetDateTime.now()));
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The posting's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public Long getEmployerId() {
        return employerId;
    }

    @NonNull
    @Description("The post's title.")
    public String getTitle() {
        return title;
    }

    @NonNull
    @Description("What the post involves and asks for.")
    public String getDescription() {
        return description;
    }

    @NonNull
    @Description("What kind of post it is.")
    public PostingKind getKind() {
        return kind;
    }

    @NonNull
    @Description("Where it stands in review.")
    public PostingStatus getStatus() {
        return status;
    }

    @NonNull
    @Description("Where the work is.")
    public String getRegion() {
        return region;
    }

    @Description("The bottom of the monthly salary range, in yuan.")
    public Integer getSalaryMin() {
        return salaryMin;
    }

    @Description("The top of the monthly salary range, in yuan.")
    public Integer getSalaryMax() {
        return salaryMax;
    }

    @NonNull
    @Description("How many people the employer means to hire.")
    public int getHeadcount() {
        return headcount;
    }

    @Description("The lowest degree an applicant needs, if any.")
    public Degree getMinDegree() {
        return minDegree;
    }

    @NonNull
    @Description("The majors the employer looks for; empty when any major will do.")
    public List<@NonNull String> getMajors() {
        return majorNames == null ? List.of() : Arrays.asList(majorNames);
    }

    @Description("When it was published.")
    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    @Description("When it was last sent to review.")
    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    @Description("The last moment to apply; after it the posting closes.")
    public OffsetDateTime getDeadline() {
        return deadline;
    }

    @NonNull
    @Description("When it was created.")
    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Ignore
    public String getReviewReason() {
        return reviewReason;
    }

    /** The employer visit this posting was linked to when it was created, if any (its number). */
    @Ignore
    public Long getVisitId() {
        return visitId;
    }
}
