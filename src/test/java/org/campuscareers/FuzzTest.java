package org.campuscareers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.campuscareers.support.GraphQLWebSocket;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed, oversized and hostile requests, from a fixed seed: every answer is a
 * well-formed GraphQL error with a contract code (never INTERNAL, never a class name or SQL), the
 * service stays ready, and nothing in the database changes.
 */
@QuarkusTest
class FuzzTest {

    static final Set<String> CODES = Set.of(
            "UNAUTHENTICATED",
            "FORBIDDEN",
            "NOT_FOUND",
            "BAD_USER_INPUT",
            "CONFLICT",
            "RATE_LIMITED",
            "QUERY_TOO_COMPLEX");
    static final List<String> TABLES = List.of(
            "employer",
            "employer_member",
            "posting",
            "graduate",
            "resume",
            "application",
            "application_transition",
            "recruitment_session",
            "question",
            "question_upvote",
            "session_event",
            "counselling_slot",
            "appointment",
            "guidance_event",
            "guidance_registration",
            "notification");
    static final List<String> CORPUS = List.of(
            "{ postings(first: 5, filter: {search: \"科研助理\"}) { totalCount nodes { id title employer { name } } } }",
            "query($id: ID!) { node(id: $id) { id ... on Posting { title viewerHasApplied } } }",
            "{ employers(filter: {kinds: [COMPANY]}) { edges { cursor node { id name postings(first: 2) { totalCount } } } } }",
            "{ recruitmentSessions { nodes { id title questions(orderBy: {field: UPVOTES, direction: DESC}) { nodes { body } } } } }",
            "mutation { registerEmployer(input: {name: \"x\", kind: COMPANY, industry: OTHER, region: \"北京\"}) { employer { id } } }",
            "mutation($i: ApplyToPostingInput!) { applyToPosting(input: $i) { application { id } } }",
            "mutation { askQuestion(input: {sessionId: \"UmVjcnVpdG1lbnRTZXNzaW9uOjE\", body: \"hi\"}) { question { id } } }",
            "{ viewer { subject applications { nodes { id status } } } }",
            "{ postings(orderBy: {field: SALARY_MAX, direction: ASC}, after: \"abc\") { pageInfo { endCursor } } }",
            "{ applications { totalCount } }");

    @Inject
    EntityManager entityManager;

    final Random random = new Random(20261128);

    @Test
    void shouldAnswerEveryHostileRequestWithAContractErrorAndChangeNothing() {
        Map<String, Long> before = counts();
        int checked = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] body = hostileBody(i);
            Response response = given().contentType("application/json")
                    .accept("application/json")
                    .body(body)
                    .post("/graphql");
            check(response, new String(body, StandardCharsets.UTF_8));
            checked++;
        }
        assertThat(checked).isEqualTo(2000);
        assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);
        assertThat(counts()).isEqualTo(before);
    }

    /** Text PostgreSQL cannot store: U+0000, a lone high surrogate, a lone low surrogate. */
    static final List<String> UNSTORABLE = List.of("a\u0000b", "a\ud800b", "\udc00");

    /**
     * Every string argument and input field of every query, mutation and subscription, found from the
     * schema (not from a list here), is sent each unstorable text in turn, through variables and
     * inline, by a caller with every role so that no declaration refuses it first: every answer is
     * BAD_USER_INPUT naming that field, never INTERNAL, and nothing changes.
     */
    @Test
    void shouldRefuseUnstorableTextInEveryStringOfEveryOperationNamingTheField() {
        Map<String, Long> before = counts();
        Schema schema = Schema.read();
        Tokens.User everyone = Tokens.newUser("fuzz", "graduate", "employer", "staff", "admin");
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String kind : List.of("query", "mutation", "subscription")) {
            for (JsonObject field : schema.rootFields(kind)) {
                Operation operation = new Operation(schema, kind, field);
                for (List<Object> leaf : operation.stringLeaves()) {
                    String expected = operation.fieldName(leaf);
                    for (String text : UNSTORABLE) {
                        boolean viaSocket = kind.equals("subscription");
                        if (viaSocket && !text.contains("\u0000")) {
                            continue; // the socket client cannot encode a lone surrogate
                        }
                        String answer = viaSocket
                                ? operation.subscribe(vertx, uri, everyone.token(), leaf, text)
                                : post(everyone.token(), operation.withVariables(leaf, text));
                        sent++;
                        String problem = problem(answer, expected);
                        if (problem != null) {
                            wrong.add(
                                    field.getString("name") + " " + expected + " = " + escaped(text) + ": " + problem);
                        }
                    }
                    if (!kind.equals("subscription")) {
                        String answer = post(everyone.token(), operation.inline(leaf, "a\u0000b"));
                        sent++;
                        String problem = problem(answer, expected);
                        if (problem != null) {
                            wrong.add(field.getString("name") + " " + expected + " inline: " + problem);
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("of " + sent + " requests").isEmpty();
        assertThat(sent).isGreaterThan(300);
        assertThat(counts()).isEqualTo(before);
    }

    /** What is wrong with the answer, or null when it is BAD_USER_INPUT naming the field. */
    private static String problem(String answer, String field) {
        JsonObject json;
        try {
            json = new JsonObject(answer);
        } catch (RuntimeException e) {
            return "not JSON: " + answer;
        }
        Object payload = json.getValue("payload"); // a subscription's first message
        JsonArray errors = payload instanceof JsonArray list
                ? list
                : payload instanceof JsonObject next ? next.getJsonArray("errors") : json.getJsonArray("errors");
        if (errors == null || errors.isEmpty()) {
            return "no error: " + answer;
        }
        JsonObject extensions = errors.getJsonObject(0).getJsonObject("extensions", new JsonObject());
        if (!"BAD_USER_INPUT".equals(extensions.getString("code")) || !field.equals(extensions.getString("field"))) {
            return answer;
        }
        return null;
    }

    private static String post(String token, String body) {
        return given().contentType("application/json")
                .header("Authorization", "Bearer " + token)
                .body(body)
                .post("/graphql")
                .then()
                .extract()
                .asString();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars()
                .forEach(c -> out.append(c < 32 || c > 126 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    @Inject
    Vertx vertx;

    @TestHTTPResource("/")
    URI uri;

    /** The schema as introspection gives it. */
    record Schema(Map<String, JsonObject> types, Map<String, String> roots) {

        static final String TYPE_REF = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";

        static Schema read() {
            String query = "{ __schema { queryType { name } mutationType { name } subscriptionType { name }"
                    + " types { kind name enumValues { name } inputFields { name type { " + TYPE_REF + " } }"
                    + " fields { name args { name type { " + TYPE_REF + " } } type { " + TYPE_REF + " } } } } }";
            JsonObject schema = new JsonObject(given().contentType("application/json")
                            .body(Map.of("query", query))
                            .post("/graphql")
                            .then()
                            .extract()
                            .asString())
                    .getJsonObject("data")
                    .getJsonObject("__schema");
            Map<String, JsonObject> types = new LinkedHashMap<>();
            for (Object type : schema.getJsonArray("types")) {
                types.put(((JsonObject) type).getString("name"), (JsonObject) type);
            }
            Map<String, String> roots = new LinkedHashMap<>();
            roots.put("query", schema.getJsonObject("queryType").getString("name"));
            roots.put("mutation", schema.getJsonObject("mutationType").getString("name"));
            roots.put("subscription", schema.getJsonObject("subscriptionType").getString("name"));
            return new Schema(types, roots);
        }

        List<JsonObject> rootFields(String kind) {
            List<JsonObject> fields = new ArrayList<>();
            types.get(roots.get(kind)).getJsonArray("fields").forEach(f -> fields.add((JsonObject) f));
            return fields;
        }
    }

    /**
     * One root field called with a valid-looking value for every argument and input field, optional
     * ones too, so that each string among them can be made unstorable in turn.
     */
    static final class Operation {

        private final Schema schema;
        private final String kind;
        private final JsonObject field;
        private final Map<String, Object> arguments = new LinkedHashMap<>();
        private final List<List<Object>> leaves = new ArrayList<>();

        Operation(Schema schema, String kind, JsonObject field) {
            this.schema = schema;
            this.kind = kind;
            this.field = field;
            for (Object a : field.getJsonArray("args")) {
                JsonObject argument = (JsonObject) a;
                List<Object> path = new ArrayList<>(List.of(argument.getString("name")));
                arguments.put(argument.getString("name"), value(argument.getJsonObject("type"), path, 0));
            }
        }

        List<List<Object>> stringLeaves() {
            return leaves;
        }

        /** The field as the service names it: from the argument down, without a mutation's {@code input}. */
        String fieldName(List<Object> leaf) {
            List<String> names = new ArrayList<>();
            for (Object step : leaf) {
                if (step instanceof String name) {
                    names.add(name);
                }
            }
            if (names.size() > 1 && names.get(0).equals("input")) {
                names.remove(0);
            }
            return String.join(".", names);
        }

        private Object value(JsonObject type, List<Object> path, int depth) {
            switch (type.getString("kind")) {
                case "NON_NULL" -> {
                    return value(type.getJsonObject("ofType"), path, depth);
                }
                case "LIST" -> {
                    List<Object> at = new ArrayList<>(path);
                    at.add(0);
                    List<Object> list = new ArrayList<>();
                    list.add(value(type.getJsonObject("ofType"), at, depth));
                    return list;
                }
                case "ENUM" -> {
                    return schema.types()
                            .get(type.getString("name"))
                            .getJsonArray("enumValues")
                            .getJsonObject(0)
                            .getString("name");
                }
                case "INPUT_OBJECT" -> {
                    Map<String, Object> object = new LinkedHashMap<>();
                    if (depth < 4) {
                        for (Object f :
                                schema.types().get(type.getString("name")).getJsonArray("inputFields")) {
                            JsonObject inputField = (JsonObject) f;
                            List<Object> at = new ArrayList<>(path);
                            at.add(inputField.getString("name"));
                            object.put(
                                    inputField.getString("name"),
                                    value(inputField.getJsonObject("type"), at, depth + 1));
                        }
                    }
                    return object;
                }
                default -> {
                    return switch (type.getString("name")) {
                        case "String" -> {
                            leaves.add(path);
                            yield "fuzz";
                        }
                        case "ID" -> {
                            leaves.add(path);
                            yield "UG9zdGluZzox";
                        }
                        case "Int" -> 1;
                        case "Float" -> 1.5;
                        case "Boolean" -> true;
                        case "DateTime" ->
                            java.time.OffsetDateTime.now()
                                    .plusDays(2)
                                    .withNano(0)
                                    .toString();
                        case "Date" -> java.time.LocalDate.now().plusDays(2).toString();
                        default -> throw new AssertionError("No value for the scalar " + type.getString("name"));
                    };
                }
            }
        }

        /** The arguments with the text at the leaf. */
        @SuppressWarnings("unchecked")
        private Map<String, Object> replaced(List<Object> leaf, String text) {
            Map<String, Object> copy = (Map<String, Object>) deepCopy(arguments);
            Object container = copy;
            for (int i = 0; i < leaf.size() - 1; i++) {
                container = leaf.get(i) instanceof Integer index
                        ? ((List<Object>) container).get(index)
                        : ((Map<String, Object>) container).get((String) leaf.get(i));
            }
            Object last = leaf.get(leaf.size() - 1);
            if (last instanceof Integer index) {
                ((List<Object>) container).set(index, text);
            } else {
                ((Map<String, Object>) container).put((String) last, text);
            }
            return copy;
        }

        private static Object deepCopy(Object value) {
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
                return copy;
            }
            if (value instanceof List<?> list) {
                List<Object> copy = new ArrayList<>();
                list.forEach(v -> copy.add(deepCopy(v)));
                return copy;
            }
            return value;
        }

        private String selection() {
            JsonObject type = field.getJsonObject("type");
            while (type.getJsonObject("ofType") != null) {
                type = type.getJsonObject("ofType");
            }
            return type.getString("kind").equals("SCALAR")
                            || type.getString("kind").equals("ENUM")
                    ? ""
                    : " { __typename }";
        }

        /** The request as JSON text, with the text at the leaf passed in a variable. */
        String withVariables(List<Object> leaf, String text) {
            StringBuilder definitions = new StringBuilder();
            StringBuilder uses = new StringBuilder();
            for (Object a : field.getJsonArray("args")) {
                JsonObject argument = (JsonObject) a;
                String name = argument.getString("name");
                definitions
                        .append(definitions.isEmpty() ? "" : ", ")
                        .append("$")
                        .append(name)
                        .append(": ")
                        .append(typeName(argument.getJsonObject("type")));
                uses.append(uses.isEmpty() ? "" : ", ")
                        .append(name)
                        .append(": $")
                        .append(name);
            }
            String document = kind + (definitions.isEmpty() ? "" : "(" + definitions + ")") + " { "
                    + field.getString("name") + (uses.isEmpty() ? "" : "(" + uses + ")") + selection() + " }";
            return "{\"query\": " + json(document) + ", \"variables\": " + json(replaced(leaf, text)) + "}";
        }

        /** The request as JSON text, with every argument written inline in the document. */
        String inline(List<Object> leaf, String text) {
            Map<String, Object> values = replaced(leaf, text);
            StringBuilder uses = new StringBuilder();
            for (Object a : field.getJsonArray("args")) {
                JsonObject argument = (JsonObject) a;
                String name = argument.getString("name");
                uses.append(uses.isEmpty() ? "" : ", ")
                        .append(name)
                        .append(": ")
                        .append(literal(values.get(name), argument.getJsonObject("type")));
            }
            String document = kind + " { " + field.getString("name") + (uses.isEmpty() ? "" : "(" + uses + ")")
                    + selection() + " }";
            return "{\"query\": " + json(document) + "}";
        }

        /** The first message a subscription with the text at the leaf gets, as JSON text. */
        String subscribe(Vertx vertx, URI uri, String token, List<Object> leaf, String text) {
            StringBuilder definitions = new StringBuilder();
            StringBuilder uses = new StringBuilder();
            for (Object a : field.getJsonArray("args")) {
                JsonObject argument = (JsonObject) a;
                String name = argument.getString("name");
                definitions
                        .append(definitions.isEmpty() ? "" : ", ")
                        .append("$")
                        .append(name)
                        .append(": ")
                        .append(typeName(argument.getJsonObject("type")));
                uses.append(uses.isEmpty() ? "" : ", ")
                        .append(name)
                        .append(": $")
                        .append(name);
            }
            String document = "subscription(" + definitions + ") { " + field.getString("name") + "(" + uses + ")"
                    + selection() + " }";
            try (GraphQLWebSocket ws =
                    GraphQLWebSocket.connect(vertx, uri, GraphQLWebSocket.Protocol.TRANSPORT_WS, token)) {
                String id = ws.subscribe(document, replaced(leaf, text));
                JsonObject message = ws.nextMessage(id, Duration.ofSeconds(2));
                return message == null ? "{}" : message.encode();
            }
        }

        private String literal(Object value, JsonObject type) {
            switch (type.getString("kind")) {
                case "NON_NULL" -> {
                    return literal(value, type.getJsonObject("ofType"));
                }
                case "LIST" -> {
                    List<String> items = new ArrayList<>();
                    ((List<?>) value).forEach(v -> items.add(literal(v, type.getJsonObject("ofType"))));
                    return "[" + String.join(", ", items) + "]";
                }
                case "ENUM" -> {
                    return (String) value;
                }
                case "INPUT_OBJECT" -> {
                    List<String> fields = new ArrayList<>();
                    Map<?, ?> object = (Map<?, ?>) value;
                    for (Object f : schema.types().get(type.getString("name")).getJsonArray("inputFields")) {
                        JsonObject inputField = (JsonObject) f;
                        if (object.containsKey(inputField.getString("name"))) {
                            fields.add(inputField.getString("name") + ": "
                                    + literal(
                                            object.get(inputField.getString("name")),
                                            inputField.getJsonObject("type")));
                        }
                    }
                    return "{" + String.join(", ", fields) + "}";
                }
                default -> {
                    return value instanceof String text ? json(text) : String.valueOf(value);
                }
            }
        }

        private static String typeName(JsonObject type) {
            return switch (type.getString("kind")) {
                case "NON_NULL" -> typeName(type.getJsonObject("ofType")) + "!";
                case "LIST" -> "[" + typeName(type.getJsonObject("ofType")) + "]";
                default -> type.getString("name");
            };
        }

        /** JSON (and GraphQL string) text with everything outside printable ASCII escaped, lone surrogates too. */
        static String json(Object value) {
            if (value instanceof String text) {
                StringBuilder out = new StringBuilder("\"");
                for (char c : text.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        out.append('\\').append(c);
                    } else if (c < 32 || c > 126) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
                return out.append('"').toString();
            }
            if (value instanceof Map<?, ?> map) {
                List<String> entries = new ArrayList<>();
                map.forEach((k, v) -> entries.add(json(k) + ": " + json(v)));
                return "{" + String.join(", ", entries) + "}";
            }
            if (value instanceof List<?> list) {
                List<String> items = new ArrayList<>();
                list.forEach(v -> items.add(json(v)));
                return "[" + String.join(", ", items) + "]";
            }
            return String.valueOf(value);
        }
    }

    private void check(Response response, String sent) {
        int status = response.statusCode();
        assertThat(status).as(sent).isIn(200, 400, 413);
        if (status == 413) {
            return;
        }
        String text = response.asString();
        assertThat(text)
                .as(sent)
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("org.hibernate")
                .doesNotContain("org.postgresql")
                .doesNotContain("SQL");
        JsonObject json = new JsonObject(text);
        JsonArray errors = json.getJsonArray("errors");
        if (errors == null) {
            assertThat(json.containsKey("data")).as(sent).isTrue();
            return;
        }
        for (Object error : errors) {
            JsonObject e = (JsonObject) error;
            assertThat(e.getString("message")).as(sent).isNotBlank();
            assertThat(e.getJsonObject("extensions")).as(sent + " → " + text).isNotNull();
            assertThat(e.getJsonObject("extensions").getString("code"))
                    .as(sent + " → " + text)
                    .isIn(CODES);
        }
    }

    private byte[] hostileBody(int i) {
        switch (i % 8) {
            case 0, 1 -> {
                return request(mutate(CORPUS.get(random.nextInt(CORPUS.size()))), randomVariables());
            }
            case 2 -> {
                int depth = 50 + random.nextInt(3000);
                return request(
                        "{ " + "postings { nodes { employer { ".repeat(depth / 4) + "id" + " } } }".repeat(depth / 4)
                                + " }",
                        Map.of());
            }
            case 3 -> {
                return request(
                        "query($s: String) { postings(filter: {search: $s}) { totalCount } }",
                        Map.of("s", "科".repeat(random.nextInt(40_000))));
            }
            case 4 -> {
                return request(CORPUS.get(random.nextInt(CORPUS.size())), randomVariables());
            }
            case 5 -> {
                byte[] bytes = new byte[20 + random.nextInt(500)];
                random.nextBytes(bytes);
                bytes[0] = '{';
                return bytes;
            }
            case 6 -> {
                StringBuilder aliases = new StringBuilder("{");
                for (int a = 0; a < 1 + random.nextInt(200); a++) {
                    aliases.append(" a").append(a).append(": postings { totalCount }");
                }
                return request(aliases.append('}').toString(), Map.of());
            }
            default -> {
                return request(
                        "query($id: ID!) { node(id: $id) { id } }", Map.of("id", randomString(random.nextInt(300))));
            }
        }
    }

    private static byte[] request(String query, Map<String, Object> variables) {
        return new JsonObject()
                .put("query", query)
                .put("variables", new JsonObject(variables))
                .encode()
                .getBytes(StandardCharsets.UTF_8);
    }

    private String mutate(String document) {
        StringBuilder text = new StringBuilder(document);
        for (int edits = 1 + random.nextInt(4); edits > 0 && !text.isEmpty(); edits--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, "{}()[]:$!@#\"\\…科 ".charAt(random.nextInt(16)));
                default -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
            }
        }
        return text.toString();
    }

    private Map<String, Object> randomVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String name : List.of("id", "i", "s")) {
            Object value = switch (random.nextInt(6)) {
                case 0 -> random.nextInt();
                case 1 -> randomString(random.nextInt(50));
                case 2 -> List.of(1, "two", 3.0);
                case 3 -> Map.of("postingId", randomString(12), "coverLetter", randomString(20));
                case 4 -> random.nextBoolean();
                default -> "UG9zdGluZzo" + random.nextInt(1000);
            };
            variables.put(name, value);
        }
        return variables;
    }

    private String randomString(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int c = 0; c < length; c++) {
            text.append((char) (random.nextBoolean() ? 0x4e00 + random.nextInt(500) : 33 + random.nextInt(90)));
        }
        return text.toString();
    }

    private Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(
                        table,
                        ((Number) entityManager
                                        .createNativeQuery("select count(*) from " + table)
                                        .getSingleResult())
                                .longValue());
            }
            return counts;
        });
    }
}
