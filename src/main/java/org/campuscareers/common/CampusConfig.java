package org.campuscareers.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * The service's own settings, every one under {@code campus.*}. Each default lives here and only
 * here: {@code application.properties} holds only what a profile changes ({@code %test.} and the
 * like), and an environment variable such as {@code CAMPUS_LIVE_POLL_EVERY=5s} overrides any of them.
 * Durations take the forms {@code 60s}, {@code 5m} or ISO-8601 ({@code PT1M}).
 */
@ConfigMapping(prefix = "campus")
public interface CampusConfig {

    /** Limits on what one GraphQL request may ask for. */
    GraphQL graphql();

    /** Per-user limits on mutations a client could spam. */
    Limits limits();

    /** The service's connections to PostgreSQL. */
    Database database();

    /** Live recruitment sessions. */
    Live live();

    /** Posting housekeeping. */
    Postings postings();

    /** {@code ./mvnw quarkus:dev} only. */
    Dev dev();
    /** Career guidance: counselling appointments, guidance events, the no-show ledger. */
    Guidance guidance();

    /** Graduates' destinations and employment statistics. */
    Outcomes outcomes();

    /** Weekly employment reports (就业工作周报). */
    Reports reports();

    interface Outcomes {
        /**
         * {@code campus.outcomes.flexible-share-margin}: a statistics row is flagged when its share of
         * flexible employment and start-ups among placed destinations exceeds the whole selection's
         * by more than this (0.2 = 20 percentage points).
         */
        @WithDefault("0.2")
        double flexibleShareMargin();
    }

    interface Reports {
        /**
         * {@code campus.reports.schedule}: when the previous week's reports are issued (a Quartz-style
         * cron in {@code campus.guidance.zone}); one replica issues them, under a database lock.
         * {@code off} disables the schedule (reports can still be issued with issueWeeklyReports).
         */
        @WithDefault("0 0 6 ? * MON")
        String schedule();

        /**
         * {@code campus.reports.cohort-turnover}: the day (month-day) from which weekly reports follow
         * the next cohort: with 09-01, weeks from September 2026 to August 2027 report on the 2027 cohort.
         */
        @WithDefault("09-01")
        @WithConverter(MonthDayConverter.class)
        MonthDay cohortTurnover();
    }

    interface GraphQL {
        /** {@code campus.graphql.max-depth}: the deepest selection nesting a document may have; deeper fails with QUERY_TOO_COMPLEX. */
        @WithDefault("12")
        int maxDepth();

        /** {@code campus.graphql.max-complexity}: the most fields a document may select, fragments expanded; more fails with QUERY_TOO_COMPLEX. */
        @WithDefault("1000")
        int maxComplexity();

        /** {@code campus.graphql.max-aliases}: the most aliases a document may use (aliases multiply the work of one field). */
        @WithDefault("30")
        int maxAliases();

        /** {@code campus.graphql.max-operations}: the most operations one document may hold. */
        @WithDefault("5")
        int maxOperations();

        /**
         * {@code campus.graphql.max-nodes}: the most nodes a query may ask for, counted before it runs
         * as the product of {@code first} (20 when absent, 100 for a plain list) along each nested
         * path of lists, summed over the paths (GitHub's rule); more fails with QUERY_TOO_COMPLEX.
         * Every response reports its count in {@code extensions.cost}.
         */
        @WithDefault("50000")
        int maxNodes();

        /**
         * {@code campus.graphql.request-timeout}: the longest one query or mutation may run; past it the
         * fields not yet resolved fail with INTERNAL and {@code extensions.retryAfterSeconds} (a
         * statement already running is bounded by {@code campus.database.statement-timeout}).
         */
        @WithDefault("10s")
        Duration requestTimeout();
    }

    interface Database {
        /**
         * {@code campus.database.statement-timeout}: the longest one SQL statement may run
         * (PostgreSQL's {@code statement_timeout} on every pooled connection; migrations run without
         * it); longer fails with INTERNAL and {@code extensions.retryAfterSeconds}. Must be below
         * {@code campus.graphql.request-timeout}.
         */
        @WithDefault("9s")
        Duration statementTimeout();
    }

    /**
     * Per user and minute, on all replicas together (kept in PostgreSQL); more fail with
     * RATE_LIMITED and {@code extensions.retryAfterSeconds}. Which mutation counts against which
     * limit: {@code common.graphql.WriteLimits}.
     */
    interface Limits {
        /** {@code campus.limits.writes-per-minute}: mutations of any kind together. */
        @WithDefault("120")
        int writesPerMinute();

        /** {@code campus.limits.applications-per-minute}: applications one graduate may send. */
        @WithDefault("10")
        int applicationsPerMinute();

        /** {@code campus.limits.upvotes-per-minute}: upvotes and their removals together. */
        @WithDefault("60")
        int upvotesPerMinute();

        /** {@code campus.limits.employer-registrations-per-minute}: employers one user may register. */
        @WithDefault("3")
        int employerRegistrationsPerMinute();

        /** {@code campus.limits.postings-per-minute}: postings one user may create. */
        @WithDefault("30")
        int postingsPerMinute();

        /**
         * {@code campus.limits.employer-visits-per-minute}: employer visits and cooperation-programme
         * changes one staff member may record.
         */
        @WithDefault("30")
        int employerVisitsPerMinute();

        /** {@code campus.limits.member-additions-per-minute}: members one user may add to employers. */
        @WithDefault("10")
        int memberAdditionsPerMinute();

        /** {@code campus.limits.session-registrations-per-minute}: registrations for sessions and their cancellations together. */
        @WithDefault("20")
        int sessionRegistrationsPerMinute();

        /** {@code campus.limits.featured-posting-changes-per-minute}: changes of a session's featured postings (each reaches every viewer). */
        @WithDefault("30")
        int featuredPostingChangesPerMinute();

        /**
         * {@code campus.limits.questions-per-minute}: questions one user may ask in all sessions
         * together (in one session, {@code campus.live.questions-per-minute}).
         */
        @WithDefault("20")
        int questionsPerMinute();

        /** {@code campus.limits.guidance-bookings-per-minute}: counselling bookings, guidance-event registrations and their cancellations together. */
        @WithDefault("10")
        int guidanceBookingsPerMinute();
    }

    interface Live {
        /** {@code campus.live.questions-per-minute}: questions one user may ask in one session per minute; more fail with RATE_LIMITED. */
        @WithDefault("5")
        int questionsPerMinute();

        /**
         * {@code campus.live.subscriber-stall}: how long a subscriber's websocket may stay full (the
         * client not reading what it was sent) while new events come for it, before it is closed
         * with 4000 and told to reconnect with {@code after}. A time, not a number of events: a
         * client that reads is behind only for as long as a burst takes to drain.
         */
        @WithDefault("10s")
        Duration subscriberStall();

        /** {@code campus.live.subscriptions-per-connection}: subscriptions one websocket may hold open at once. */
        @WithDefault("10")
        int subscriptionsPerConnection();

        /** {@code campus.live.subscriptions-per-subject}: subscriptions one signed-in user may hold open on a replica. */
        @WithDefault("20")
        int subscriptionsPerSubject();

        /** {@code campus.live.poll-every}: how often each replica reads the event log even without a notification. */
        @WithDefault("2s")
        Duration pollEvery();

        /** The livestream page served at /live/{sessionId} (docs/LIVE-PAGE.md). */
        Page page();
    }

    interface Page {
        /**
         * {@code campus.live.page.client-id}: the OIDC provider's public client the page signs in with
         * (authorization code with PKCE); the provider is quarkus.oidc.auth-server-url.
         */
        @WithDefault("campus-app")
        String clientId();

        /** {@code campus.live.page.scope}: the scopes the page asks for. */
        @WithDefault("openid")
        String scope();

        /**
         * {@code campus.live.page.brand}: the name in the page's header, such as the university's
         * career center; a bilingual default otherwise.
         */
        Optional<String> brand();

        /**
         * {@code campus.live.page.stylesheet}: a stylesheet loaded after the page's own (a path on this service or an https URL), to
         * restyle it: it may override the page's CSS custom properties (--live-accent, ...).
         */
        Optional<String> stylesheet();
    }

    interface Postings {
        /** {@code campus.postings.close-expired-every}: how often PUBLISHED postings whose deadline passed are closed. */
        @WithDefault("60s")
        Duration closeExpiredEvery();
    }

    interface Dev {
        /**
         * {@code campus.dev.database-port}: the port of the embedded PostgreSQL that dev mode starts
         * when no database URL is configured.
         */
        @WithDefault("54329")
        int databasePort();
    }

    interface Guidance {
        /**
         * {@code campus.guidance.cancel-before}: a graduate may cancel an appointment or a registration
         * up to this long before it starts; later only staff can, and it counts as a late cancellation.
         */
        @WithDefault("2h")
        Duration cancelBefore();

        /**
         * {@code campus.guidance.no-show-limit}: no-shows in one term (a late cancellation counts as
         * half) after which a graduate can only join waitlists until staff lift it or the term ends.
         */
        @WithDefault("3")
        int noShowLimit();

        /**
         * {@code campus.guidance.max-future-appointments}: counselling appointments (booked or
         * waitlisted, not yet started) one graduate may hold at once.
         */
        @WithDefault("2")
        int maxFutureAppointments();

        /** {@code campus.guidance.reminder-before}: how long before the start booked graduates are reminded. */
        @WithDefault("24h")
        Duration reminderBefore();

        /** {@code campus.guidance.check-in-opens-before}: how long before an event's start the door check-in opens. */
        @WithDefault("1h")
        Duration checkInOpensBefore();

        /**
         * {@code campus.guidance.housekeeping-every}: how often reminders are sent and ended events'
         * registrations that were not checked in become NO_SHOW.
         */
        @WithDefault("1m")
        Duration housekeepingEvery();

        /**
         * {@code campus.guidance.term-starts}: the days (month-day, {@code 02-15}) on which terms
         * begin each year; a term runs to the next one. No-shows count per term.
         */
        @WithDefault("02-15,09-01")
        List<@WithConverter(MonthDayConverter.class) MonthDay> termStarts();

        /** {@code campus.guidance.zone}: the campus's time zone, in which term boundaries fall. */
        @WithDefault("Asia/Shanghai")
        ZoneId zone();
    }

    /** Reads {@code MM-dd} (and ISO's {@code --MM-dd}) as a day of the year. */
    final class MonthDayConverter implements Converter<MonthDay> {
        @Override
        public MonthDay convert(String value) {
            String text = value.strip();
            return MonthDay.parse(text.startsWith("--") ? text : "--" + text);
        }
    }
}
