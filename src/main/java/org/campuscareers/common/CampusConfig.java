package org.campuscareers.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The service's own settings, under {@code campus.*} in application.properties. */
@ConfigMapping(prefix = "campus")
public interface CampusConfig {

    /** Limits on what one GraphQL request may ask for. */
    GraphQL graphql();

    /** Per-user limits on mutations a client could spam, per replica and minute. */
    Limits limits();

    interface Limits {
        /** Applications one graduate may send per minute. */
        @WithDefault("10")
        int applicationsPerMinute();

        /** Upvotes (and their removals) one user may give per minute. */
        @WithDefault("60")
        int upvotesPerMinute();

        /** Employers one user may register per minute. */
        @WithDefault("3")
        int employerRegistrationsPerMinute();
    }

    /** Live recruitment sessions. */
    Live live();

    interface Live {
        /** How many questions one user may ask in one session per minute; more fail with RATE_LIMITED. */
        @WithDefault("5")
        int questionsPerMinute();

        /**
         * How many events a subscriber may fall behind (its connection not taking them) before it
         * is closed and told to reconnect with {@code after}.
         */
        @WithDefault("500")
        int subscriberBacklog();

        /** How often each replica checks the event log even without a notification. */
        @WithDefault("2s")
        String pollEvery();

        /** The livestream page served at /live/{sessionId} (docs/LIVE-PAGE.md). */
        Page page();
    }

    interface Page {
        /**
         * The OIDC provider's public client the page signs in with (authorization code with PKCE);
         * the provider is quarkus.oidc.auth-server-url.
         */
        @WithDefault("campus-app")
        String clientId();

        /** The scopes the page asks for. */
        @WithDefault("openid")
        String scope();

        /** The name in the page's header, such as the university's career center; a bilingual default otherwise. */
        Optional<String> brand();

        /**
         * A stylesheet loaded after the page's own (a path on this service or an https URL), to
         * restyle it: it may override the page's CSS custom properties (--live-accent, ...).
         */
        Optional<String> stylesheet();
    }

    /** Posting housekeeping. */
    Postings postings();

    interface Postings {
        /** How often PUBLISHED postings whose deadline passed are closed. */
        @WithDefault("60s")
        String closeExpiredEvery();
    }

    interface GraphQL {
        /** The deepest selection nesting a document may have; deeper documents fail with QUERY_TOO_COMPLEX. */
        @WithDefault("12")
        int maxDepth();

        /** The most fields a document may select, fragments expanded; more fail with QUERY_TOO_COMPLEX. */
        @WithDefault("1000")
        int maxComplexity();

        /** The most aliases a document may use (aliases multiply the work of one field). */
        @WithDefault("30")
        int maxAliases();

        /** The most operations one document may hold. */
        @WithDefault("5")
        int maxOperations();
    }
}
