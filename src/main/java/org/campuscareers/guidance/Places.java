package org.campuscareers.guidance;

import jakarta.persistence.Embeddable;

/**
 * The places of a slot or an event and its waitlist, as counters on its row: changed only while
 * the row is locked ({@code SELECT ... FOR UPDATE}), which is what makes the last place exact
 * whatever the concurrency and on any number of replicas. The table checks that {@code taken}
 * never exceeds {@code capacity}.
 */
@Embeddable
public class Places {

    private int capacity;
    private int taken;
    private int waitlisted;

    protected Places() {}

    Places(int capacity) {
        this.capacity = capacity;
    }

    /**
     * One more graduate: a place if one is free and the graduate may take one ({@code null}),
     * otherwise the next position on the waitlist.
     */
    Integer admit(boolean mayTakeFreePlace) {
        if (mayTakeFreePlace && taken < capacity) {
            taken++;
            return null;
        }
        waitlisted++;
        return waitlisted;
    }

    /** A place was given up; the caller promotes the first on the waitlist if {@link #promote} says so. */
    void freePlace() {
        taken--;
    }

    /** Someone left the waitlist (cancelled, or promoted). */
    void leaveWaitlist() {
        waitlisted--;
    }

    /** Gives a free place to the first on the waitlist, if there is both; true if it did. */
    boolean promote() {
        if (taken < capacity && waitlisted > 0) {
            taken++;
            waitlisted--;
            return true;
        }
        return false;
    }

    int capacity() {
        return capacity;
    }

    int taken() {
        return taken;
    }

    int waitlisted() {
        return waitlisted;
    }
}
