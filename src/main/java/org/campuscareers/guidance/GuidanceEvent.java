package org.campuscareers.guidance;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.campuscareers.graduate.Graduate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One meeting of a guidance event (a course's meetings are one event each: each has its own
 * places, door and no-shows). Eligible graduates register until it starts; a full event puts them
 * on its waitlist, promoted exactly as for counselling slots. Staff check graduates in at the door
 * from {@code campus.guidance.check-in-opens-before} the start until the end; afterwards the
 * registrations not checked in become NO_SHOW and the attendance is closed.
 */
@Entity
@Table(name = "guidance_event")
@Description("A career-center event graduates register for: a course meeting, a job-search camp, mock interviews, a"
        + " mock recruitment contest, a talk or a workshop.")
public class GuidanceEvent implements Node {

    public static final String TYPE = "GuidanceEvent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    @Enumerated(EnumType.STRING)
    private GuidanceEventKind kind;

    private String description;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    private String location;

    @Embedded
    @AttributeOverride(name = "taken", column = @Column(name = "registered"))
    private Places places;

    @Column(name = "colleges")
    private String[] colleges;

    @Column(name = "degrees")
    private String[] degrees;

    @Column(name = "graduation_years")
    private Integer[] graduationYears;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "attendance_closed_at")
    private OffsetDateTime attendanceClosedAt;

    protected GuidanceEvent() {}

    static GuidanceEvent create(EventPlan plan, String staffSubject) {
        GuidanceEvent event = new GuidanceEvent();
        event.title = plan.title();
        event.kind = plan.kind();
        event.description = plan.description();
        event.startsAt = plan.startsAt();
        event.endsAt = plan.endsAt();
        event.location = plan.location();
        event.places = new Places(plan.capacity());
        event.colleges = plan.eligibility().colleges().toArray(String[]::new);
        event.degrees = plan.eligibility().degrees().stream().map(Enum::name).toArray(String[]::new);
        event.graduationYears = plan.eligibility().graduationYears().toArray(Integer[]::new);
        event.createdBy = staffSubject;
        event.createdAt = Moments.now();
        return event;
    }

    /**
     * An eligible graduate asks for a place, until the start: registered if one is free and the
     * graduate may take it, otherwise waitlisted. Call only with the event locked.
     */
    GuidanceRegistration register(Graduate graduate, boolean mayTakeFreePlace) {
        if (!startsAt.isAfter(OffsetDateTime.now())) {
            throw ApiException.conflict("Registration closed when the event started");
        }
        String refusal = getEligibility().refusal(graduate);
        if (refusal != null) {
            throw ApiException.forbidden(refusal);
        }
        return GuidanceRegistration.request(this, graduate.getId(), places.admit(mayTakeFreePlace));
    }

    /** Whether the door is open: from the check-in opening before the start until the end, unless closed. */
    void requireCheckInOpen(java.time.Duration opensBefore) {
        OffsetDateTime now = Moments.now();
        if (attendanceClosedAt != null || !now.isBefore(endsAt)) {
            throw ApiException.conflict("The event has ended; its attendance is closed");
        }
        if (now.isBefore(startsAt.minus(opensBefore))) {
            throw ApiException.conflict("Check-in opens at " + startsAt.minus(opensBefore));
        }
    }

    /** After the end: the attendance is closed (the service marks the missing as NO_SHOW). */
    void closeAttendance() {
        attendanceClosedAt = Moments.now();
    }

    @Ignore
    public boolean hasStarted() {
        return !startsAt.isAfter(OffsetDateTime.now());
    }

    Places places() {
        return places;
    }

    @Ignore
    public Long getId() {
        return id;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("The event's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @NonNull
    @Description("The event's title.")
    public String getTitle() {
        return title;
    }

    @NonNull
    @Description("What kind of event it is.")
    public GuidanceEventKind getKind() {
        return kind;
    }

    @NonNull
    @Description("What it offers and who it is for.")
    public String getDescription() {
        return description;
    }

    @NonNull
    @Description("When it starts; registration closes then.")
    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    @NonNull
    @Description("When it ends.")
    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    @Description("Where it takes place.")
    public String getLocation() {
        return location;
    }

    @NonNull
    @Description("How many graduates it takes.")
    public int getCapacity() {
        return places.capacity();
    }

    @NonNull
    @Description("Places taken (registered, attended or no-show).")
    public int getRegistered() {
        return places.taken();
    }

    @NonNull
    @Description("Graduates on the waitlist.")
    public int getWaitlisted() {
        return places.waitlisted();
    }

    @NonNull
    @Description("Who may register.")
    public Eligibility getEligibility() {
        return new Eligibility(
                Arrays.asList(colleges),
                Arrays.stream(degrees).map(Degree::valueOf).toList(),
                List.of(graduationYears));
    }

    @Description("When the attendance was closed after the end (registrations not checked in became NO_SHOW).")
    public OffsetDateTime getAttendanceClosedAt() {
        return attendanceClosedAt;
    }
}
