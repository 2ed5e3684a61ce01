package org.campuscareers.guidance;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Check;

/** What staff plan for a guidance event, checked field by field before it reaches the entity. */
public record EventPlan(
        String title,
        GuidanceEventKind kind,
        String description,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String location,
        int capacity,
        Eligibility eligibility) {

    public static final int MAX_CAPACITY = 10_000;
    public static final Duration MAX_LENGTH = Duration.ofDays(14);

    public static EventPlan checked(
            String title,
            GuidanceEventKind kind,
            String description,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String location,
            Integer capacity,
            Eligibility eligibility) {
        String cleanTitle = Check.text("title", title, 1, 200);
        Check.required("kind", kind);
        String cleanDescription = Check.text("description", description, 1, 10_000);
        Check.future("startsAt", Check.required("startsAt", startsAt));
        Check.required("endsAt", endsAt);
        if (!endsAt.isAfter(startsAt)) {
            throw ApiException.badInput("endsAt", "endsAt must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
            throw ApiException.badInput("endsAt", "An event may last at most 14 days; plan each meeting as an event");
        }
        Check.range("capacity", Check.required("capacity", capacity), 1, MAX_CAPACITY);
        return new EventPlan(
                cleanTitle,
                kind,
                cleanDescription,
                startsAt,
                endsAt,
                Check.optionalText("location", location, 200),
                capacity,
                eligibility == null ? Eligibility.EVERYONE : eligibility);
    }
}
