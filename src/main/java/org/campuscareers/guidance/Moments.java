package org.campuscareers.guidance;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The current time at PostgreSQL's precision (microseconds), for the moments an aggregate records:
 * a payload then shows the same value a later read of the row does.
 */
final class Moments {

    private Moments() {}

    static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
