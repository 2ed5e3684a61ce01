package org.campuscareers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.util.Map;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/** A bad bearer token is refused with 401 and a contract error, before any GraphQL runs. */
@QuarkusTest
class BadTokenTest {

    static Response viewer(String token) {
        return given().contentType("application/json")
                .header("Authorization", "Bearer " + token)
                .body(Map.of("query", "{ viewer { subject } }"))
                .post("/graphql");
    }

    static void assertRefused(Response response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void shouldRefuseATamperedToken() {
        String token = Tokens.of("someone", "graduate");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertRefused(viewer(tampered));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        String expired = Jwt.subject("late")
                .issuer(Tokens.ISSUER)
                .expiresAt(System.currentTimeMillis() / 1000 - 3600)
                .issuedAt(System.currentTimeMillis() / 1000 - 7200)
                .sign();
        assertRefused(viewer(expired));
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() {
        String foreign = Jwt.subject("stranger")
                .issuer("https://elsewhere.example.com")
                .expiresIn(600)
                .sign();
        assertRefused(viewer(foreign));
    }

    @Test
    void shouldRefuseGarbage() {
        assertRefused(viewer("not-a-jwt"));
    }
}
