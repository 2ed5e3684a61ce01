package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;
import static org.campuscareers.support.GuidanceFixtures.register;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
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

/** Guidance events: eligibility, the waitlist, registration closing, check-in at the door, no-shows. */
@QuarkusTest
class GuidanceEventTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Vertx vertx;

    @Inject
    NotificationHub notifications;

    @Inject
    GuidanceHousekeeping housekeeping;

    @TestHTTPResource("/")
    URI uri;

    final Tokens.User staff = Fixtures.staff();

    @Test
    void shouldAdmitOnlyEligibleGraduatesAndSayWhyNot() {
        // AND across the three lists, OR within each.
        String event = GuidanceFixtures.createEvent(
                staff,
                GuidanceFixtures.freeTime(),
                50,
                Map.of(
                        "colleges",
                        List.of("化学学院", "信息学院"),
                        "degrees",
                        List.of("MASTER", "DOCTORATE"),
                        "graduationYears",
                        List.of(2026, 2027)));
        assertThat(status(GuidanceFixtures.graduate(null, "化学学院", "MASTER", 2026), event))
                .isEqualTo("REGISTERED");
        assertThat(status(GuidanceFixtures.graduate(null, "信息学院", "DOCTORATE", 2027), event))
                .isEqualTo("REGISTERED");

        Result college = register(GuidanceFixtures.graduate(null, "外国语学院", "MASTER", 2026), event);
        assertThat(college.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(college.errorMessage()).contains("化学学院 or 信息学院", "外国语学院").doesNotContain("MASTER or");
        Result degree = register(GuidanceFixtures.graduate(null, "化学学院", "BACHELOR", 2026), event);
        assertThat(degree.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(degree.errorMessage()).contains("MASTER or DOCTORATE", "BACHELOR");
        Result year = register(GuidanceFixtures.graduate(null, "信息学院", "MASTER", 2025), event);
        assertThat(year.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(year.errorMessage()).contains("2026 or 2027", "2025");
        Result all = register(GuidanceFixtures.graduate(null, "外国语学院", "BACHELOR", 2025), event);
        assertThat(all.errorMessage()).contains("外国语学院", "BACHELOR", "2025");
        Result empty = register(Tokens.newUser("blank", "graduate"), event);
        assertThat(empty.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(empty.errorMessage()).contains("names no college");

        // Empty lists allow everyone, including a graduate with an empty profile.
        String open =
                GuidanceFixtures.createEvent(staff, GuidanceFixtures.freeTime(), 50, Map.of("colleges", List.of()));
        assertThat(status(Tokens.newUser("anyone", "graduate"), open)).isEqualTo("REGISTERED");
        Result created = as(staff, GuidanceFixtures.EVENT, "id", event);
        assertThat(created.<Integer>get("node.registered")).isEqualTo(2);
    }

    private static String status(Tokens.User graduate, String event) {
        return register(graduate, event).get("registerForGuidanceEvent.registration.status");
    }

    @Test
    void shouldPromoteTheFirstInLineWhenAPlaceFreesAndTellThem() {
        String event = GuidanceFixtures.createEvent(staff, GuidanceFixtures.freeTime(), 1, null);
        Tokens.User first = Tokens.newUser("first", "graduate");
        Tokens.User second = Tokens.newUser("second", "graduate");
        String registration = register(first, event).get("registerForGuidanceEvent.registration.id");
        Result waiting = register(second, event);
        assertThat(waiting.<Integer>get("registerForGuidanceEvent.registration.waitlistPosition"))
                .isEqualTo(1);
        assertThat(register(second, event).errorCode()).isEqualTo("CONFLICT");
        try (GraphQLWebSocket ws = GraphQLWebSocket.connect(vertx, uri, Protocol.GRAPHQL_WS, second.token())) {
            String subscription = ws.subscribe(GuidanceFixtures.NOTIFICATIONS, Map.of());
            Awaitility.await().atMost(WAIT).until(() -> notifications.subscriberCount() >= 1);
            as(first, GuidanceFixtures.CANCEL_REGISTRATION, "input", Map.of("registrationId", registration))
                    .get("cancelGuidanceRegistration.registration.id");
            JsonObject notification = ws.next(subscription, 1, WAIT).get(0).getJsonObject("myNotifications");
            assertThat(notification.getString("type")).isEqualTo("GUIDANCE_REGISTRATION_CONFIRMED");
            assertThat(notification.getJsonObject("about").getString("registrationStatus"))
                    .isEqualTo("REGISTERED");
            assertThat(notification
                            .getJsonObject("about")
                            .getJsonObject("event")
                            .getString("id"))
                    .isEqualTo(event);
        }
        Result counts = as(second, GuidanceFixtures.EVENT, "id", event);
        assertThat(counts.<Integer>get("node.registered")).isEqualTo(1);
        assertThat(counts.<Integer>get("node.waitlisted")).isZero();
    }

    @Test
    void shouldCloseRegistrationWhenTheEventStarts() {
        String event = GuidanceFixtures.createEvent(staff, GuidanceFixtures.freeTime(), 10, null);
        GuidanceClock.holdEventAt(event, OffsetDateTime.now().minusMinutes(5));
        Result late = register(Tokens.newUser("late", "graduate"), event);
        assertThat(late.errorCode()).isEqualTo("CONFLICT");
        assertThat(late.errorMessage()).contains("Registration closed");
    }

    @Test
    void shouldCheckInByStudentNumberAtTheDoor() {
        String number = GuidanceFixtures.studentNumber();
        Tokens.User graduate = GuidanceFixtures.graduate(number, "化学学院", "MASTER", 2026);
        String waitingNumber = GuidanceFixtures.studentNumber();
        Tokens.User waiting = GuidanceFixtures.graduate(waitingNumber, "化学学院", "MASTER", 2026);
        // Starts in half an hour: the door opens an hour before.
        String event = GuidanceFixtures.createEvent(staff, OffsetDateTime.now().plusMinutes(30), 1, null);
        String registration = register(graduate, event).get("registerForGuidanceEvent.registration.id");
        register(waiting, event).get("registerForGuidanceEvent.registration.id");

        Result checkedIn = checkIn(event, " " + number + " ");
        assertThat(checkedIn.<String>get("checkInToGuidanceEvent.registration.id"))
                .isEqualTo(registration);
        assertThat(checkedIn.<String>get("checkInToGuidanceEvent.registration.status"))
                .isEqualTo("ATTENDED");
        String at = checkedIn.get("checkInToGuidanceEvent.registration.checkedInAt");
        // A second scan at the kiosk changes nothing.
        assertThat(checkIn(event, number).<String>get("checkInToGuidanceEvent.registration.checkedInAt"))
                .isEqualTo(at);
        assertThat(checkIn(event, "NO-SUCH-NUMBER").errorCode()).isEqualTo("NOT_FOUND");
        Result onWaitlist = checkIn(event, waitingNumber);
        assertThat(onWaitlist.errorCode()).isEqualTo("CONFLICT");
        assertThat(onWaitlist.errorMessage()).contains("waitlist");
        assertThat(as(graduate, GuidanceFixtures.CHECK_IN, "input", Map.of("eventId", event, "studentNumber", number))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(checkIn(event, " ").errorField()).isEqualTo("studentNumber");

        String tomorrow =
                GuidanceFixtures.createEvent(staff, OffsetDateTime.now().plusDays(1), 5, null);
        register(graduate, tomorrow).get("registerForGuidanceEvent.registration.id");
        Result early = checkIn(tomorrow, number);
        assertThat(early.errorCode()).isEqualTo("CONFLICT");
        assertThat(early.errorMessage()).contains("Check-in opens");
    }

    private Result checkIn(String event, String number) {
        return as(staff, GuidanceFixtures.CHECK_IN, "input", Map.of("eventId", event, "studentNumber", number));
    }

    @Test
    void shouldRecordNoShowsForThoseNotCheckedInOnceTheEventEnds() {
        String present = GuidanceFixtures.studentNumber();
        Tokens.User came = GuidanceFixtures.graduate(present, null, null, null);
        Tokens.User absent = GuidanceFixtures.graduate(GuidanceFixtures.studentNumber(), null, null, null);
        Tokens.User waited = GuidanceFixtures.graduate(GuidanceFixtures.studentNumber(), null, null, null);
        String event = GuidanceFixtures.createEvent(staff, OffsetDateTime.now().plusMinutes(30), 2, null);
        register(came, event).get("registerForGuidanceEvent.registration.id");
        String absentRegistration = register(absent, event).get("registerForGuidanceEvent.registration.id");
        String waitedRegistration = register(waited, event).get("registerForGuidanceEvent.registration.id");
        checkIn(event, present).get("checkInToGuidanceEvent.registration.id");

        GuidanceClock.holdEventAt(event, OffsetDateTime.now().minusHours(4));
        housekeeping.runOnce();
        String query = "query($id: ID!) { node(id: $id) { ... on GuidanceRegistration { status } } }";
        assertThat(as(absent, query, "id", absentRegistration).<String>get("node.status"))
                .isEqualTo("NO_SHOW");
        assertThat(as(waited, query, "id", waitedRegistration).<String>get("node.status"))
                .isEqualTo("WAITLISTED");
        assertThat(as(absent, GuidanceFixtures.STANDING).<Float>get("viewer.guidanceStanding.noShows"))
                .isEqualTo(1.0f);
        assertThat(as(came, GuidanceFixtures.STANDING).<Float>get("viewer.guidanceStanding.noShows"))
                .isEqualTo(0.0f);
        assertThat(as(
                                staff,
                                "query($id: ID!) { node(id: $id) { ... on GuidanceEvent { attendanceClosedAt } } }",
                                "id",
                                event)
                        .<String>get("node.attendanceClosedAt"))
                .isNotNull();
        assertThat(checkIn(event, present).errorCode()).isEqualTo("CONFLICT");
    }

    @Test
    void shouldListEventsPubliclyByKindAndTheGraduatesOwnRegistrations() {
        OffsetDateTime start = GuidanceFixtures.freeTime();
        String interview = GuidanceFixtures.createEvent(staff, start, 10, null);
        Map<String, Object> camp = GuidanceFixtures.event(start.plusHours(1), 30, null);
        camp.put("kind", "JOB_SEARCH_CAMP");
        String campId = as(staff, GuidanceFixtures.CREATE_EVENT, "input", camp).get("createGuidanceEvent.event.id");
        String query = """
                query($from: DateTime, $to: DateTime, $kinds: [GuidanceEventKind!]) {
                  guidanceEvents(filter: {from: $from, to: $to, kinds: $kinds}) { totalCount nodes { id } }
                }""";
        String from = start.toString();
        String to = start.plusHours(2).toString();
        assertThat(org.campuscareers.support.GraphQLClient.anonymous(query, "from", from, "to", to)
                        .<List<String>>get("guidanceEvents.nodes.id"))
                .containsExactly(interview, campId);
        assertThat(org.campuscareers.support.GraphQLClient.anonymous(
                                query, "from", from, "to", to, "kinds", List.of("JOB_SEARCH_CAMP"))
                        .<List<String>>get("guidanceEvents.nodes.id"))
                .containsExactly(campId);
        Tokens.User graduate = Tokens.newUser("mine", "graduate");
        String mine = register(graduate, campId).get("registerForGuidanceEvent.registration.id");
        Result own = as(graduate, "{ viewer { guidanceRegistrations { totalCount nodes { id event { id } } } } }");
        assertThat(own.<List<String>>get("viewer.guidanceRegistrations.nodes.id"))
                .containsExactly(mine);
        String viewerRegistration =
                "query($id: ID!) { node(id: $id) { ... on GuidanceEvent { viewerRegistration { id } } } }";
        assertThat(as(graduate, viewerRegistration, "id", campId).<String>get("node.viewerRegistration.id"))
                .isEqualTo(mine);
        assertThat(as(Tokens.newUser("other", "graduate"), viewerRegistration, "id", campId)
                        .<Object>get("node.viewerRegistration"))
                .isNull();
    }

    @Test
    void shouldNameTheFieldOfABadEvent() {
        Map<String, Object> backwards = GuidanceFixtures.event(GuidanceFixtures.freeTime(), 10, null);
        backwards.put("endsAt", GuidanceFixtures.freeTime().minusYears(1).toString());
        assertThat(as(staff, GuidanceFixtures.CREATE_EVENT, "input", backwards).errorField())
                .isEqualTo("endsAt");
        Map<String, Object> years =
                GuidanceFixtures.event(GuidanceFixtures.freeTime(), 10, Map.of("graduationYears", List.of(1900)));
        assertThat(as(staff, GuidanceFixtures.CREATE_EVENT, "input", years).errorField())
                .isEqualTo("eligibility.graduationYears");
        Map<String, Object> blank = GuidanceFixtures.event(GuidanceFixtures.freeTime(), 10, null);
        blank.put("title", "  ");
        assertThat(as(staff, GuidanceFixtures.CREATE_EVENT, "input", blank).errorField())
                .isEqualTo("title");
        assertThat(as(
                                staff,
                                GuidanceFixtures.CREATE_EVENT,
                                "input",
                                GuidanceFixtures.event(GuidanceFixtures.freeTime(), 0, null))
                        .errorField())
                .isEqualTo("capacity");
        // A role check comes before the input is looked at.
        assertThat(as(Tokens.newUser("g", "graduate"), GuidanceFixtures.CREATE_EVENT, "input", blank)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
    }
}
