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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One piece of a counsellor's published time, for one graduate or (capacity above one) a small
 * group. Graduates book it until it starts; a full slot puts them on its waitlist in arrival order,
 * and a freed place goes to the first in line. Its counters change only under its row lock (see
 * {@link Places}); slots are never moved, so appointments copy the start time.
 */
@Entity
@Table(name = "counselling_slot")
@Description("A counsellor's time that graduates book: one graduate, or a small group for group counselling.")
public class CounsellingSlot implements Node {

    public static final String TYPE = "CounsellingSlot";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "counsellor_subject")
    private String counsellorSubject;

    @Column(name = "counsellor_name")
    private String counsellorName;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    @Enumerated(EnumType.STRING)
    private MeetingMode mode;

    private String location;

    @Column(name = "topics")
    private String[] topicNames;

    @Embedded
    @AttributeOverride(name = "taken", column = @Column(name = "booked"))
    private Places places;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected CounsellingSlot() {}

    /** The slots of a block, in order: its time range cut into pieces of the block's length. */
    static List<CounsellingSlot> cut(SlotBlock block, String counsellorSubject, String counsellorName) {
        List<CounsellingSlot> slots = new ArrayList<>();
        for (OffsetDateTime start = block.startsAt();
                start.isBefore(block.endsAt());
                start = start.plus(block.slotLength())) {
            CounsellingSlot slot = new CounsellingSlot();
            slot.counsellorSubject = counsellorSubject;
            slot.counsellorName = counsellorName;
            slot.startsAt = start;
            slot.endsAt = start.plus(block.slotLength());
            slot.mode = block.mode();
            slot.location = block.location();
            slot.topicNames = block.topics().stream().map(Enum::name).toArray(String[]::new);
            slot.places = new Places(block.capacity());
            slot.createdAt = Moments.now();
            slots.add(slot);
        }
        return slots;
    }

    /**
     * A graduate asks for a place: booked if one is free and the graduate may take it, otherwise
     * waitlisted. Call only with the slot locked.
     */
    Appointment book(long graduateId, CounsellingTopic topic, String note, boolean mayTakeFreePlace) {
        if (hasStarted()) {
            throw ApiException.conflict("This slot has already started; choose a later one");
        }
        if (!getTopics().contains(topic)) {
            throw ApiException.badInput("topic", "This slot is for " + String.join(", ", topicNames) + " only");
        }
        Integer position = places.admit(mayTakeFreePlace);
        return Appointment.request(this, graduateId, topic, note, position);
    }

    /** Whether a freed place is worth giving on: not once the slot has started. */
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
    @Description("The slot's opaque global id.")
    public String getGlobalId() {
        return GlobalId.of(TYPE, id);
    }

    @Ignore
    public String getCounsellorSubject() {
        return counsellorSubject;
    }

    @NonNull
    @Description("The counsellor's name (public).")
    public String getCounsellorName() {
        return counsellorName;
    }

    @NonNull
    @Description("When it starts.")
    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    @NonNull
    @Description("When it ends.")
    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    @NonNull
    @Description("In person or online.")
    public MeetingMode getMode() {
        return mode;
    }

    @Description("Where: a room for IN_PERSON, a meeting link or room for ONLINE.")
    public String getLocation() {
        return location;
    }

    @NonNull
    @Description("What the counsellor offers in this slot; a booking names one of them.")
    public List<@NonNull CounsellingTopic> getTopics() {
        return Arrays.stream(topicNames).map(CounsellingTopic::valueOf).toList();
    }

    @NonNull
    @Description("How many graduates it takes (more than one for group counselling).")
    public int getCapacity() {
        return places.capacity();
    }

    @NonNull
    @Description("Places taken (booked, attended or no-show).")
    public int getBooked() {
        return places.taken();
    }

    @NonNull
    @Description("Graduates on the waitlist.")
    public int getWaitlisted() {
        return places.waitlisted();
    }
}
