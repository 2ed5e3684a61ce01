package org.campuscareers.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.campuscareers.common.CampusConfig;

/**
 * The university's terms, as {@code campus.guidance.term-starts} names their first days: each term
 * runs from one of those days to the next, in the campus's zone. No-shows count per term.
 */
@ApplicationScoped
public class Terms {

    private final List<MonthDay> starts;
    private final ZoneId zone;

    public Terms(CampusConfig config) {
        this.starts =
                config.guidance().termStarts().stream().sorted().distinct().toList();
        this.zone = config.guidance().zone();
        if (starts.isEmpty()) {
            throw new IllegalStateException("campus.guidance.term-starts names no day");
        }
    }

    /** The term an instant falls in. */
    public Term termOf(OffsetDateTime instant) {
        LocalDate day = instant.atZoneSameInstant(zone).toLocalDate();
        LocalDate start = null;
        for (int year = day.getYear() - 1; year <= day.getYear(); year++) {
            for (MonthDay first : starts) {
                LocalDate candidate = first.atYear(year);
                if (!candidate.isAfter(day) && (start == null || candidate.isAfter(start))) {
                    start = candidate;
                }
            }
        }
        LocalDate end = null;
        for (int year = start.getYear(); year <= start.getYear() + 1 && end == null; year++) {
            for (MonthDay first : starts) {
                LocalDate candidate = first.atYear(year);
                if (candidate.isAfter(start)) {
                    end = candidate;
                    break;
                }
            }
        }
        return new Term(start, end, zone);
    }

    /** A term: from its first day (included) to the next term's first day (excluded). */
    public record Term(LocalDate startsOn, LocalDate nextStartsOn, ZoneId zone) {

        public OffsetDateTime startsAt() {
            return startsOn.atStartOfDay(zone).toOffsetDateTime();
        }

        public OffsetDateTime endsAt() {
            return nextStartsOn.atStartOfDay(zone).toOffsetDateTime();
        }

        /** The term's last day. */
        public LocalDate lastDay() {
            return nextStartsOn.minusDays(1);
        }
    }
}
