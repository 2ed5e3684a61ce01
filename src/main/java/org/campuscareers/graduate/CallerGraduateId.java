package org.campuscareers.graduate;

import jakarta.enterprise.context.RequestScoped;

/**
 * The calling graduate's id once it has been looked up in this request: a page of applications
 * and the fields under it ask for it several times, and it never changes.
 */
@RequestScoped
class CallerGraduateId {

    private boolean known;
    private Long id;

    boolean known() {
        return known;
    }

    Long id() {
        return id;
    }

    void remember(Long graduateId) {
        this.id = graduateId;
        this.known = true;
    }
}
