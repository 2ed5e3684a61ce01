package org.campuscareers.bench.guidance;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.campuscareers.support.GuidanceFixtures;
import org.junit.jupiter.api.Test;

/**
 * The guidance benchmark (not part of the test suite: its name does not end in Test). Run it with
 * {@code bench/guidance.sh}; it writes target/benchmarks/guidance.md.
 *
 * <p>System properties: {@code guidance.clients} (64), {@code guidance.capacity} (places per slot,
 * 3), {@code guidance.rounds} (slots booked one after another, 30), {@code guidance.slots} (slots to
 * list among, 10000), {@code guidance.listClients} (16), {@code guidance.seconds} (listing time, 20).
 */
@QuarkusTest
class GuidanceBenchmark {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void measureGuidance() throws Exception {
        int clients = Integer.getInteger("guidance.clients", 64);
        int capacity = Integer.getInteger("guidance.capacity", 3);
        int rounds = Integer.getInteger("guidance.rounds", 30);
        int slots = Integer.getInteger("guidance.slots", 10_000);
        int listClients = Integer.getInteger("guidance.listClients", 16);
        double seconds = Double.parseDouble(System.getProperty("guidance.seconds", "20"));
        // A small round first, so that the measured ones do not pay for JIT compilation.
        GuidanceLoad.lastPlaces(graphql, clients, capacity, 3);
        GuidanceLoad.Booking booking = GuidanceLoad.lastPlaces(graphql, clients, capacity, rounds);
        OffsetDateTime from = GuidanceFixtures.freeTime();
        OffsetDateTime to = GuidanceLoad.seedSlots(from, slots);
        GuidanceLoad.listAvailable(graphql, listClients, from, to, Math.min(5, seconds));
        GuidanceLoad.Latencies listing = GuidanceLoad.listAvailable(graphql, listClients, from, to, seconds);
        String report = "Guidance, " + OffsetDateTime.now() + ", "
                + Runtime.getRuntime().availableProcessors()
                + " cores, JDK " + System.getProperty("java.version") + "\n\n"
                + GuidanceLoad.Latencies.header() + "\n"
                + booking.latencies()
                        .row("bookAppointment: " + clients + " clients at once on one slot of " + capacity + " places, "
                                + rounds + " slots")
                + "\n"
                + listing.row("counsellingSlots(onlyAvailable) first page with totalCount, " + listClients
                        + " clients, among " + slots + " slots")
                + "\n\nBooked " + booking.booked() + ", waitlisted " + booking.waitlisted() + ", slots over capacity or"
                + " out of step with their rows: " + booking.slotsOverfull() + "\n";
        Path out = Path.of("target", "benchmarks", "guidance.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }
}
