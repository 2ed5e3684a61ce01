package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.campuscareers.guidance.GuidanceHousekeeping;
import org.campuscareers.live.stream.NotificationHub;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.GraphQLWebSocket;
import org.campuscareers.support.GraphQLWebSocket.Protocol;
import org.campuscareers.support.GuidanceClock;
import org.campuscareers.support.GuidanceFixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The career center's guidance week as its users live it: a counsellor publishes a week of slots,
 * graduates book, one cancels and the waitlist moves; a mock-interview day fills, graduates are
 * checked in at the door, and the one who did not come is recorded as a no-show.
 */
@QuarkusTest
class GuidanceScenarioTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Vertx vertx;

    @Inject
    NotificationHub notifications;

    @Inject
    GuidanceHousekeeping housekeeping;

    @TestHTTPResource("/")
    URI uri;

    @Test
    void aGuidanceWeekFromPublishedSlotsToRecordedNoShows() {
        Tokens.User counsellor = Fixtures.staff();
        Tokens.User liMing = GuidanceFixtures.graduate(GuidanceFixtures.studentNumber(), "信息学院", "BACHELOR", 2026);
        Tokens.User wangFang = GuidanceFixtures.graduate(GuidanceFixtures.studentNumber(), "信息学院", "MASTER", 2026);
        Tokens.User zhangWei = GuidanceFixtures.graduate(GuidanceFixtures.studentNumber(), "信息学院", "MASTER", 2027);

        // 1. The counsellor publishes a week: every weekday 09:00-12:00 in one-hour slots.
        OffsetDateTime monday = GuidanceFixtures.freeTime().withHour(1).withMinute(0);
        List<String> week = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            week.addAll(GuidanceFixtures.publish(counsellor, monday.plusDays(day), 60, 3, 1));
        }
        assertThat(week).hasSize(15);
        Result browsing = as(
                liMing,
                "query($from: DateTime, $to: DateTime) { counsellingSlots(first: 100, filter: {from: $from, to: $to,"
                        + " topics: [RESUME], onlyAvailable: true}) { totalCount nodes { id counsellorName } } }",
                "from",
                monday.toString(),
                "to",
                monday.plusDays(5).toString());
        assertThat(browsing.<List<String>>get("counsellingSlots.nodes.id")).containsAll(week);

        // 2. Li Ming books Monday 9:00; Wang Fang and Zhang Wei want the same slot and wait in line.
        String mondayNine = week.get(0);
        String liMingsAppointment = GuidanceFixtures.book(liMing, mondayNine).get("bookAppointment.appointment.id");
        Result wangWaits = GuidanceFixtures.book(wangFang, mondayNine);
        assertThat(wangWaits.<Integer>get("bookAppointment.appointment.waitlistPosition"))
                .isEqualTo(1);
        String wangFangsAppointment = wangWaits.get("bookAppointment.appointment.id");
        Result zhangWaits = GuidanceFixtures.book(zhangWei, mondayNine);
        assertThat(zhangWaits.<Integer>get("bookAppointment.appointment.waitlistPosition"))
                .isEqualTo(2);
        String zhangWeisAppointment = zhangWaits.get("bookAppointment.appointment.id");

        // 3. Li Ming cancels a week ahead: Wang Fang gets the place at once and hears about it;
        //    Zhang Wei moves up to first in line.
        try (GraphQLWebSocket phone = GraphQLWebSocket.connect(vertx, uri, Protocol.TRANSPORT_WS, wangFang.token())) {
            String stream = phone.subscribe(GuidanceFixtures.NOTIFICATIONS, Map.of());
            Awaitility.await().atMost(WAIT).until(() -> notifications.subscriberCount() >= 1);
            Result cancelled = GuidanceFixtures.cancel(liMing, liMingsAppointment);
            assertThat(cancelled.<Boolean>get("cancelAppointment.appointment.lateCancellation"))
                    .isFalse();
            JsonObject told = phone.next(stream, 1, WAIT).get(0).getJsonObject("myNotifications");
            assertThat(told.getString("type")).isEqualTo("APPOINTMENT_CONFIRMED");
            assertThat(told.getJsonObject("about").getString("id")).isEqualTo(wangFangsAppointment);
        }
        String status = "query($id: ID!) { node(id: $id) { ... on Appointment { status waitlistPosition note"
                + " counsellorNote } } }";
        assertThat(as(wangFang, status, "id", wangFangsAppointment).<String>get("node.status"))
                .isEqualTo("BOOKED");
        assertThat(as(zhangWei, status, "id", zhangWeisAppointment).<Integer>get("node.waitlistPosition"))
                .isEqualTo(1);

        // 4. Monday comes: the counsellor meets Wang Fang and records it, with a note only staff read.
        GuidanceClock.holdSlotAt(mondayNine, OffsetDateTime.now().minusMinutes(50));
        as(
                        counsellor,
                        GuidanceFixtures.ATTENDANCE,
                        "input",
                        Map.of(
                                "appointmentId",
                                wangFangsAppointment,
                                "attended",
                                true,
                                "counsellorNote",
                                "目标互联网产品岗，简历需突出项目经历。"))
                .get("recordAppointmentAttendance.appointment.id");
        assertThat(as(wangFang, "{ viewer { appointments { nodes { status counsellorNote } } } }")
                        .<List<String>>get("viewer.appointments.nodes.status"))
                .containsExactly("ATTENDED");
        assertThat(as(wangFang, status, "id", wangFangsAppointment).<String>get("node.counsellorNote"))
                .isNull();
        assertThat(as(counsellor, status, "id", wangFangsAppointment).<String>get("node.counsellorNote"))
                .isEqualTo("目标互联网产品岗，简历需突出项目经历。");

        // 5. Staff run a mock-interview day for the information school's classes of 2026 and 2027:
        //    three places, starting in forty minutes, so the door is already open.
        Tokens.User staff = Fixtures.staff();
        String mockInterviews = GuidanceFixtures.createEvent(
                staff,
                OffsetDateTime.now().plusMinutes(40),
                3,
                Map.of("colleges", List.of("信息学院"), "graduationYears", List.of(2026, 2027)));

        // 6. It fills: three places, and a fourth graduate waits; someone from another school may not come.
        String zhaoLeiNumber = GuidanceFixtures.studentNumber();
        Tokens.User zhaoLei = GuidanceFixtures.graduate(zhaoLeiNumber, "信息学院", "BACHELOR", 2027);
        Tokens.User chenJing = GuidanceFixtures.graduate(GuidanceFixtures.studentNumber(), "信息学院", "DOCTORATE", 2026);
        List<String> registrations = new ArrayList<>();
        for (Tokens.User graduate : List.of(liMing, wangFang, zhaoLei, chenJing)) {
            registrations.add(GuidanceFixtures.register(graduate, mockInterviews)
                    .get("registerForGuidanceEvent.registration.status"));
        }
        assertThat(registrations).containsExactly("REGISTERED", "REGISTERED", "REGISTERED", "WAITLISTED");
        Result outsider = GuidanceFixtures.register(
                GuidanceFixtures.graduate(GuidanceFixtures.studentNumber(), "外国语学院", "BACHELOR", 2026), mockInterviews);
        assertThat(outsider.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(outsider.errorMessage()).contains("信息学院", "外国语学院");

        // 7. At the door, the kiosk checks in Li Ming and Wang Fang by student number; Zhao Lei never comes.
        for (Tokens.User graduate : List.of(liMing, wangFang)) {
            String number =
                    as(graduate, "{ viewer { graduate { studentNumber } } }").get("viewer.graduate.studentNumber");
            Result checkedIn = as(
                    staff,
                    GuidanceFixtures.CHECK_IN,
                    "input",
                    Map.of("eventId", mockInterviews, "studentNumber", number));
            assertThat(checkedIn.<String>get("checkInToGuidanceEvent.registration.status"))
                    .isEqualTo("ATTENDED");
        }

        // 8. The day ends: Zhao Lei is recorded as a no-show and it shows on his standing; the waitlisted
        //    Chen Jing never had a place, so nothing counts against her.
        GuidanceClock.holdEventAt(mockInterviews, OffsetDateTime.now().minusHours(4));
        housekeeping.runOnce();
        Result roster = as(
                staff,
                "query($e: ID!) { guidanceRegistrations(filter: {eventId: $e}) { nodes { status graduate { studentNumber } } } }",
                "e",
                mockInterviews);
        assertThat(roster.<List<String>>get("guidanceRegistrations.nodes.status"))
                .containsExactly("ATTENDED", "ATTENDED", "NO_SHOW", "WAITLISTED");
        assertThat(roster.<String>get("guidanceRegistrations.nodes[2].graduate.studentNumber"))
                .isEqualTo(zhaoLeiNumber);
        assertThat(as(zhaoLei, GuidanceFixtures.STANDING).<Float>get("viewer.guidanceStanding.noShows"))
                .isEqualTo(1.0f);
        assertThat(as(chenJing, GuidanceFixtures.STANDING).<Float>get("viewer.guidanceStanding.noShows"))
                .isEqualTo(0.0f);
    }
}
