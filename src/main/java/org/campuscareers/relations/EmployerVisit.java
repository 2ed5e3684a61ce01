package org.campuscareers.relations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Staff's visit to an employer to open new posts (访企拓岗): on a day, by named visitors, with the
 * number of posts the employer promised. A follow-up visit (回访) points at an earlier or same-day
 * visit of the same employer and counts its own promises. A visit never changes once recorded;
 * postings the employer creates in the 180 days after it are linked to it ({@link VisitLinking}).
 * Only staff see visits.
 */
@Entity
@Table(name = "employer_visit")
@Description("Career-center staff's visit to an employer to open new posts (访企拓岗); staff only.")
public class EmployerVisit implements Node {

    public static final String TYPE = "EmployerVisit";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employer_id")
    private Long employerId;

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    // Not named like its getter: the schema builder would take the array for the List it returns.
    @Column(name = "visitors")
    private String[] visitorNames;

    @Column(name = "posts_promised")
    private int postsPromised;

    private String notes;

    @Column(name = "follow_up_of")
    private Long followUpOf;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected EmployerVisit() {}

    static EmployerVisit record(VisitReport report, Long followUpOf, String staffSubject) {
        EmployerVisit visit = new EmployerVisit();
        visit.employerId = report.employerId();
        visit.visitedOn = report.visitedOn();
        visit.visitorNames = report.visitors().toArray(String[]::new);
        visit.postsPromised = report.postsPromised();
        visit.notes = report.notes();
        visit.followUpOf = followUpOf;
        visit.recordedBy = staffSubject;
        visit.recordedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        return visit;
    }

    /** Whether a visit of this employer on {@code day} may be recorded as a follow-up of this one. */
    boolean mayBeFollowedUpOn(long employer, LocalDate day) {
        return employerId == employer && !day.isBefore(visitedOn);
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The visit's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public Long getEmployerId() {
        return employerId;
    }

    @NonNull
    @Description("The day of the visit.")
    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    @NonNull
    @Description("Who visited: 1 to 10 names, as staff wrote them (trimmed, in Unicode NFKC).")
    public List<@NonNull String> getVisitors() {
        return visitorNames == null ? List.of() : Arrays.asList(visitorNames);
    }

    @NonNull
    @Description("How many posts the employer promised on this visit (0 to 10000).")
    public int getPostsPromised() {
        return postsPromised;
    }

    @Description("Staff's notes on the visit.")
    public String getNotes() {
        return notes;
    }

    @Ignore
    public Long getFollowUpOf() {
        return followUpOf;
    }

    @NonNull
    @Description("The OIDC subject of the staff member who recorded the visit.")
    public String getRecordedBy() {
        return recordedBy;
    }

    @NonNull
    @Description("When the visit was recorded.")
    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
