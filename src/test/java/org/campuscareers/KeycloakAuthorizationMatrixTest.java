package org.campuscareers;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.campuscareers.support.KeycloakTokens;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The authorization matrix again, with real tokens from the Keycloak that CI starts
 * (CAMPUS_KEYCLOAK_URL; KeycloakIT fails the CI run when it is missing): the realm's demo users
 * fill the columns, and the service trusts that realm through configuration only.
 */
@QuarkusTest
@TestProfile(KeycloakAuthorizationMatrixTest.WithKeycloak.class)
@EnabledIfEnvironmentVariable(named = "CAMPUS_KEYCLOAK_URL", matches = ".+")
class KeycloakAuthorizationMatrixTest extends AuthorizationMatrixTest {

    public static class WithKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Quarkus reads the profile while discovering tests, before the class is found disabled
            // for want of CAMPUS_KEYCLOAK_URL: without it, a placeholder keeps discovery from failing.
            String realm = KeycloakTokens.realmUrl();
            return Map.of(
                    "quarkus.oidc.auth-server-url",
                    realm == null ? "http://127.0.0.1:1/realms/unset" : realm,
                    // the realm has few users: let the fixtures register all the employers they need
                    "campus.limits.employer-registrations-per-minute",
                    "1000");
        }
    }

    @Override
    Users users() {
        String realm = KeycloakTokens.realmUrl();
        Map<Who, Tokens.User> tokens = new java.util.EnumMap<>(Who.class);
        return new Users() {
            @Override
            public Tokens.User caller(Who who) {
                return tokens.computeIfAbsent(who, this::login);
            }

            private Tokens.User login(Who who) {
                String user = switch (who) {
                    case GRADUATE -> "graduate1";
                    case OTHER_GRADUATE -> "graduate2";
                    case MEMBER -> "employer1";
                    case OTHER_MEMBER -> "employer2";
                    case STAFF -> "staff1";
                    case ADMIN -> "admin1";
                    case ANONYMOUS -> throw new IllegalArgumentException("anonymous has no token");
                };
                return KeycloakTokens.password(KeycloakTokens.CLIENT, realm, user)
                        .asUser();
            }

            @Override
            public Tokens.User helper(String role) {
                // Helpers are the "other" users of the role; the matrix's expectations hold for them.
                return caller(role.equals("graduate") ? Who.OTHER_GRADUATE : Who.OTHER_MEMBER);
            }
        };
    }
}
