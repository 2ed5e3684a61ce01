package org.campuscareers.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the token's subject and realm roles, and the checks every use case starts with.
 * Admins can do everything staff can.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /** The OIDC subject ({@code sub}), stable for a user across sessions; {@code null} when anonymous. */
    public String subject() {
        if (identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isStaff() {
        return identity.hasRole(Role.STAFF) || identity.hasRole(Role.ADMIN);
    }

    public boolean isGraduate() {
        return identity.hasRole(Role.GRADUATE);
    }

    public boolean isEmployer() {
        return identity.hasRole(Role.EMPLOYER);
    }

    /** A claim of the access token as text, or {@code null}. */
    public String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : value.toString();
        }
        return null;
    }

    public String requireSignedIn() {
        if (!isSignedIn()) {
            throw ApiException.unauthenticated();
        }
        return subject();
    }

    public void requireStaff() {
        requireSignedIn();
        if (!isStaff()) {
            throw ApiException.forbidden("Only career-center staff may do this");
        }
    }

    public String requireRole(String role) {
        String subject = requireSignedIn();
        if (!hasRole(role)) {
            throw ApiException.forbidden("Only users with the " + role + " role may do this");
        }
        return subject;
    }
}
