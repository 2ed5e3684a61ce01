package org.campuscareers.support;

import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.campuscareers.common.GlobalId;

/** Graduates with a cohort, destination reports, and moving a report back in time for weekly reports. */
public final class OutcomeFixtures {

    public static final String PROFILE = """
            mutation($input: UpdateGraduateProfileInput!) {
              updateGraduateProfile(input: $input) { graduate { id college major graduationYear } }
            }""";
    public static final String REPORT = """
            mutation($input: ReportOutcomeInput!) {
              reportOutcome(input: $input) {
                outcome {
                  id category naceCategory organization evidence evidenceNote source current reportedBy note changes
                  cohortYear posting { id }
                  history { id category organization current supersededAt reportedBy changes }
                }
              }
            }""";
    public static final String VERIFY = """
            mutation($input: VerifyOutcomeInput!) {
              verifyOutcome(input: $input) { outcome { id evidence evidenceNote evidenceReason evidenceDecidedAt } }
            }""";
    public static final String VIEWER_OUTCOME = """
            { viewer { outcome { id category source organization evidence posting { id } } } }""";

    private static final AtomicInteger WEEKS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 900));

    private OutcomeFixtures() {}

    /**
     * A Monday between February and June of a year from 1960 to 2004, a different one at every call
     * of the run: weekly reports are issued once per week, so each test takes a week of its own. The
     * week reports on that year's cohort.
     */
    public static LocalDate pastMonday() {
        int i = WEEKS.getAndIncrement() % 900;
        int year = 1960 + i / 20;
        return LocalDate.of(year, 2, 1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                .plusWeeks(i % 20);
    }

    /** A short token that keeps one test's colleges apart from every other test's. */
    public static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new graduate with this profile; returns the user (its graduate id via {@link #graduateId}). */
    public static Tokens.User graduate(String college, String major, String degree, Integer graduationYear) {
        Tokens.User user = Tokens.newUser("grad", "graduate");
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", "毕业生");
        profile.put("college", college);
        profile.put("major", major);
        profile.put("degree", degree);
        profile.put("graduationYear", graduationYear);
        as(user, PROFILE, "input", profile).get("updateGraduateProfile.graduate.id");
        return user;
    }

    public static String graduateId(Tokens.User graduate) {
        return as(graduate, "{ viewer { graduate { id } } }").get("viewer.graduate.id");
    }

    /** The graduate reports a destination for itself; returns the outcome's id. */
    public static String report(Tokens.User graduate, String category, String organization) {
        Map<String, Object> input = new HashMap<>();
        input.put("category", category);
        input.put("organization", organization);
        return as(graduate, REPORT, "input", input).get("reportOutcome.outcome.id");
    }

    /** The destination version now counts as reported at {@code at}, straight in the database. */
    public static void reportedAt(String outcomeId, OffsetDateTime at) {
        long id = GlobalId.parse(outcomeId).id();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager entityManager =
                    Arc.container().instance(EntityManager.class).get();
            entityManager
                    .createNativeQuery("update outcome set reported_at = :at where id = :id")
                    .setParameter("at", at)
                    .setParameter("id", id)
                    .executeUpdate();
            entityManager
                    .createNativeQuery(
                            "update outcome set superseded_at = :at where id = (select previous_id from outcome"
                                    + " where id = :id)")
                    .setParameter("at", at)
                    .setParameter("id", id)
                    .executeUpdate();
        });
    }
}
