package org.campuscareers.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.campuscareers.common.CampusConfig;

/**
 * The cancel window, for appointments and registrations alike: a graduate gives up its place until
 * {@code campus.guidance.cancel-before} before the start; inside the window only staff can, and the
 * place given up counts as a late cancellation (half a no-show) unless staff excuse it.
 */
@ApplicationScoped
class CancelWindow {

    private final CampusConfig config;

    CancelWindow(CampusConfig config) {
        this.config = config;
    }

    boolean isInside(OffsetDateTime startsAt) {
        return !OffsetDateTime.now().isBefore(startsAt.minus(config.guidance().cancelBefore()));
    }

    /** The window in words, for error messages: "2 hours". */
    String describe() {
        Duration duration = config.guidance().cancelBefore();
        if (duration.toMinutes() % 60 == 0) {
            long hours = duration.toHours();
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return duration.toMinutes() + " minutes";
    }
}
