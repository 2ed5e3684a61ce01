package org.campuscareers.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sends GraphQL documents to /graphql as a given user (or anonymously) and reads the answers. */
public final class GraphQLClient {

    private GraphQLClient() {}

    public static Result anonymous(String document, Object... variables) {
        return send(null, document, variables);
    }

    public static Result as(Tokens.User user, String document, Object... variables) {
        return send(user.token(), document, variables);
    }

    public static Result send(String token, String document, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        RequestSpecification request =
                given().contentType(ContentType.JSON).body(Map.of("query", document, "variables", vars));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        String body = request.post("/graphql").then().extract().asString();
        return new Result(JsonPath.from(body), body);
    }

    /** The answer: {@code data} and {@code errors} as JSON paths. */
    public record Result(JsonPath json, String body) {

        public <T> T data(String path) {
            return json.get("data." + path);
        }

        public boolean ok() {
            return json.get("errors") == null;
        }

        /** The data at the path, failing with the errors when there are any. */
        public <T> T get(String path) {
            if (!ok()) {
                throw new AssertionError("Expected no errors but got " + body);
            }
            return data(path);
        }

        /** The extensions.code of the first error; fails when there is none. */
        public String errorCode() {
            List<Map<String, Object>> errors = json.getList("errors");
            if (errors == null || errors.isEmpty()) {
                throw new AssertionError("Expected an error but got " + body);
            }
            return json.getString("errors[0].extensions.code");
        }

        public String errorField() {
            return json.getString("errors[0].extensions.field");
        }

        public String errorMessage() {
            return json.getString("errors[0].message");
        }
    }
}
