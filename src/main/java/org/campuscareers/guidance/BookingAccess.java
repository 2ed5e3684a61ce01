package org.campuscareers.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.Conditions;
import org.campuscareers.graduate.GraduateService;

/**
 * Who may see a booking (an appointment or a guidance registration): career-center staff see
 * every one, a graduate its own, nobody else any. Both services ask here, for lists, for a single
 * booking through {@code node(id:)} and for cancellations, so the rule has one home.
 */
@ApplicationScoped
public class BookingAccess {

    private final Caller caller;
    private final GraduateService graduates;

    public BookingAccess(Caller caller, GraduateService graduates) {
        this.caller = caller;
        this.graduates = graduates;
    }

    /** Whether the booking of this graduate is the calling graduate's own. */
    public boolean isOwn(long graduateId) {
        Long self = graduates.currentId();
        return self != null && self == graduateId;
    }

    /** Whether the caller may see a booking of this graduate: staff, or the graduate itself. */
    public boolean maySee(long graduateId) {
        return caller.isSignedIn() && (caller.isStaff() || isOwn(graduateId));
    }

    /** The calling graduate's own bookings (none for a caller who is not a graduate). */
    public Conditions own() {
        caller.requireSignedIn();
        Long self = graduates.currentId();
        return self == null ? new Conditions().add("false") : new Conditions().add("graduateId = :own", "own", self);
    }

    /**
     * The bookings the caller may list: all for staff, its own for a graduate; {@code FORBIDDEN}
     * naming {@code what} for anyone else.
     */
    public Conditions listable(String what) {
        caller.requireSignedIn();
        if (caller.isStaff()) {
            return new Conditions();
        }
        if (!caller.isGraduate()) {
            throw ApiException.forbidden("Only graduates (their own) and career-center staff see " + what);
        }
        return own();
    }
}
