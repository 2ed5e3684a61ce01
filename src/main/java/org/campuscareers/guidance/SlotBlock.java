package org.campuscareers.guidance;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Check;

/**
 * A block of a counsellor's time to publish, checked field by field: a future range of at most a
 * day, cut into whole pieces of {@code slotMinutes}, each for {@code capacity} graduates.
 */
public record SlotBlock(
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        Duration slotLength,
        int capacity,
        MeetingMode mode,
        String location,
        List<CounsellingTopic> topics) {

    public static final int MAX_SLOTS = 96;
    public static final Duration MAX_RANGE = Duration.ofHours(24);

    public static SlotBlock checked(
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            Integer slotMinutes,
            Integer capacity,
            MeetingMode mode,
            String location,
            List<CounsellingTopic> topics) {
        Check.future("startsAt", Check.required("startsAt", startsAt));
        Check.required("endsAt", endsAt);
        Check.range("slotMinutes", Check.required("slotMinutes", slotMinutes), 10, 480);
        Check.range("capacity", Check.required("capacity", capacity), 1, 50);
        Check.required("mode", mode);
        String place = Check.optionalText("location", location, 200);
        if (mode == MeetingMode.IN_PERSON && place == null) {
            throw ApiException.badInput("location", "An IN_PERSON slot needs a location");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw ApiException.badInput("endsAt", "endsAt must be after startsAt");
        }
        Duration range = Duration.between(startsAt, endsAt);
        if (range.compareTo(MAX_RANGE) > 0) {
            throw ApiException.badInput("endsAt", "A block may span at most 24 hours; publish each day on its own");
        }
        Duration length = Duration.ofMinutes(slotMinutes);
        if (range.toMinutes() % slotMinutes != 0 || range.toSeconds() % 60 != 0) {
            throw ApiException.badInput(
                    "endsAt", "endsAt must be a whole number of slotMinutes (" + slotMinutes + ") after startsAt");
        }
        if (range.toMinutes() / slotMinutes > MAX_SLOTS) {
            throw ApiException.badInput("slotMinutes", "A block may hold at most " + MAX_SLOTS + " slots");
        }
        if (topics == null || topics.isEmpty()) {
            throw ApiException.badInput("topics", "Name at least one topic");
        }
        if (topics.contains(null)) {
            throw ApiException.badInput("topics", "topics must not hold null");
        }
        return new SlotBlock(startsAt, endsAt, length, capacity, mode, place, List.copyOf(new LinkedHashSet<>(topics)));
    }
}
