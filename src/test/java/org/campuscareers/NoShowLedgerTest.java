package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;
import static org.campuscareers.support.GuidanceFixtures.book;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.GuidanceClock;
import org.campuscareers.support.GuidanceFixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The no-show ledger through a term: no-shows count one, late cancellations half; at the limit (3)
 * the graduate can only join waitlists until staff lift it or the term ends.
 */
@QuarkusTest
class NoShowLedgerTest {

    final Tokens.User staff = Fixtures.staff();
    final Tokens.User graduate = Tokens.newUser("absent", "graduate");

    /** A slot the graduate booked and did not come to, recorded by staff; returns the slot. */
    String noShow() {
        String slot = GuidanceFixtures.slot(Fixtures.staff(), GuidanceFixtures.freeTime(), 1);
        String appointment = book(graduate, slot).get("bookAppointment.appointment.id");
        GuidanceClock.holdSlotAt(slot, OffsetDateTime.now().minusHours(2));
        as(staff, GuidanceFixtures.ATTENDANCE, "input", Map.of("appointmentId", appointment, "attended", false))
                .get("recordAppointmentAttendance.appointment.id");
        return slot;
    }

    /** A booking an hour ahead that staff cancel for the graduate: inside the window, so late. */
    void lateCancellation() {
        String slot =
                GuidanceFixtures.slot(Fixtures.staff(), OffsetDateTime.now().plusHours(1), 1);
        String appointment = book(graduate, slot).get("bookAppointment.appointment.id");
        Result cancelled = GuidanceFixtures.cancel(staff, appointment);
        assertThat(cancelled.<Boolean>get("cancelAppointment.appointment.lateCancellation"))
                .isTrue();
    }

    Map<String, Object> standing() {
        return as(graduate, GuidanceFixtures.STANDING).get("viewer.guidanceStanding");
    }

    @Test
    void shouldRestrictAGraduateToWaitlistsAtTheLimitUntilStaffLiftIt() {
        // 1. Two no-shows and a late cancellation: 2.5, under the limit of 3.
        noShow();
        noShow();
        lateCancellation();
        assertThat(standing())
                .containsEntry("noShows", 2.5f)
                .containsEntry("limit", 3)
                .containsEntry("restricted", false);
        String free = GuidanceFixtures.slot(Fixtures.staff(), GuidanceFixtures.freeTime(), 1);
        String booked = book(graduate, free).get("bookAppointment.appointment.id");
        assertThat(GuidanceFixtures.cancel(graduate, booked)
                        .<Boolean>get("cancelAppointment.appointment.lateCancellation"))
                .isFalse();

        // 2. A second late cancellation makes three: a free place now puts the graduate in line.
        lateCancellation();
        assertThat(standing()).containsEntry("noShows", 3.0f).containsEntry("restricted", true);
        String slot = GuidanceFixtures.slot(Fixtures.staff(), GuidanceFixtures.freeTime(), 1);
        Result waiting = book(graduate, slot);
        assertThat(waiting.<String>get("bookAppointment.appointment.status")).isEqualTo("WAITLISTED");
        assertThat(waiting.<Integer>get("bookAppointment.appointment.waitlistPosition"))
                .isEqualTo(1);
        String waitingId = waiting.get("bookAppointment.appointment.id");

        // 3. Someone in good standing takes the free place; when it is given up, the line moves.
        Tokens.User punctual = Tokens.newUser("punctual", "graduate");
        String place = book(punctual, slot).get("bookAppointment.appointment.id");
        assertThat(as(punctual, GuidanceFixtures.SLOT, "id", slot).<Integer>get("node.booked"))
                .isEqualTo(1);
        GuidanceFixtures.cancel(punctual, place).get("cancelAppointment.appointment.id");
        assertThat(as(graduate, "query($id: ID!) { node(id: $id) { ... on Appointment { status } } }", "id", waitingId)
                        .<String>get("node.status"))
                .isEqualTo("BOOKED");
        GuidanceFixtures.cancel(graduate, waitingId).get("cancelAppointment.appointment.id");

        // 4. The graduate's standing is its own and staff's: an employer never sees it.
        String graduateId = GuidanceFixtures.graduateId(graduate);
        String ofGraduate = "query($id: ID!) { node(id: $id) { ... on Graduate { guidanceStanding { noShows } } } }";
        assertThat(as(staff, ofGraduate, "id", graduateId).<Float>get("node.guidanceStanding.noShows"))
                .isEqualTo(3.0f);
        assertThat(as(Tokens.newUser("hr", "employer"), "{ viewer { guidanceStanding { noShows } } }")
                        .<Object>get("viewer.guidanceStanding"))
                .isNull();

        // 5. Staff lift it: the marks so far stop counting, and free places are the graduate's again.
        Result lifted = as(
                staff,
                "mutation($input: LiftGuidanceRestrictionInput!) { liftGuidanceRestriction(input: $input) {"
                        + " graduate { id } standing { noShows restricted liftedAt } } }",
                "input",
                Map.of("graduateId", graduateId, "reason", "家中有事，已说明情况"));
        assertThat(lifted.<Float>get("liftGuidanceRestriction.standing.noShows"))
                .isEqualTo(0.0f);
        assertThat(lifted.<Boolean>get("liftGuidanceRestriction.standing.restricted"))
                .isFalse();
        assertThat(standing().get("liftedAt")).isNotNull();
        String after = GuidanceFixtures.slot(Fixtures.staff(), GuidanceFixtures.freeTime(), 1);
        assertThat(book(graduate, after).<String>get("bookAppointment.appointment.status"))
                .isEqualTo("BOOKED");
        noShow();
        assertThat(standing()).containsEntry("noShows", 1.0f);
    }

    @Test
    void shouldCountOnlyThisTermsMarksAndForgetACorrectedNoShow() {
        List<String> slots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slots.add(noShow());
        }
        Map<String, Object> standing = standing();
        assertThat(standing).containsEntry("restricted", true);
        LocalDate termStart = LocalDate.parse((String) standing.get("termStartsOn"));
        LocalDate termEnd = LocalDate.parse((String) standing.get("termEndsOn"));
        assertThat(termEnd).isAfter(termStart);
        assertThat(LocalDate.now(ZoneId.of("Asia/Shanghai"))).isBetween(termStart, termEnd);

        // One of the meetings was last term: it no longer counts.
        OffsetDateTime lastTerm = termStart
                .minusDays(10)
                .atTime(10, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toOffsetDateTime();
        GuidanceClock.holdSlotAt(slots.get(0), lastTerm);
        assertThat(standing()).containsEntry("noShows", 2.0f).containsEntry("restricted", false);

        // Staff correct another: the graduate did come after all.
        String appointment = as(staff, GuidanceFixtures.SLOT_APPOINTMENTS, "slot", slots.get(1))
                .<List<String>>get("appointments.nodes.id")
                .get(0);
        as(staff, GuidanceFixtures.ATTENDANCE, "input", Map.of("appointmentId", appointment, "attended", true))
                .get("recordAppointmentAttendance.appointment.id");
        assertThat(standing()).containsEntry("noShows", 1.0f);
    }
}
