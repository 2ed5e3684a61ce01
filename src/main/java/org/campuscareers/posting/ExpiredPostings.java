package org.campuscareers.posting;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.campuscareers.common.CampusConfig;

/**
 * Deadlines pass on their own: every {@code campus.postings.close-expired-every}, PUBLISHED
 * postings whose deadline is over become CLOSED. Every replica may run it; the update is idempotent.
 */
@ApplicationScoped
class ExpiredPostings {

    private final PostingRepository postings;
    private final CampusConfig config;

    ExpiredPostings(PostingRepository postings, CampusConfig config) {
        this.postings = postings;
        this.config = config;
    }

    void schedule(@Observes StartupEvent started, Scheduler scheduler) {
        scheduler
                .newJob("close-expired-postings")
                .setInterval(config.postings().closeExpiredEvery().toString())
                .setConcurrentExecution(ConcurrentExecution.SKIP)
                .setTask(execution -> closeExpired())
                .schedule();
    }

    void closeExpired() {
        int closed = QuarkusTransaction.requiringNew().call(postings::closeExpired);
        if (closed > 0) {
            Log.infof("Closed %d postings whose deadline passed", closed);
        }
    }
}
