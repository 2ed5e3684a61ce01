package org.campuscareers.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.employer.Employer;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.FetchProfile;
import org.hibernate.annotations.FetchProfileOverride;

/**
 * A livestreamed recruitment session (直播带岗), hosted by an employer (a company's recruiter, a lab
 * presenting research-assistant posts) or by the career center itself. Lifecycle: SCHEDULED, then
 * LIVE when a host starts it, then ENDED; or CANCELLED while still scheduled. Only a SCHEDULED
 * session can be edited; questions are taken while SCHEDULED or LIVE.
 */
@Entity
@Table(name = "recruitment_session")
@FetchProfile(name = RecruitmentSession.WITH_HOST)
@Description("A livestreamed recruitment session with live Q&A and featured postings.")
public class RecruitmentSession implements Node {

    public static final String TYPE = "RecruitmentSession";

    /** The fetch profile that reads a session's host in the statement that reads the session. */
    public static final String WITH_HOST = "RecruitmentSession.withHost";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String description;

    @Column(name = "host_employer_id")
    private Long hostEmployerId;

    /**
     * The same column as an association, read only and never read through this field: it lets a page
     * of sessions join its hosts ({@link SessionService#list}, through the fetch profile
     * {@link #WITH_HOST}), which then stay in the session for {@code host}'s lookup by id.
     * {@code hostEmployerId} writes the column.
     */
    @Ignore
    @FetchProfileOverride(profile = WITH_HOST)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_employer_id", insertable = false, updatable = false)
    private Employer host;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    @Column(name = "stream_url")
    private String streamUrl;

    private boolean moderated;

    @Enumerated(EnumType.STRING)
    private RecruitmentSessionStatus status;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "viewers_peak")
    private int viewersPeak;

    @Column(name = "viewer_count")
    private int viewerCount;

    /** Kept by SessionEventLog in SQL; read here so that a snapshot knows which events follow it. */
    @Column(name = "last_event_seq", insertable = false, updatable = false)
    private long lastEventSeq;

    protected RecruitmentSession() {}

    public static RecruitmentSession schedule(SessionPlan plan, Long hostEmployerId, String createdBy) {
        RecruitmentSession session = new RecruitmentSession();
        session.hostEmployerId = hostEmployerId;
        session.status = RecruitmentSessionStatus.SCHEDULED;
        session.createdBy = createdBy;
        session.createdAt = OffsetDateTime.now();
        session.apply(plan);
        return session;
    }

    public void edit(SessionPlan plan) {
        if (status != RecruitmentSessionStatus.SCHEDULED) {
            throw ApiException.conflict("Only a scheduled session can be edited; this one is " + status);
        }
        apply(plan);
    }

    private void apply(SessionPlan plan) {
        title = plan.title();
        description = plan.description();
        startsAt = plan.startsAt();
        endsAt = plan.endsAt();
        streamUrl = plan.streamUrl();
        moderated = plan.moderated();
    }

    public void start() {
        if (status != RecruitmentSessionStatus.SCHEDULED) {
            throw ApiException.conflict("Only a scheduled session can start; this one is " + status);
        }
        status = RecruitmentSessionStatus.LIVE;
        startedAt = OffsetDateTime.now();
    }

    public void end() {
        if (status != RecruitmentSessionStatus.LIVE) {
            throw ApiException.conflict("Only a live session can end; this one is " + status);
        }
        status = RecruitmentSessionStatus.ENDED;
        endedAt = OffsetDateTime.now();
    }

    public void cancel() {
        if (status != RecruitmentSessionStatus.SCHEDULED) {
            throw ApiException.conflict("Only a scheduled session can be cancelled; this one is " + status);
        }
        status = RecruitmentSessionStatus.CANCELLED;
        endedAt = OffsetDateTime.now();
    }

    /** Questions, featured-posting changes and registrations are taken until the session is over. */
    @Ignore
    public boolean isOpen() {
        return status == RecruitmentSessionStatus.SCHEDULED || status == RecruitmentSessionStatus.LIVE;
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The session's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @NonNull
    @Description("The session's title.")
    public String getTitle() {
        return title;
    }

    @Description("What the session is about.")
    public String getDescription() {
        return description;
    }

    /** The number of the session's latest event when this row was read. */
    @Ignore
    public long getLastEventSeq() {
        return lastEventSeq;
    }

    @Ignore
    public Long getHostEmployerId() {
        return hostEmployerId;
    }

    @NonNull
    @Description("Where it stands.")
    public RecruitmentSessionStatus getStatus() {
        return status;
    }

    @NonNull
    @Description("When it is planned to start.")
    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    @NonNull
    @Description("When it is planned to end.")
    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    @Description("Where the video stream plays.")
    public String getStreamUrl() {
        return streamUrl;
    }

    @NonNull
    @Description("Whether new questions wait for a moderator before viewers see them.")
    public boolean isModerated() {
        return moderated;
    }

    @Description("When it actually started.")
    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    @Description("When it actually ended (or was cancelled).")
    public OffsetDateTime getEndedAt() {
        return endedAt;
    }

    @NonNull
    @Description("How many viewers watch now, across all replicas (updated at most once a second).")
    public int getViewerCount() {
        return viewerCount;
    }

    @Ignore
    public int getViewersPeak() {
        return viewersPeak;
    }
}
