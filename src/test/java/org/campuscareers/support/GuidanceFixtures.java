package org.campuscareers.support;

import static org.campuscareers.support.GraphQLClient.as;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Counselling slots, guidance events and the graduates who use them, made through the public API. */
public final class GuidanceFixtures {

    public static final String PUBLISH = """
            mutation($input: PublishCounsellingSlotsInput!) {
              publishCounsellingSlots(input: $input) { slots { id startsAt endsAt capacity booked waitlisted counsellorName } }
            }""";
    public static final String BOOK = """
            mutation($input: BookAppointmentInput!) {
              bookAppointment(input: $input) { appointment { id status waitlistPosition topic note } }
            }""";
    public static final String CANCEL = """
            mutation($input: CancelAppointmentInput!) {
              cancelAppointment(input: $input) { appointment { id status lateCancellation waitlistPosition } }
            }""";
    public static final String ATTENDANCE = """
            mutation($input: RecordAppointmentAttendanceInput!) {
              recordAppointmentAttendance(input: $input) { appointment { id status counsellorNote } }
            }""";
    public static final String SLOT = """
            query($id: ID!) { node(id: $id) { ... on CounsellingSlot { id capacity booked waitlisted } } }""";
    public static final String SLOT_APPOINTMENTS = """
            query($slot: ID!) {
              appointments(first: 100, filter: {slotId: $slot}) {
                totalCount nodes { id status waitlistPosition graduate { id } }
              }
            }""";
    public static final String CREATE_EVENT = """
            mutation($input: CreateGuidanceEventInput!) {
              createGuidanceEvent(input: $input) {
                event { id title kind capacity registered waitlisted eligibility { colleges degrees graduationYears } }
              }
            }""";
    public static final String REGISTER = """
            mutation($input: RegisterForGuidanceEventInput!) {
              registerForGuidanceEvent(input: $input) { registration { id status waitlistPosition } }
            }""";
    public static final String CANCEL_REGISTRATION = """
            mutation($input: CancelGuidanceRegistrationInput!) {
              cancelGuidanceRegistration(input: $input) { registration { id status lateCancellation } }
            }""";
    public static final String CHECK_IN = """
            mutation($input: CheckInToGuidanceEventInput!) {
              checkInToGuidanceEvent(input: $input) { registration { id status checkedInAt graduate { id } } }
            }""";
    public static final String EVENT = """
            query($id: ID!) { node(id: $id) { ... on GuidanceEvent { id capacity registered waitlisted } } }""";
    public static final String STANDING = """
            { viewer { guidanceStanding { noShows limit restricted termStartsOn termEndsOn liftedAt } } }""";
    public static final String NOTIFICATIONS = """
            subscription {
              myNotifications {
                type occurredAt
                about {
                  id
                  ... on Appointment { appointmentStatus: status slot { id } }
                  ... on GuidanceRegistration { registrationStatus: status event { id } }
                }
              }
            }""";

    private GuidanceFixtures() {}

    /**
     * A future time no other test uses: a random whole minute between a month and a century ahead, so that one
     * counsellor's slots never collide across runs and lists filtered by time hold only this test's.
     */
    public static OffsetDateTime freeTime() {
        long minutes = 60L * 24 * 30 + (UUID.randomUUID().getMostSignificantBits() & 0x3FFFFFFL);
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusMinutes(minutes);
    }

    public static Map<String, Object> block(OffsetDateTime startsAt, int slotMinutes, int slots, int capacity) {
        Map<String, Object> input = new HashMap<>();
        input.put("startsAt", startsAt.toString());
        input.put("endsAt", startsAt.plusMinutes((long) slotMinutes * slots).toString());
        input.put("slotMinutes", slotMinutes);
        input.put("capacity", capacity);
        input.put("mode", "IN_PERSON");
        input.put("location", "学生就业指导中心 201");
        input.put("topics", List.of("CAREER_PLANNING", "RESUME", "INTERVIEW"));
        return input;
    }

    /** Publishes slots as this counsellor and returns their ids. */
    public static List<String> publish(
            Tokens.User counsellor, OffsetDateTime startsAt, int minutes, int slots, int capacity) {
        return as(counsellor, PUBLISH, "input", block(startsAt, minutes, slots, capacity))
                .get("publishCounsellingSlots.slots.id");
    }

    /** One slot starting at {@code startsAt}. */
    public static String slot(Tokens.User counsellor, OffsetDateTime startsAt, int capacity) {
        return publish(counsellor, startsAt, 30, 1, capacity).get(0);
    }

    public static GraphQLClient.Result book(Tokens.User graduate, String slotId) {
        return as(graduate, BOOK, "input", Map.of("slotId", slotId, "topic", "RESUME"));
    }

    public static GraphQLClient.Result cancel(Tokens.User user, String appointmentId) {
        return as(user, CANCEL, "input", Map.of("appointmentId", appointmentId));
    }

    /** A new graduate whose profile has these facts (null leaves one out). */
    public static Tokens.User graduate(String studentNumber, String college, String degree, Integer graduationYear) {
        Tokens.User user = Tokens.newUser("grad", "graduate");
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", "Graduate " + user.subject().substring(5, 13));
        profile.put("email", user.subject() + "@example.edu");
        profile.put("studentNumber", studentNumber);
        profile.put("college", college);
        profile.put("degree", degree);
        profile.put("graduationYear", graduationYear);
        as(
                        user,
                        "mutation($input: UpdateGraduateProfileInput!) { updateGraduateProfile(input: $input) { graduate { id } } }",
                        "input",
                        profile)
                .get("updateGraduateProfile.graduate.id");
        return user;
    }

    public static String graduateId(Tokens.User user) {
        return as(user, "{ viewer { graduate { id } } }").get("viewer.graduate.id");
    }

    /** A unique student number. */
    public static String studentNumber() {
        return "S" + Long.toUnsignedString(UUID.randomUUID().getMostSignificantBits() & 0xFFFFFFFFFFL);
    }

    public static Map<String, Object> event(OffsetDateTime startsAt, int capacity, Map<String, Object> eligibility) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "模拟面试 " + UUID.randomUUID().toString().substring(0, 8));
        input.put("kind", "MOCK_INTERVIEW");
        input.put("description", "一对一模拟面试。");
        input.put("startsAt", startsAt.toString());
        input.put("endsAt", startsAt.plusHours(3).toString());
        input.put("location", "多功能厅");
        input.put("capacity", capacity);
        if (eligibility != null) {
            input.put("eligibility", eligibility);
        }
        return input;
    }

    public static String createEvent(
            Tokens.User staff, OffsetDateTime startsAt, int capacity, Map<String, Object> eligibility) {
        return as(staff, CREATE_EVENT, "input", event(startsAt, capacity, eligibility))
                .get("createGuidanceEvent.event.id");
    }

    public static GraphQLClient.Result register(Tokens.User graduate, String eventId) {
        return as(graduate, REGISTER, "input", Map.of("eventId", eventId));
    }
}
