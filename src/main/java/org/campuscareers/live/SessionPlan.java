package org.campuscareers.live;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Check;

/** What a session's organiser plans: title, times, stream and moderation, checked field by field. */
public record SessionPlan(
        String title,
        String description,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String streamUrl,
        boolean moderated) {

    static final Duration MAX_LENGTH = Duration.ofHours(12);

    public static SessionPlan checked(
            String title,
            String description,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String streamUrl,
            Boolean moderated) {
        Check.required("startsAt", startsAt);
        Check.required("endsAt", endsAt);
        if (!endsAt.isAfter(startsAt)) {
            throw ApiException.badInput("endsAt", "endsAt must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
            throw ApiException.badInput("endsAt", "A session may last at most 12 hours");
        }
        Check.future("endsAt", endsAt);
        String url = Check.optionalText("streamUrl", streamUrl, 500);
        if (url != null) {
            try {
                String scheme = URI.create(url).getScheme();
                if (!"https".equals(scheme) && !"http".equals(scheme)) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw ApiException.badInput("streamUrl", "streamUrl must be an http(s) URL");
            }
        }
        return new SessionPlan(
                Check.text("title", title, 1, 200),
                Check.optionalText("description", description, 5000),
                startsAt,
                endsAt,
                url,
                Boolean.TRUE.equals(moderated));
    }
}
