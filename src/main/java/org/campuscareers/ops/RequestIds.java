package org.campuscareers.ops;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request an id that appears in each log line written for it (MDC key
 * {@code requestId}, shown by the JSON logs of production) and in the {@code X-Request-Id}
 * response header. An id the ingress already set is kept, so one id follows the request from the
 * edge to this log; anything that does not look like an id is replaced rather than logged.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String id = context.request().getHeader(HEADER);
            if (id == null || !PLAUSIBLE.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
            }
            // Quarkus keeps the MDC on the request's Vert.x context, so worker threads see it too.
            MDC.put(MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.addEndHandler(done -> MDC.remove(MDC_KEY));
            context.next();
        });
    }
}
