package org.campuscareers.bench.guidance;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.campuscareers.support.GraphQLClient;
import org.campuscareers.support.GuidanceFixtures;
import org.campuscareers.support.Tokens;

/**
 * The guidance benchmark's two measurements, through HTTP against a running service:
 *
 * <ul>
 *   <li><b>The last places of one slot.</b> Each round publishes one slot of {@code capacity} places
 *       and {@code clients} new graduates book it at the same moment, every request contending for
 *       that slot's row lock; rounds follow one another. Throughput is bookings answered per second
 *       over all rounds; latencies are per booking.
 *   <li><b>Listing available slots.</b> {@code slots} slots of one counsellor (every third one full)
 *       are written straight into the table, then {@code clients} closed-loop clients page the first
 *       page of available slots from a random point of that range, with {@code totalCount}, for
 *       {@code seconds}.
 * </ul>
 */
public final class GuidanceLoad {

    static final String BOOK = "mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) {"
            + " appointment { status waitlistPosition } } }";
    static final String AVAILABLE = "query($from: DateTime, $to: DateTime) { counsellingSlots(first: 20,"
            + " filter: {from: $from, to: $to, onlyAvailable: true}) { totalCount nodes { id startsAt booked } } }";

    private GuidanceLoad() {}

    public record Latencies(long requests, long errors, double seconds, double p50, double p90, double p99) {

        static Latencies of(List<Long> nanos, long errors, double seconds) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Latencies(
                    sorted.length,
                    errors,
                    seconds,
                    quantile(sorted, 0.5),
                    quantile(sorted, 0.9),
                    quantile(sorted, 0.99));
        }

        private static double quantile(long[] sorted, double q) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }

        public double perSecond() {
            return requests / seconds;
        }

        public String row(String what) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %.0f | %.1f | %.1f | %.1f |",
                    what,
                    requests,
                    errors,
                    perSecond(),
                    p50,
                    p90,
                    p99);
        }

        public static String header() {
            return "| measurement | requests | errors | per second | p50 ms | p90 ms | p99 ms |\n"
                    + "|---|---|---|---|---|---|---|";
        }
    }

    /** What one booking run saw: latencies, and whether every slot ended exactly full. */
    public record Booking(Latencies latencies, long booked, long waitlisted, long slotsOverfull) {}

    /** {@code rounds} slots of {@code capacity} places, each booked by {@code clients} graduates at once. */
    public static Booking lastPlaces(URI graphql, int clients, int capacity, int rounds) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Tokens.User counsellor = Tokens.newUser("bench-counsellor", "staff");
        OffsetDateTime start = GuidanceFixtures.freeTime();
        List<String> slots = new ArrayList<>();
        for (int round = 0; round < rounds; round += 96) {
            slots.addAll(GuidanceFixtures.publish(
                    counsellor, start.plusDays(round / 96), 10, Math.min(96, rounds - round), capacity));
        }
        List<Long> nanos = new ArrayList<>();
        long errors = 0;
        long booked = 0;
        long waitlisted = 0;
        long elapsed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (String slot : slots) {
                List<Tokens.User> graduates = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    Tokens.User graduate = Tokens.newUser("bench-grad", "graduate");
                    graduates.add(graduate);
                }
                // Graduate records exist before the round, so that it measures booking alone.
                warm(pool, graduates);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<long[]>> answers = new ArrayList<>();
                for (Tokens.User graduate : graduates) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        long began = System.nanoTime();
                        JsonObject answer = post(
                                http,
                                graphql,
                                graduate,
                                BOOK,
                                new JsonObject()
                                        .put(
                                                "input",
                                                new JsonObject()
                                                        .put("slotId", slot)
                                                        .put("topic", "RESUME")));
                        long took = System.nanoTime() - began;
                        JsonObject appointment = answer.getJsonArray("errors") == null
                                ? answer.getJsonObject("data")
                                        .getJsonObject("bookAppointment")
                                        .getJsonObject("appointment")
                                : null;
                        long status =
                                appointment == null ? -1 : "BOOKED".equals(appointment.getString("status")) ? 1 : 0;
                        return new long[] {took, status};
                    }));
                }
                long roundStart = System.nanoTime();
                go.countDown();
                for (Future<long[]> answer : answers) {
                    long[] result = answer.get();
                    nanos.add(result[0]);
                    if (result[1] < 0) {
                        errors++;
                    } else if (result[1] == 1) {
                        booked++;
                    } else {
                        waitlisted++;
                    }
                }
                elapsed += System.nanoTime() - roundStart;
            }
        } finally {
            pool.shutdownNow();
        }
        long overfull = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) Arc.container()
                                .instance(EntityManager.class)
                                .get()
                                .createNativeQuery("select count(*) from counselling_slot where counsellor_subject = :c"
                                        + " and (booked > capacity or booked <> (select count(*) from appointment a"
                                        + " where a.slot_id = counselling_slot.id and a.status = 'BOOKED'))")
                                .setParameter("c", counsellor.subject())
                                .getSingleResult())
                        .longValue());
        return new Booking(Latencies.of(nanos, errors, elapsed / 1e9), booked, waitlisted, overfull);
    }

    private static void warm(ExecutorService pool, List<Tokens.User> graduates) throws Exception {
        List<Future<?>> warming = new ArrayList<>();
        for (Tokens.User graduate : graduates) {
            warming.add(pool.submit(() ->
                    GraphQLClient.as(graduate, "{ viewer { graduate { id } } }").get("viewer.graduate.id")));
        }
        for (Future<?> future : warming) {
            future.get();
        }
    }

    /**
     * Writes {@code slots} ten-minute slots of one new counsellor from {@code start} on (every third
     * one full) straight into the table, as a busy term would hold them; returns the range's end.
     */
    public static OffsetDateTime seedSlots(OffsetDateTime start, int slots) {
        String counsellor = "bench-lister-" + start.toEpochSecond();
        QuarkusTransaction.requiringNew()
                .run(() -> Arc.container()
                        .instance(EntityManager.class)
                        .get()
                        .createNativeQuery(
                                "insert into counselling_slot (counsellor_subject, counsellor_name, starts_at, ends_at,"
                                        + " mode, location, topics, capacity, booked)"
                                        + " select :c, 'Bench Counsellor', cast(:start as timestamptz) + make_interval(mins => 10 * g),"
                                        + " cast(:start as timestamptz) + make_interval(mins => 10 * g + 10), 'IN_PERSON', 'Room 1',"
                                        + " '{RESUME,INTERVIEW}', 2, case when g % 3 = 0 then 2 else 0 end"
                                        + " from generate_series(0, :n - 1) as g")
                        .setParameter("c", counsellor)
                        .setParameter("start", start)
                        .setParameter("n", slots)
                        .executeUpdate());
        return start.plusMinutes(10L * slots);
    }

    /** {@code clients} closed-loop clients list available slots of {@code [from, to)} for {@code seconds}. */
    public static Latencies listAvailable(
            URI graphql, int clients, OffsetDateTime from, OffsetDateTime to, double seconds) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Tokens.User viewer = Tokens.newUser("bench-viewer", "graduate");
        long span = Duration.between(from, to).toMinutes();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        long began = System.nanoTime();
        try {
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    while (System.nanoTime() < deadline) {
                        OffsetDateTime at =
                                from.plusMinutes(ThreadLocalRandom.current().nextLong(Math.max(1, span)));
                        long start = System.nanoTime();
                        JsonObject answer = post(
                                http,
                                graphql,
                                viewer,
                                AVAILABLE,
                                new JsonObject().put("from", at.toString()).put("to", to.toString()));
                        mine.add(System.nanoTime() - start);
                        if (answer.getJsonArray("errors") != null) {
                            errors.incrementAndGet();
                        }
                    }
                    return mine;
                }));
            }
            List<Long> nanos = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                nanos.addAll(future.get());
            }
            return Latencies.of(nanos, errors.get(), (System.nanoTime() - began) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    static JsonObject post(HttpClient http, URI graphql, Tokens.User user, String document, JsonObject variables)
            throws Exception {
        String body = new JsonObject()
                .put("query", document)
                .put("variables", variables)
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
    }
}
