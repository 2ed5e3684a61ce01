package org.campuscareers.support;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate sends while serving HTTP requests, so tests can prove nested
 * fields load in batches. Statements of scheduled jobs (which run outside any request) do not
 * count: they run whenever their interval says, and would make a count depend on timing.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    private static final AtomicInteger COUNT = new AtomicInteger();

    @Override
    public String inspect(String sql) {
        if (servingARequest()) {
            COUNT.incrementAndGet();
        }
        return sql;
    }

    private static boolean servingARequest() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return false;
        }
        return container.instance(CurrentVertxRequest.class).get().getCurrent() != null;
    }

    public static void reset() {
        COUNT.set(0);
    }

    public static int count() {
        return COUNT.get();
    }
}
