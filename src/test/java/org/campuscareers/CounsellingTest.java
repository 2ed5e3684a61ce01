package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;
import static org.campuscareers.support.GuidanceFixtures.book;
import static org.campuscareers.support.GuidanceFixtures.cancel;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.campuscareers.guidance.GuidanceHousekeeping;
import org.campuscareers.live.stream.NotificationHub;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.GraphQLWebSocket;
import org.campuscareers.support.GraphQLWebSocket.Protocol;
import org.campuscareers.support.GuidanceClock;
import org.campuscareers.support.GuidanceFixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/** Counselling slots and appointments: publishing, the waitlist, the limits, the windows, who sees what. */
@QuarkusTest
class CounsellingTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Vertx vertx;

    @Inject
    NotificationHub notifications;

    @Inject
    GuidanceHousekeeping housekeeping;

    @TestHTTPResource("/")
    URI uri;

    final Tokens.User counsellor = Fixtures.staff();

    @Test
    void shouldCutABlockIntoSlotsUnderTheCounsellorsName() {
        OffsetDateTime start = GuidanceFixtures.freeTime();
        Result published = as(counsellor, GuidanceFixtures.PUBLISH, "input", GuidanceFixtures.block(start, 45, 4, 2));
        List<String> starts = published.get("publishCounsellingSlots.slots.startsAt");
        assertThat(starts).hasSize(4);
        assertThat(OffsetDateTime.parse(starts.get(3))).isEqualTo(start.plusMinutes(135));
        assertThat(published.<List<String>>get("publishCounsellingSlots.slots.counsellorName"))
                .containsOnly("User " + counsellor.subject());
        assertThat(published.<List<Integer>>get("publishCounsellingSlots.slots.capacity"))
                .containsOnly(2);
    }

    @Test
    void shouldRefuseASlotOverlappingOneOfTheCounsellorsOwn() {
        OffsetDateTime start = GuidanceFixtures.freeTime();
        GuidanceFixtures.publish(counsellor, start, 60, 2, 1);
        Result overlapping = as(
                counsellor, GuidanceFixtures.PUBLISH, "input", GuidanceFixtures.block(start.plusMinutes(90), 60, 1, 1));
        assertThat(overlapping.errorCode()).isEqualTo("CONFLICT");
        // Right after the block, and another counsellor at the same time, are fine.
        GuidanceFixtures.publish(counsellor, start.plusMinutes(120), 60, 1, 1);
        GuidanceFixtures.publish(Fixtures.staff(), start, 60, 2, 1);
    }

    @Test
    void shouldNameTheFieldOfABadBlock() {
        OffsetDateTime start = GuidanceFixtures.freeTime();
        Map<String, String> fieldOf = new HashMap<>();
        Map<String, Object> ragged = GuidanceFixtures.block(start, 45, 2, 1);
        ragged.put("endsAt", start.plusMinutes(100).toString());
        fieldOf.put("endsAt", publishError(ragged));
        Map<String, Object> nowhere = GuidanceFixtures.block(start, 45, 2, 1);
        nowhere.remove("location");
        fieldOf.put("location", publishError(nowhere));
        fieldOf.put(
                "startsAt",
                publishError(GuidanceFixtures.block(OffsetDateTime.now().minusHours(1), 30, 1, 1)));
        fieldOf.put("capacity", publishError(GuidanceFixtures.block(start, 30, 1, 0)));
        fieldOf.put("slotMinutes", publishError(GuidanceFixtures.block(start, 5, 2, 1)));
        Map<String, Object> noTopic = GuidanceFixtures.block(start, 45, 2, 1);
        noTopic.put("topics", List.of());
        fieldOf.put("topics", publishError(noTopic));
        fieldOf.forEach((field, got) -> assertThat(got).as(field).isEqualTo("BAD_USER_INPUT " + field));
        assertThat(as(counsellor, GuidanceFixtures.SLOT_APPOINTMENTS, "slot", "bm9wZQ")
                        .errorField())
                .isEqualTo("filter.slotId");
    }

    private String publishError(Map<String, Object> input) {
        Result result = as(counsellor, GuidanceFixtures.PUBLISH, "input", input);
        return result.errorCode() + " " + result.errorField();
    }

    @Test
    void shouldWaitlistInArrivalOrderAndPromoteTheFirstWithANotification() {
        String slot = GuidanceFixtures.slot(counsellor, GuidanceFixtures.freeTime(), 1);
        Tokens.User first = Tokens.newUser("first", "graduate");
        Tokens.User second = Tokens.newUser("second", "graduate");
        Tokens.User third = Tokens.newUser("third", "graduate");
        String booked = book(first, slot).get("bookAppointment.appointment.id");
        Result waiting = book(second, slot);
        assertThat(waiting.<String>get("bookAppointment.appointment.status")).isEqualTo("WAITLISTED");
        assertThat(waiting.<Integer>get("bookAppointment.appointment.waitlistPosition"))
                .isEqualTo(1);
        String secondId = waiting.get("bookAppointment.appointment.id");
        assertThat(book(third, slot).<Integer>get("bookAppointment.appointment.waitlistPosition"))
                .isEqualTo(2);

        try (GraphQLWebSocket ws = GraphQLWebSocket.connect(vertx, uri, Protocol.TRANSPORT_WS, second.token())) {
            String subscription = ws.subscribe(GuidanceFixtures.NOTIFICATIONS, Map.of());
            Awaitility.await().atMost(WAIT).until(() -> notifications.subscriberCount() >= 1);
            assertThat(cancel(first, booked).<String>get("cancelAppointment.appointment.status"))
                    .isEqualTo("CANCELLED");
            JsonObject notification = ws.next(subscription, 1, WAIT).get(0).getJsonObject("myNotifications");
            assertThat(notification.getString("type")).isEqualTo("APPOINTMENT_CONFIRMED");
            assertThat(notification.getJsonObject("about").getString("id")).isEqualTo(secondId);
            assertThat(notification.getJsonObject("about").getString("appointmentStatus"))
                    .isEqualTo("BOOKED");
            assertThat(notification.getJsonObject("about").getJsonObject("slot").getString("id"))
                    .isEqualTo(slot);
        }
        Result list = as(counsellor, GuidanceFixtures.SLOT_APPOINTMENTS, "slot", slot);
        assertThat(list.<List<String>>get("appointments.nodes.status"))
                .containsExactly("CANCELLED", "BOOKED", "WAITLISTED");
        assertThat(list.<List<Integer>>get("appointments.nodes.waitlistPosition"))
                .containsExactly(null, null, 1);
        Result counts = as(first, GuidanceFixtures.SLOT, "id", slot);
        assertThat(counts.<Integer>get("node.booked")).isEqualTo(1);
        assertThat(counts.<Integer>get("node.waitlisted")).isEqualTo(1);
    }

    @Test
    void shouldRefuseBookingTheSameSlotTwiceAndATopicTheSlotDoesNotOffer() {
        String slot = GuidanceFixtures.slot(counsellor, GuidanceFixtures.freeTime(), 2);
        Tokens.User graduate = Tokens.newUser("twice", "graduate");
        book(graduate, slot).get("bookAppointment.appointment.id");
        assertThat(book(graduate, slot).errorCode()).isEqualTo("CONFLICT");
        Result offTopic = as(
                Tokens.newUser("abroad", "graduate"),
                GuidanceFixtures.BOOK,
                "input",
                Map.of("slotId", slot, "topic", "STUDY_ABROAD"));
        assertThat(offTopic.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(offTopic.errorField()).isEqualTo("topic");
        assertThat(book(graduate, "bm9wZQ").errorField()).isEqualTo("slotId");
    }

    @Test
    void shouldLetAGraduateHoldAtMostTwoUpcomingAppointments() {
        Tokens.User graduate = Tokens.newUser("keen", "graduate");
        List<String> slots = GuidanceFixtures.publish(counsellor, GuidanceFixtures.freeTime(), 30, 3, 1);
        String one = book(graduate, slots.get(0)).get("bookAppointment.appointment.id");
        book(Tokens.newUser("other", "graduate"), slots.get(1)).get("bookAppointment.appointment.id");
        // A waitlist place counts too: otherwise one student could queue for every slot.
        assertThat(book(graduate, slots.get(1)).<String>get("bookAppointment.appointment.status"))
                .isEqualTo("WAITLISTED");
        Result third = book(graduate, slots.get(2));
        assertThat(third.errorCode()).isEqualTo("CONFLICT");
        assertThat(third.errorMessage()).contains("2 upcoming appointments");
        cancel(graduate, one).get("cancelAppointment.appointment.id");
        assertThat(book(graduate, slots.get(2)).<String>get("bookAppointment.appointment.status"))
                .isEqualTo("BOOKED");
    }

    @Test
    void shouldLetTheGraduateCancelOnlyBeforeTheWindowAndStaffAnyTime() {
        // Starting in an hour: inside the two-hour window.
        OffsetDateTime soon = OffsetDateTime.now().plusHours(1);
        List<String> slots = GuidanceFixtures.publish(Fixtures.staff(), soon, 30, 3, 1);
        Tokens.User graduate = Tokens.newUser("late", "graduate");
        String booked = book(graduate, slots.get(0)).get("bookAppointment.appointment.id");
        Result refused = cancel(graduate, booked);
        assertThat(refused.errorCode()).isEqualTo("CONFLICT");
        assertThat(refused.errorMessage()).contains("2 hours");
        Result byStaff = cancel(counsellor, booked);
        assertThat(byStaff.<String>get("cancelAppointment.appointment.status")).isEqualTo("CANCELLED");
        assertThat(byStaff.<Boolean>get("cancelAppointment.appointment.lateCancellation"))
                .isTrue();

        // Staff may excuse it (the counsellor fell ill); a graduate may not.
        String again = book(graduate, slots.get(1)).get("bookAppointment.appointment.id");
        Result selfExcused =
                as(graduate, GuidanceFixtures.CANCEL, "input", Map.of("appointmentId", again, "excused", true));
        assertThat(selfExcused.errorCode()).isEqualTo("FORBIDDEN");
        Result excused =
                as(counsellor, GuidanceFixtures.CANCEL, "input", Map.of("appointmentId", again, "excused", true));
        assertThat(excused.<Boolean>get("cancelAppointment.appointment.lateCancellation"))
                .isFalse();

        // Three hours ahead, the graduate cancels by itself, not late.
        String later = GuidanceFixtures.slot(counsellor, OffsetDateTime.now().plusHours(3), 1);
        String early = book(graduate, later).get("bookAppointment.appointment.id");
        Result own = cancel(graduate, early);
        assertThat(own.<String>get("cancelAppointment.appointment.status")).isEqualTo("CANCELLED");
        assertThat(own.<Boolean>get("cancelAppointment.appointment.lateCancellation"))
                .isFalse();
        assertThat(as(graduate, GuidanceFixtures.STANDING).<Float>get("viewer.guidanceStanding.noShows"))
                .isEqualTo(0.5f);
    }

    @Test
    void shouldRemindABookedGraduateTheDayBeforeOnce() {
        String slot = GuidanceFixtures.slot(counsellor, OffsetDateTime.now().plusHours(30), 1);
        Tokens.User graduate = Tokens.newUser("forgetful", "graduate");
        String appointment = book(graduate, slot).get("bookAppointment.appointment.id");
        // Booked days ago; the slot is now twenty hours away.
        GuidanceClock.holdSlotAt(slot, OffsetDateTime.now().plusHours(20));
        GuidanceClock.confirmAppointmentAt(appointment, OffsetDateTime.now().minusDays(3));
        try (GraphQLWebSocket ws = GraphQLWebSocket.connect(vertx, uri, Protocol.TRANSPORT_WS, graduate.token())) {
            String subscription = ws.subscribe(GuidanceFixtures.NOTIFICATIONS, Map.of());
            Awaitility.await().atMost(WAIT).until(() -> notifications.subscriberCount() >= 1);
            housekeeping.runOnce();
            JsonObject reminder = ws.next(subscription, 1, WAIT).get(0).getJsonObject("myNotifications");
            assertThat(reminder.getString("type")).isEqualTo("APPOINTMENT_REMINDER");
            assertThat(reminder.getJsonObject("about").getString("id")).isEqualTo(appointment);
            housekeeping.runOnce();
            ws.expectSilence(subscription, Duration.ofSeconds(3), message -> true);
        }
    }

    @Test
    void shouldTellOtherGraduatesAndEmployersNothingAboutAnAppointment() {
        String slot = GuidanceFixtures.slot(counsellor, GuidanceFixtures.freeTime(), 1);
        Tokens.User graduate = Tokens.newUser("private", "graduate");
        String appointment = book(graduate, slot).get("bookAppointment.appointment.id");
        Tokens.User stranger = Tokens.newUser("stranger", "graduate");
        Tokens.User employer = Tokens.newUser("employer", "employer");
        String node = "query($id: ID!) { node(id: $id) { id } }";
        assertThat(as(graduate, node, "id", appointment).<String>get("node.id")).isEqualTo(appointment);
        assertThat(as(stranger, node, "id", appointment).<Object>get("node")).isNull();
        assertThat(as(employer, node, "id", appointment).<Object>get("node")).isNull();
        assertThat(cancel(stranger, appointment).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(cancel(employer, appointment).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(as(employer, GuidanceFixtures.SLOT_APPOINTMENTS, "slot", slot)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(stranger, GuidanceFixtures.SLOT_APPOINTMENTS, "slot", slot)
                        .<Integer>get("appointments.totalCount"))
                .isZero();
        // The slot's counts are public to signed-in users; its viewerAppointment is the viewer's own.
        String viewerAppointment =
                "query($id: ID!) { node(id: $id) { ... on CounsellingSlot { booked viewerAppointment { id } } } }";
        assertThat(as(stranger, viewerAppointment, "id", slot).<Integer>get("node.booked"))
                .isEqualTo(1);
        assertThat(as(stranger, viewerAppointment, "id", slot).<Object>get("node.viewerAppointment"))
                .isNull();
        assertThat(as(graduate, viewerAppointment, "id", slot).<String>get("node.viewerAppointment.id"))
                .isEqualTo(appointment);
    }

    @Test
    void shouldRecordAttendanceOnceTheSlotStartedWithANoteOnlyStaffRead() {
        String slot = GuidanceFixtures.slot(counsellor, GuidanceFixtures.freeTime(), 1);
        Tokens.User graduate = Tokens.newUser("met", "graduate");
        String appointment = book(graduate, slot).get("bookAppointment.appointment.id");
        Map<String, Object> input =
                Map.of("appointmentId", appointment, "attended", true, "counsellorNote", "想读博，建议先做科研助理。");
        assertThat(as(counsellor, GuidanceFixtures.ATTENDANCE, "input", input).errorCode())
                .isEqualTo("CONFLICT");
        assertThat(as(graduate, GuidanceFixtures.ATTENDANCE, "input", input).errorCode())
                .isEqualTo("FORBIDDEN");

        GuidanceClock.holdSlotAt(slot, OffsetDateTime.now().minusMinutes(40));
        Result recorded = as(counsellor, GuidanceFixtures.ATTENDANCE, "input", input);
        assertThat(recorded.<String>get("recordAppointmentAttendance.appointment.status"))
                .isEqualTo("ATTENDED");
        String note = "query($id: ID!) { node(id: $id) { ... on Appointment { status note counsellorNote } } }";
        assertThat(as(counsellor, note, "id", appointment).<String>get("node.counsellorNote"))
                .isEqualTo("想读博，建议先做科研助理。");
        assertThat(as(graduate, note, "id", appointment).<String>get("node.status"))
                .isEqualTo("ATTENDED");
        assertThat(as(graduate, note, "id", appointment).<String>get("node.counsellorNote"))
                .isNull();
        // The graduate cannot cancel what has happened.
        assertThat(cancel(counsellor, appointment).errorCode()).isEqualTo("CONFLICT");
    }

    @Test
    void shouldListUpcomingSlotsByTopicAndAvailability() {
        OffsetDateTime start = GuidanceFixtures.freeTime();
        List<String> slots = GuidanceFixtures.publish(counsellor, start, 30, 3, 1);
        Map<String, Object> abroad = GuidanceFixtures.block(start.plusHours(2), 30, 1, 1);
        abroad.put("topics", List.of("STUDY_ABROAD"));
        String abroadSlot = as(counsellor, GuidanceFixtures.PUBLISH, "input", abroad)
                .<List<String>>get("publishCounsellingSlots.slots.id")
                .get(0);
        book(Tokens.newUser("taker", "graduate"), slots.get(1)).get("bookAppointment.appointment.id");
        String query = """
                query($from: DateTime, $to: DateTime, $topics: [CounsellingTopic!], $available: Boolean) {
                  counsellingSlots(filter: {from: $from, to: $to, topics: $topics, onlyAvailable: $available}) {
                    totalCount nodes { id }
                  }
                }""";
        Tokens.User viewer = Tokens.newUser("browser", "employer");
        String from = start.toString();
        String to = start.plusHours(3).toString();
        assertThat(as(viewer, query, "from", from, "to", to).<List<String>>get("counsellingSlots.nodes.id"))
                .containsExactly(slots.get(0), slots.get(1), slots.get(2), abroadSlot);
        assertThat(as(viewer, query, "from", from, "to", to, "available", true)
                        .<List<String>>get("counsellingSlots.nodes.id"))
                .containsExactly(slots.get(0), slots.get(2), abroadSlot);
        assertThat(as(viewer, query, "from", from, "to", to, "topics", List.of("STUDY_ABROAD", "ENTREPRENEURSHIP"))
                        .<List<String>>get("counsellingSlots.nodes.id"))
                .containsExactly(abroadSlot);
        assertThat(GraphQLClient.anonymous(query).errorCode()).isEqualTo("UNAUTHENTICATED");
    }
}
