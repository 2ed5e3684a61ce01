package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;
import static org.campuscareers.support.GuidanceFixtures.book;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.GuidanceFixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The last places are exact under concurrent requests through HTTP: the slot's row lock orders
 * every booking, cancellation and promotion, so capacity is never exceeded and the waitlist stays
 * 1, 2, ... without gaps or repeats.
 */
@QuarkusTest
class GuidanceConcurrencyTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final Tokens.User counsellor = Fixtures.staff();

    /** Sends all calls at once (each on its own thread, released together) and returns the answers in order. */
    List<JsonObject> atOnce(List<Callable<JsonObject>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonObject>> futures = new ArrayList<>();
            for (Callable<JsonObject> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<JsonObject> answers = new ArrayList<>();
            for (Future<JsonObject> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    Callable<JsonObject> call(Tokens.User user, String document, Map<String, Object> input) {
        return () -> {
            String body = new JsonObject()
                    .put("query", document)
                    .put("variables", new JsonObject().put("input", new JsonObject(input)))
                    .encode();
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(graphql)
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + user.token())
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new JsonObject(response.body());
        };
    }

    Callable<JsonObject> booking(Tokens.User graduate, String slot) {
        return call(graduate, GuidanceFixtures.BOOK, Map.of("slotId", slot, "topic", "INTERVIEW"));
    }

    Callable<JsonObject> cancelling(Tokens.User user, String appointment) {
        return call(user, GuidanceFixtures.CANCEL, Map.of("appointmentId", appointment));
    }

    static JsonObject appointment(JsonObject answer, String mutation) {
        assertThat(answer.getJsonArray("errors")).as(answer.encode()).isNull();
        return answer.getJsonObject("data").getJsonObject(mutation).getJsonObject("appointment");
    }

    /** The slot as staff see it: its counters, and its appointments in line order. */
    record SlotState(
            int booked, int waitlisted, List<String> statuses, List<Integer> positions, List<String> graduates) {}

    SlotState state(String slot) {
        Result counts = as(counsellor, GuidanceFixtures.SLOT, "id", slot);
        Result list = as(counsellor, GuidanceFixtures.SLOT_APPOINTMENTS, "slot", slot);
        return new SlotState(
                counts.get("node.booked"),
                counts.get("node.waitlisted"),
                list.get("appointments.nodes.status"),
                list.get("appointments.nodes.waitlistPosition"),
                list.get("appointments.nodes.graduate.id"));
    }

    /** What must hold whatever the interleaving: the counters match the rows and the line has no gaps. */
    static void assertConsistent(SlotState state, int capacity) {
        long booked = state.statuses().stream().filter("BOOKED"::equals).count();
        List<Integer> positions = new ArrayList<>();
        Set<String> active = new HashSet<>();
        for (int i = 0; i < state.statuses().size(); i++) {
            String status = state.statuses().get(i);
            if (status.equals("WAITLISTED")) {
                positions.add(state.positions().get(i));
            }
            if (status.equals("BOOKED") || status.equals("WAITLISTED")) {
                assertThat(active.add(state.graduates().get(i)))
                        .as("one active appointment per graduate")
                        .isTrue();
            }
        }
        assertThat(booked).isLessThanOrEqualTo(capacity).isEqualTo(state.booked());
        assertThat(positions)
                .isEqualTo(IntStream.rangeClosed(1, positions.size()).boxed().toList());
        assertThat(positions).hasSize(state.waitlisted());
        if (!positions.isEmpty()) {
            assertThat(booked).as("nobody waits while a place is free").isEqualTo(capacity);
        }
    }

    @Test
    void shouldBookExactlyTheLastThreePlacesOfFiftyConcurrentBookings() throws Exception {
        String slot = GuidanceFixtures.slot(counsellor, GuidanceFixtures.freeTime(), 3);
        List<Callable<JsonObject>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(booking(Tokens.newUser("rush", "graduate"), slot));
        }
        List<JsonObject> answers = atOnce(calls);
        List<String> statuses = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (JsonObject answer : answers) {
            JsonObject appointment = appointment(answer, "bookAppointment");
            statuses.add(appointment.getString("status"));
            if (appointment.getInteger("waitlistPosition") != null) {
                positions.add(appointment.getInteger("waitlistPosition"));
            }
        }
        assertThat(statuses.stream().filter("BOOKED"::equals).count()).isEqualTo(3);
        assertThat(statuses.stream().filter("WAITLISTED"::equals).count()).isEqualTo(47);
        assertThat(positions.stream().sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, 47).boxed().toList());
        SlotState state = state(slot);
        assertThat(state.booked()).isEqualTo(3);
        assertThat(state.waitlisted()).isEqualTo(47);
        assertConsistent(state, 3);
    }

    @Test
    void shouldKeepPlacesExactWhileSomeCancelAndOthersBook() throws Exception {
        String slot = GuidanceFixtures.slot(counsellor, GuidanceFixtures.freeTime(), 3);
        List<Tokens.User> holders = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Tokens.User holder = Tokens.newUser("holder", "graduate");
            holders.add(holder);
            held.add(book(holder, slot).get("bookAppointment.appointment.id"));
        }
        // Three places taken and two waiting; now the three with places and two who wait cancel,
        // while ten newcomers book.
        List<Callable<JsonObject>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(cancelling(holders.get(i), held.get(i)));
        }
        for (int i = 0; i < 10; i++) {
            calls.add(booking(Tokens.newUser("newcomer", "graduate"), slot));
        }
        List<JsonObject> answers = atOnce(calls);
        for (int i = 0; i < 5; i++) {
            assertThat(appointment(answers.get(i), "cancelAppointment").getString("status"))
                    .isEqualTo("CANCELLED");
        }
        for (int i = 5; i < 15; i++) {
            assertThat(appointment(answers.get(i), "bookAppointment").getString("status"))
                    .isIn("BOOKED", "WAITLISTED");
        }
        SlotState state = state(slot);
        assertConsistent(state, 3);
        assertThat(state.booked()).isEqualTo(3);
        assertThat(state.waitlisted()).isEqualTo(7);
    }

    @Test
    void shouldGiveThePlaceToTheNextInLineWhenTheOneBeingPromotedCancelsAtTheSameTime() throws Exception {
        for (int round = 0; round < 8; round++) {
            String slot = GuidanceFixtures.slot(counsellor, GuidanceFixtures.freeTime(), 1);
            Tokens.User holder = Tokens.newUser("holder", "graduate");
            Tokens.User next = Tokens.newUser("next", "graduate");
            Tokens.User after = Tokens.newUser("after", "graduate");
            String place = book(holder, slot).get("bookAppointment.appointment.id");
            String nextInLine = book(next, slot).get("bookAppointment.appointment.id");
            String afterThat = book(after, slot).get("bookAppointment.appointment.id");
            // The holder's cancellation promotes `next`, who cancels at the same moment: whichever
            // commits first, `next` ends cancelled and the place goes on to `after`.
            List<JsonObject> answers = atOnce(List.of(cancelling(holder, place), cancelling(next, nextInLine)));
            assertThat(appointment(answers.get(0), "cancelAppointment").getString("status"))
                    .isEqualTo("CANCELLED");
            assertThat(appointment(answers.get(1), "cancelAppointment").getString("status"))
                    .isEqualTo("CANCELLED");
            SlotState state = state(slot);
            assertConsistent(state, 1);
            assertThat(state.booked()).isEqualTo(1);
            assertThat(state.waitlisted()).isZero();
            assertThat(as(after, "query($id: ID!) { node(id: $id) { ... on Appointment { status } } }", "id", afterThat)
                            .<String>get("node.status"))
                    .isEqualTo("BOOKED");
        }
    }

    @Test
    void shouldHoldTheLimitPerGraduateWhenOneGraduateBooksManySlotsAtOnce() throws Exception {
        List<String> slots = GuidanceFixtures.publish(counsellor, GuidanceFixtures.freeTime(), 30, 6, 1);
        Tokens.User greedy = Tokens.newUser("greedy", "graduate");
        List<Callable<JsonObject>> calls = new ArrayList<>();
        for (String slot : slots) {
            calls.add(booking(greedy, slot));
        }
        List<JsonObject> answers = atOnce(calls);
        long booked =
                answers.stream().filter(a -> a.getJsonArray("errors") == null).count();
        long refused = answers.stream()
                .filter(a -> a.getJsonArray("errors") != null)
                .map(a -> a.getJsonArray("errors")
                        .getJsonObject(0)
                        .getJsonObject("extensions")
                        .getString("code"))
                .filter("CONFLICT"::equals)
                .count();
        assertThat(booked).isEqualTo(2);
        assertThat(refused).isEqualTo(4);
    }
}
