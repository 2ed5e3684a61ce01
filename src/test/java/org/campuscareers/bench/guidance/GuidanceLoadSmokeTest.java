package org.campuscareers.bench.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.OffsetDateTime;
import org.campuscareers.support.GuidanceFixtures;
import org.junit.jupiter.api.Test;

/** A tiny run of the guidance benchmark in every build, so that bench/guidance.sh does not rot. */
@QuarkusTest
class GuidanceLoadSmokeTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void shouldMeasureTheLastPlacesAndTheListingOnASmallScale() throws Exception {
        GuidanceLoad.Booking booking = GuidanceLoad.lastPlaces(graphql, 8, 3, 2);
        assertThat(booking.latencies().requests()).isEqualTo(16);
        assertThat(booking.latencies().errors()).isZero();
        assertThat(booking.booked()).isEqualTo(6);
        assertThat(booking.waitlisted()).isEqualTo(10);
        assertThat(booking.slotsOverfull()).isZero();
        assertThat(booking.latencies().p99()).isPositive();

        OffsetDateTime from = GuidanceFixtures.freeTime();
        OffsetDateTime to = GuidanceLoad.seedSlots(from, 300);
        GuidanceLoad.Latencies listing = GuidanceLoad.listAvailable(graphql, 2, from, to, 1.0);
        assertThat(listing.requests()).isPositive();
        assertThat(listing.errors()).isZero();
        assertThat(listing.row("smoke")).startsWith("| smoke |");
    }
}
