package org.campuscareers;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed SDL (docs/schema.graphql) is the clients' contract: this fails when the served
 * schema drifts from it. After a deliberate change, regenerate it with
 * {@code ./mvnw test -Dtest=SchemaTest -DupdateSchema=true} and commit the file.
 */
@QuarkusTest
class SchemaTest {

    static final Path COMMITTED = Path.of("docs", "schema.graphql");

    @Test
    void servedSchemaMatchesTheCommittedSdl() throws IOException {
        String served = given().get("/graphql/schema.graphql")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .strip() + "\n";
        if (Boolean.getBoolean("updateSchema")) {
            Files.writeString(COMMITTED, served);
        }
        assertTrue(Files.exists(COMMITTED), "docs/schema.graphql is missing; generate it with -DupdateSchema=true");
        assertEquals(
                Files.readString(COMMITTED),
                served,
                "The served schema differs from docs/schema.graphql; if the change is intended, regenerate the file");
    }

    @Test
    void everyTypeAndFieldHasADescription() {
        String served = given().get("/graphql/schema.graphql").then().extract().asString();
        String[] lines = served.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean declaration = line.matches("^(type|input|enum|interface|scalar|union) \\w+.*")
                    || (line.matches("^\\w+(\\(.*\\))?:.*") && !lines[i].startsWith("schema"))
                    || line.matches("^[A-Z_]+$");
            if (!declaration || line.startsWith("schema") || line.contains("_Service") || i == 0) {
                continue;
            }
            String previous = lines[i - 1].strip();
            assertTrue(
                    previous.endsWith("\"") || previous.endsWith("\"\"\""),
                    "No description before line " + (i + 1) + ": " + line);
        }
    }
}
