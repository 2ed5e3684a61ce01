package org.campuscareers.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator scrapes and probes: metrics on /q/metrics, readiness, request ids. */
@QuarkusTest
class OperationsEndpointsTest {

    static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the first sample whose name and labels start as given, or 0 if there is none. */
    static double sample(String metrics, String nameAndLabels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(nameAndLabels) + "[^ ]* ([0-9.eE+-]+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void shouldCountRequestsByRootFieldAndErrorsByCode() {
        String before = metrics();
        assertThat(anonymous("{ postings(first: 1) { totalCount } }").ok()).isTrue();
        assertThat(anonymous("{ postings(first: 1000) { totalCount } }").errorCode())
                .isEqualTo("BAD_USER_INPUT");
        String after = metrics();

        String success =
                "campus_graphql_requests_seconds_count{operation=\"postings\",outcome=\"success\",type=\"query\"";
        String failure =
                "campus_graphql_requests_seconds_count{operation=\"postings\",outcome=\"error\",type=\"query\"";
        String badInput = "campus_graphql_errors_total{code=\"BAD_USER_INPUT\"";
        assertThat(sample(after, success)).isEqualTo(sample(before, success) + 1);
        assertThat(sample(after, failure)).isEqualTo(sample(before, failure) + 1);
        assertThat(sample(after, badInput)).isEqualTo(sample(before, badInput) + 1);
    }

    @Test
    void shouldExposeLiveAndPoolMetrics() {
        String metrics = metrics();
        assertThat(sample(metrics, "campus_live_listener_up")).isEqualTo(1.0);
        assertThat(metrics)
                .contains("campus_live_subscriptions{kind=\"session-events\"")
                .contains("campus_live_subscriptions{kind=\"notifications\"")
                .contains("campus_live_events_delivered_total")
                .contains("campus_live_delivery_lag_seconds_bucket{le=\"0.25\"")
                .contains("agroal_active_count")
                .contains("agroal_max_used_count");
    }

    @Test
    void shouldBeReadyWithDatabaseAndListenerUp() {
        JsonPath health =
                given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(health.<String>getList("checks.findAll { it.status == 'UP' }.name"))
                .contains(EventListenerHealthCheck.NAME)
                .anyMatch(name -> name.toLowerCase().contains("database"));
    }

    @Test
    void shouldKeepTheCallersRequestIdAndMakeOneOtherwise() {
        assertThat(given().header(RequestIds.HEADER, "edge-42")
                        .get("/q/health/live")
                        .header(RequestIds.HEADER))
                .isEqualTo("edge-42");
        assertThat(given().header(RequestIds.HEADER, "not an id; drop table")
                        .get("/q/health/live")
                        .header(RequestIds.HEADER))
                .matches("[0-9a-f-]{36}");
    }
}
