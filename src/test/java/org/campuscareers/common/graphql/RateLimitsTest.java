package org.campuscareers.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Rate limits hold on all replicas together: their only state is the rows of
 * {@code rate_limit_window}, so hits another replica counted (written here through a connection of
 * the test's own) count as much as this one's.
 */
@QuarkusTest
class RateLimitsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CampusConfig config;

    record Limited(String bucket, ToIntFunction<CampusConfig.Limits> perMinute, String document) {}

    /** Every write a client can repeat, and the limit it counts against. Their input needs no sense: limits come first. */
    static final Map<String, Limited> REPEATABLE = new LinkedHashMap<>();

    static {
        REPEATABLE.put("createPosting", new Limited("postings", CampusConfig.Limits::postingsPerMinute, """
                mutation { createPosting(input: {employerId: "x", title: "t", description: "d", kind: FULL_TIME,
                  region: "北京", headcount: 1}) { __typename } }"""));
        REPEATABLE.put("addEmployerMember", new Limited("members", CampusConfig.Limits::memberAdditionsPerMinute, """
                mutation { addEmployerMember(input: {employerId: "x", subject: "someone"}) { __typename } }"""));
        REPEATABLE.put(
                "revokeEmployerInvitation", new Limited("members", CampusConfig.Limits::memberAdditionsPerMinute, """
                mutation { revokeEmployerInvitation(input: {invitationId: "x"}) { __typename } }"""));
        REPEATABLE.put(
                "registerForSession",
                new Limited("sessionRegistrations", CampusConfig.Limits::sessionRegistrationsPerMinute, """
                mutation { registerForSession(input: {sessionId: "x"}) { __typename } }"""));
        REPEATABLE.put(
                "unregisterFromSession",
                new Limited("sessionRegistrations", CampusConfig.Limits::sessionRegistrationsPerMinute, """
                mutation { unregisterFromSession(input: {sessionId: "x"}) { __typename } }"""));
        REPEATABLE.put(
                "setFeaturedPostings",
                new Limited("featuredPostings", CampusConfig.Limits::featuredPostingChangesPerMinute, """
                mutation { setFeaturedPostings(input: {sessionId: "x", postingIds: []}) { __typename } }"""));
        REPEATABLE.put("upvoteQuestion", new Limited("upvotes", CampusConfig.Limits::upvotesPerMinute, """
                mutation { upvoteQuestion(input: {questionId: "x"}) { __typename } }"""));
        REPEATABLE.put("removeQuestionUpvote", new Limited("upvotes", CampusConfig.Limits::upvotesPerMinute, """
                mutation { removeQuestionUpvote(input: {questionId: "x"}) { __typename } }"""));
        REPEATABLE.put("askQuestion", new Limited("questions", CampusConfig.Limits::questionsPerMinute, """
                mutation { askQuestion(input: {sessionId: "x", body: "hello"}) { __typename } }"""));
        REPEATABLE.put("applyToPosting", new Limited("applications", CampusConfig.Limits::applicationsPerMinute, """
                mutation { applyToPosting(input: {postingId: "x"}) { __typename } }"""));
        REPEATABLE.put(
                "registerEmployer", new Limited("employers", CampusConfig.Limits::employerRegistrationsPerMinute, """
                mutation { registerEmployer(input: {name: "n", kind: COMPANY, industry: OTHER, region: "北京"}) {
                  __typename } }"""));
        REPEATABLE.put(
                "bookAppointment",
                new Limited("guidanceBookings", CampusConfig.Limits::guidanceBookingsPerMinute, """
                mutation { bookAppointment(input: {slotId: "x", topic: RESUME}) { __typename } }"""));
        REPEATABLE.put(
                "cancelAppointment",
                new Limited("guidanceBookings", CampusConfig.Limits::guidanceBookingsPerMinute, """
                mutation { cancelAppointment(input: {appointmentId: "x"}) { __typename } }"""));
        REPEATABLE.put(
                "registerForGuidanceEvent",
                new Limited("guidanceBookings", CampusConfig.Limits::guidanceBookingsPerMinute, """
                mutation { registerForGuidanceEvent(input: {eventId: "x"}) { __typename } }"""));
        REPEATABLE.put(
                "cancelGuidanceRegistration",
                new Limited("guidanceBookings", CampusConfig.Limits::guidanceBookingsPerMinute, """
                mutation { cancelGuidanceRegistration(input: {registrationId: "x"}) { __typename } }"""));
        REPEATABLE.put(
                "recordEmployerVisit",
                new Limited("employerVisits", CampusConfig.Limits::employerVisitsPerMinute, """
                mutation { recordEmployerVisit(input: {employerId: "x", visitedOn: "2026-01-05", visitors: ["a"],
                  postsPromised: 1}) { __typename } }"""));
        // Any other mutation counts against the limit of all writes together.
        REPEATABLE.put("moderateQuestion", new Limited("writes", CampusConfig.Limits::writesPerMinute, """
                mutation { moderateQuestion(input: {questionId: "x", action: PIN}) { __typename } }"""));
    }

    @Test
    void shouldRefuseEveryRepeatableWriteOnceHitsOnAnyReplicaReachItsLimit() throws SQLException {
        for (Map.Entry<String, Limited> entry : REPEATABLE.entrySet()) {
            Limited limited = entry.getValue();
            int limit = limited.perMinute().applyAsInt(config.limits());
            // One below the limit, counted by another replica: this request passes the limit.
            Tokens.User user = Tokens.newUser("limited", "graduate", "employer");
            hits(user, limited.bucket(), limit - 1, 0);
            Result below = as(user, limited.document());
            assertThat(below.ok() ? "none" : below.errorCode())
                    .as(entry.getKey())
                    .isNotEqualTo("RATE_LIMITED");
            assertThat(hitsOf(user, limited.bucket())).as(entry.getKey()).isEqualTo(limit);
            // At the limit: refused before the operation looks at its input, with a retry hint.
            Result over = as(user, limited.document());
            assertThat(over.errorCode()).as(entry.getKey() + ": " + over.body()).isEqualTo("RATE_LIMITED");
            assertThat(over.errorMessage()).as(entry.getKey()).contains("At most " + limit);
            assertThat(over.json().getInt("errors[0].extensions.retryAfterSeconds"))
                    .as(entry.getKey())
                    .isBetween(1, 60);
            // A refused request uses up nothing.
            assertThat(hitsOf(user, limited.bucket())).as(entry.getKey()).isEqualTo(limit);
        }
    }

    @Test
    void shouldSayWhenTheWindowOfTheOtherReplicasHitsEnds() throws SQLException {
        Tokens.User user = Tokens.newUser("window", "employer");
        hits(user, "members", config.limits().memberAdditionsPerMinute(), 50);
        Result refused = as(user, REPEATABLE.get("addEmployerMember").document());
        assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(refused.json().getInt("errors[0].extensions.retryAfterSeconds"))
                .isBetween(9, 11);
    }

    @Test
    void shouldKeepTheUpvoteToggleLimitInTheDatabaseOnly() throws SQLException {
        Tokens.User host = Tokens.newUser("host", "employer");
        Fixtures.LiveSession session = Fixtures.liveSession(host, false);
        String question = Fixtures.ask(Tokens.newUser("asker", "graduate"), session.sessionId(), "薪资范围？", false);
        Tokens.User toggler = Tokens.newUser("toggler", "graduate");
        String remove = """
                mutation($input: RemoveQuestionUpvoteInput!) {
                  removeQuestionUpvote(input: $input) { question { upvotes } } }""";
        // Three toggles on this replica are three hits in the database.
        as(toggler, Fixtures.UPVOTE, "input", Map.of("questionId", question)).get("upvoteQuestion.question.upvotes");
        as(toggler, remove, "input", Map.of("questionId", question)).get("removeQuestionUpvote.question.upvotes");
        as(toggler, Fixtures.UPVOTE, "input", Map.of("questionId", question)).get("upvoteQuestion.question.upvotes");
        assertThat(hitsOf(toggler, "upvotes")).isEqualTo(3);
        // The others, on another replica, in the same minute: the next toggle here is one too many.
        addHits(toggler, "upvotes", config.limits().upvotesPerMinute() - 3);
        Result refused = as(toggler, remove, "input", Map.of("questionId", question));
        assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(refused.errorMessage()).contains("upvotes");
        // The minute passes (in the database): this replica remembers nothing of its own.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement age = connection.prepareStatement("update rate_limit_window"
                        + " set window_start = window_start - interval '61 seconds' where subject = ?")) {
            age.setString(1, toggler.subject());
            age.executeUpdate();
        }
        assertThat(as(toggler, remove, "input", Map.of("questionId", question))
                        .<Integer>get("removeQuestionUpvote.question.upvotes"))
                .isZero();
        assertThat(hitsOf(toggler, "upvotes")).isEqualTo(1);
    }

    @Test
    void shouldNameOnlyMutationsOfTheSchemaInTheTableOfLimits() throws Exception {
        String schema = Files.readString(Path.of("docs/schema.graphql"));
        String mutations = schema.substring(schema.indexOf("type Mutation {"));
        mutations = mutations.substring(0, mutations.indexOf("\n}"));
        for (String mutation : WriteLimits.byMutation(config.limits()).keySet()) {
            assertThat(mutations).as(mutation).contains("  " + mutation + "(");
        }
        for (String mutation : REPEATABLE.keySet()) {
            assertThat(mutations).as(mutation).contains("  " + mutation + "(");
            if (!REPEATABLE.get(mutation).bucket().equals("writes")) {
                assertThat(WriteLimits.byMutation(config.limits())).as(mutation).containsKey(mutation);
            }
        }
    }

    /** Hits counted elsewhere: {@code count} in a window that began {@code secondsAgo}. */
    private void hits(Tokens.User user, String bucket, int count, int secondsAgo) throws SQLException {
        if (count <= 0) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into rate_limit_window"
                                + " (subject, bucket, window_start, hits) values (?, ?, now() - make_interval(secs => ?), ?)")) {
            insert.setString(1, user.subject());
            insert.setString(2, bucket);
            insert.setInt(3, secondsAgo);
            insert.setInt(4, count);
            insert.executeUpdate();
        }
    }

    private void addHits(Tokens.User user, String bucket, int count) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update rate_limit_window set hits = hits + ? where subject = ? and bucket = ?")) {
            update.setInt(1, count);
            update.setString(2, user.subject());
            update.setString(3, bucket);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private int hitsOf(Tokens.User user, String bucket) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select hits from rate_limit_window where subject = ? and bucket = ?")) {
            select.setString(1, user.subject());
            select.setString(2, bucket);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }
}
