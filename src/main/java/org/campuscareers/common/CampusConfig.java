package org.campuscareers.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings, under {@code campus.*} in application.properties. */
@ConfigMapping(prefix = "campus")
public interface CampusConfig {

    /** Limits on what one GraphQL request may ask for. */
    GraphQL graphql();

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

        /** How many distinct valid documents are kept parsed and validated, to skip that work on repeats. */
        @WithDefault("1000")
        int documentCacheSize();
    }
}
