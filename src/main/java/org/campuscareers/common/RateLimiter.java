package org.campuscareers.common;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-user limits on mutations a client could spam (applying, upvoting, registering employers),
 * counted in one-minute windows in this replica's memory: with N replicas a user gets at most N
 * times the limit, which still bounds abuse without a shared store. Questions have their own,
 * exact, database-backed limit per session.
 */
@ApplicationScoped
public class RateLimiter {

    static final long WINDOW_MILLIS = 60_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts one {@code action} by {@code subject}; RATE_LIMITED once it exceeds {@code perMinute}. */
    public void acquire(String action, String subject, int perMinute) {
        long now = System.currentTimeMillis();
        Window window = windows.compute(
                action + '\u0000' + subject,
                (key, current) -> current == null || now - current.start >= WINDOW_MILLIS
                        ? new Window(now, 1)
                        : current.plusOne());
        if (window.count > perMinute) {
            long retryAfter = Math.max(1, (window.start + WINDOW_MILLIS - now + 999) / 1000);
            throw new ApiException(
                    ErrorCode.RATE_LIMITED,
                    "Too many requests of this kind; try again in " + retryAfter + " s",
                    null,
                    Map.of("retryAfterSeconds", retryAfter));
        }
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldWindows() {
        long now = System.currentTimeMillis();
        windows.values().removeIf(window -> now - window.start >= WINDOW_MILLIS);
    }

    private record Window(long start, int count) {
        Window plusOne() {
            return new Window(start, count + 1);
        }
    }
}
