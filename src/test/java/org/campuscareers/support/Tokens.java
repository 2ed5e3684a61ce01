package org.campuscareers.support;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Access tokens signed by the test OIDC provider, shaped like Keycloak's: the subject, realm roles
 * in {@code realm_access.roles}, a name and an email.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";

    private Tokens() {}

    public static String of(String subject, String... roles) {
        return Jwt.subject(subject)
                .issuer(ISSUER)
                .claim("preferred_username", subject)
                .claim("name", "User " + subject)
                .claim("email", subject + "@example.edu")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(3600)
                .sign();
    }

    /**
     * A new user without realm roles whose token carries these directory groups, as a provider
     * that maps the university's groups into the {@code groups} claim issues them.
     */
    public static User newUserInGroups(String prefix, String... groups) {
        String subject = prefix + "-" + UUID.randomUUID();
        String token = Jwt.subject(subject)
                .issuer(ISSUER)
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", List.of()))
                .groups(Set.of(groups))
                .expiresIn(3600)
                .sign();
        return new User(subject, token);
    }

    /** A new user with these roles, so that tests never share users or data. */
    public static User newUser(String prefix, String... roles) {
        String subject = prefix + "-" + UUID.randomUUID();
        return new User(subject, of(subject, roles));
    }

    public record User(String subject, String token) {}
}
