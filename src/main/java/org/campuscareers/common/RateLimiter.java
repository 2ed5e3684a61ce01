package org.campuscareers.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-user limits on what a client could repeat, counted in one-minute windows in PostgreSQL
 * ({@code rate_limit_window}), so that a limit holds on any number of replicas together. A request
 * adds all its hits in one statement in a transaction of its own, before the work it limits
 * begins: its rows stay locked only for that statement, and a refused request counts nothing.
 */
@ApplicationScoped
public class RateLimiter {

    static final int WINDOW_SECONDS = 60;

    /** A limit: its name (the row's key) and what it counts, as a message names it, and how many a minute. */
    public record Limit(String bucket, String counts, int perMinute) {}

    private static final String ADD_HITS = """
            insert into rate_limit_window as w (subject, bucket, window_start, hits)
            select ?, b.bucket, now(), b.hits from unnest(?::text[], ?::int[]) as b (bucket, hits) order by b.bucket
            on conflict (subject, bucket) do update set
              window_start = case when w.window_start <= now() - make_interval(secs => ?) then now() else w.window_start end,
              hits = case when w.window_start <= now() - make_interval(secs => ?) then excluded.hits else w.hits + excluded.hits end
            returning w.bucket, w.hits, extract(epoch from w.window_start + make_interval(secs => ?) - now())""";

    private final AgroalDataSource dataSource;

    public RateLimiter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Counts one hit for each entry of {@code hits} (a limit may appear several times) by
     * {@code subject}; RATE_LIMITED, with {@code extensions.retryAfterSeconds}, when one would exceed its
     * limit this minute.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void acquire(String subject, List<Limit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        // Rows lock in bucket order, so that two requests of one user never wait on each other in a circle.
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Limit> limits = new TreeMap<>();
        for (Limit limit : hits) {
            counts.merge(limit.bucket(), 1, Integer::sum);
            limits.put(limit.bucket(), limit);
        }
        List<Refusal> refusals = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(ADD_HITS)) {
            statement.setString(1, subject);
            statement.setArray(
                    2, connection.createArrayOf("text", counts.keySet().toArray()));
            statement.setArray(
                    3, connection.createArrayOf("int4", counts.values().toArray()));
            statement.setInt(4, WINDOW_SECONDS);
            statement.setInt(5, WINDOW_SECONDS);
            statement.setInt(6, WINDOW_SECONDS);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Limit limit = limits.get(rows.getString(1));
                    if (rows.getInt(2) > limit.perMinute()) {
                        refusals.add(new Refusal(limit, Math.max(1, (long) Math.ceil(rows.getDouble(3)))));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the request against its rate limits", e);
        }
        // Throwing rolls the hits back: a refused request uses up nothing.
        refusals.stream()
                .max(Comparator.comparingLong(Refusal::retryAfterSeconds))
                .ifPresent(refusal -> {
                    throw new ApiException(
                            ErrorCode.RATE_LIMITED,
                            "At most " + refusal.limit().perMinute() + " "
                                    + refusal.limit().counts() + " a minute; try again in "
                                    + refusal.retryAfterSeconds() + " s",
                            null,
                            Map.of("retryAfterSeconds", refusal.retryAfterSeconds()));
                });
    }

    private record Refusal(Limit limit, long retryAfterSeconds) {}

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetPassedWindows() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "delete from rate_limit_window where window_start <= now() - make_interval(secs => ?)")) {
            statement.setInt(1, WINDOW_SECONDS);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete passed rate-limit windows", e);
        }
    }
}
