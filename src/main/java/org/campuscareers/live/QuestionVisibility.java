package org.campuscareers.live;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.campuscareers.common.Conditions;

/**
 * Who may see a question and who may see its author: the one definition that lists, counts,
 * {@code node(id:)}, mutations and the live stream all ask. Every viewer of a session sees its
 * PUBLISHED and ANSWERED questions; a PENDING or HIDDEN one only its author, the session's hosts
 * and staff see. Nobody but staff learns who asked an anonymous question.
 */
public final class QuestionVisibility {

    /** The statuses every viewer of the session sees. */
    static final Set<QuestionStatus> PUBLIC = EnumSet.of(QuestionStatus.PUBLISHED, QuestionStatus.ANSWERED);

    private QuestionVisibility() {}

    /**
     * The one watching, as far as these rules care: its subject ({@code null} when anonymous),
     * whether it is staff, and whether it hosts the session the questions belong to.
     */
    public record Viewer(String subject, boolean staff, boolean host) {

        public static final Viewer ANONYMOUS = new Viewer(null, false, false);

        boolean seesEveryQuestion() {
            return staff || host;
        }

        boolean isAuthorOf(String authorSubject) {
            return subject != null && subject.equals(authorSubject);
        }
    }

    /** Whether the viewer may see a question in this status by this author. */
    public static boolean maySee(QuestionStatus status, String authorSubject, Viewer viewer) {
        return PUBLIC.contains(status) || viewer.seesEveryQuestion() || viewer.isAuthorOf(authorSubject);
    }

    public static boolean maySee(Question question, Viewer viewer) {
        return maySee(question.getStatus(), question.getAuthorSubject(), viewer);
    }

    public static boolean maySee(QuestionSnapshot question, Viewer viewer) {
        return maySee(question.status(), question.authorSubject(), viewer);
    }

    /** What a viewer receives of one event about a question. */
    public enum Delivery {
        /** The event, with the question as it was right after the change. */
        SHOWN,
        /** QUESTION_REMOVED with only the question's id: the viewer could see it and no longer may. */
        REMOVED,
        /** Nothing. */
        NONE
    }

    /**
     * The rule of the live stream and of every replay: a viewer is shown an event about a question
     * only if it may see the question both as the event left it and as it is now, so that no
     * replay from any cursor shows an earlier snapshot of a question since hidden (nor its
     * answer). The event that took the question away from a viewer who could see it before is
     * delivered as a removal. {@code now} is the question's status when the event is delivered
     * (null if unknown: the snapshot's own).
     */
    public static Delivery deliveryOf(QuestionSnapshot atEvent, QuestionStatus now, Viewer viewer) {
        boolean seesAtEvent = maySee(atEvent, viewer);
        boolean seesNow = now == null || maySee(now, atEvent.authorSubject(), viewer);
        if (seesAtEvent && seesNow) {
            return Delivery.SHOWN;
        }
        QuestionStatus before = atEvent.previousStatus();
        if (!seesAtEvent && before != null && maySee(before, atEvent.authorSubject(), viewer)) {
            return Delivery.REMOVED;
        }
        return Delivery.NONE;
    }

    /** Whether every viewer of the session may see a question in this status. */
    public static boolean isPublic(QuestionStatus status) {
        return PUBLIC.contains(status);
    }

    /** Whether the viewer learns who asked. */
    public static boolean seesAuthor(boolean anonymous, Viewer viewer) {
        return viewer.staff() || !anonymous;
    }

    /**
     * The same rule as conditions on the {@link Question} entity's properties, for lists and their
     * counts: written from {@link #PUBLIC} and the viewer exactly as {@link #maySee} decides.
     */
    public static Conditions visibleTo(Viewer viewer, Conditions where) {
        if (viewer.seesEveryQuestion()) {
            return where;
        }
        List<QuestionStatus> everyone = List.copyOf(PUBLIC);
        if (viewer.subject() == null) {
            return where.add("status in :publicStatuses", "publicStatuses", everyone);
        }
        return where.add("(status in :publicStatuses or authorSubject = :viewer)", "publicStatuses", everyone)
                .bind("viewer", viewer.subject());
    }
}
