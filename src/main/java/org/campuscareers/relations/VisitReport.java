package org.campuscareers.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Check;
import org.campuscareers.common.Names;

/**
 * What staff report of a visit, checked: visitors are 1 to 10 names (each trimmed and in NFKC, so
 * that one person is one visitor in the summary; a name given twice counts once), posts promised
 * 0 to 10000, notes at most 4000 characters, the day not in the future and not before
 * {@link #EARLIEST}.
 */
public record VisitReport(
        long employerId, LocalDate visitedOn, List<String> visitors, int postsPromised, String notes) {

    /** Older visits than this are a typing mistake, not history the center keeps here. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    static final int MAX_VISITORS = 10;
    static final int MAX_NAME = 100;
    static final int MAX_NOTES = 4000;

    public static VisitReport checked(
            long employerId,
            LocalDate visitedOn,
            List<String> visitors,
            Integer postsPromised,
            String notes,
            LocalDate today) {
        Check.required("visitedOn", visitedOn);
        if (visitedOn.isAfter(today)) {
            throw ApiException.badInput("visitedOn", "visitedOn must not be in the future");
        }
        if (visitedOn.isBefore(EARLIEST)) {
            throw ApiException.badInput("visitedOn", "visitedOn must not be before " + EARLIEST);
        }
        Check.required("visitors", visitors);
        Check.size("visitors", visitors, MAX_VISITORS);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String visitor : visitors) {
            String name = Names.normalize(visitor);
            if (name == null) {
                throw ApiException.badInput("visitors", "visitors must not hold a blank name");
            }
            names.add(Check.text("visitors", name, 1, MAX_NAME));
        }
        if (names.isEmpty()) {
            throw ApiException.badInput("visitors", "visitors must name at least one visitor");
        }
        int promised = Check.range("postsPromised", Check.required("postsPromised", postsPromised), 0, 10_000);
        String checkedNotes = Check.optionalText("notes", notes, MAX_NOTES);
        return new VisitReport(employerId, visitedOn, new ArrayList<>(names), promised, checkedNotes);
    }
}
