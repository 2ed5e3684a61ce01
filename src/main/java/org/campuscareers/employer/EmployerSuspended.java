package org.campuscareers.employer;

/**
 * Fired, synchronously and inside the suspending transaction, when staff suspend an employer: the
 * features that hold something live for it (its recruitment sessions) end it through their own
 * paths, so a failure there rolls the suspension back.
 */
public record EmployerSuspended(long employerId) {}
