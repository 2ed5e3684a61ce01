package org.campuscareers.bench.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.common.GlobalId;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A small run of the query-mix harness in every build, so the benchmark does not rot: the same
 * requests and checks as bench/querymix.sh, for two seconds at concurrency 2, on data of its own.
 */
@QuarkusTest
class QueryMixSmokeTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void shouldAnswerEveryKindOfTheMixWithDataAndNoErrors() throws Exception {
        String term = "mixsmoke" + UUID.randomUUID().toString().substring(0, 8);
        Tokens.User member = Tokens.newUser("mix-hr", "employer");
        String employerId = Fixtures.verifiedEmployer(member, "Mix " + term);
        long employer = GlobalId.parse(employerId).id();
        List<QueryMix.Posting> postings = new ArrayList<>();
        for (int i = 0; i < 21; i++) { // the search must fill a page of 20
            String id = Fixtures.publishedPosting(member, employerId, "化学工程师 " + term + " " + i, "负责 " + term + " 的实验");
            postings.add(new QueryMix.Posting(GlobalId.parse(id).id(), employer));
        }
        List<QueryMix.Graduate> graduates = new ArrayList<>();
        Map<String, String> tokens = new java.util.HashMap<>();
        for (int i = 0; i < 2; i++) { // each has an application to list
            Tokens.User graduate = Tokens.newUser("mix-grad", "graduate");
            as(
                            graduate,
                            Fixtures.APPLY,
                            "input",
                            Map.of(
                                    "postingId",
                                    QueryMix.serviceId(
                                            "Posting", postings.get(i).id())))
                    .get("applyToPosting.application.id");
            graduates.add(new QueryMix.Graduate(0, graduate.subject()));
            tokens.put(graduate.subject(), graduate.token());
        }
        // The review queue lists at least this one.
        String pending = as(member, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "待审 " + term, term))
                .get("createPosting.posting.id");
        as(member, Fixtures.SUBMIT_POSTING, "input", Map.of("postingId", pending))
                .get("submitPosting.posting.id");
        QueryMix.Workload workload = new QueryMix.Workload(
                postings,
                List.of(employer),
                graduates,
                List.of(term),
                g -> tokens.get(g.subject()),
                List.of(new QueryMix.Member(member.subject(), employer)),
                m -> member.token(),
                Fixtures.staff().token());

        LoadGenerator.Result result = LoadGenerator.run(
                vertx,
                "smoke",
                endpoint,
                new QueryMix(QueryMix.Server.SERVICE, workload, QueryMix.all()),
                2,
                Duration.ofMillis(500),
                Duration.ofSeconds(5),
                1,
                42);

        assertThat(result.examples()).isEmpty();
        assertThat(result.errors()).isZero();
        // Enough for every kind to be sampled; the rate itself is the benchmark's business, not this test's.
        assertThat(result.requests()).isGreaterThanOrEqualTo(QueryMix.readOnly().size());
        assertThat(result.perKind().keySet()).containsAll(QueryMix.readOnly());
        assertThat(result.empty()).isZero();
        assertThat(result.sampled())
                .isEqualTo(result.requests()
                        - result.domainAnswers().values().stream()
                                .mapToLong(n -> n)
                                .sum());
        assertThat(result.percentileMillis(99)).isPositive();
        // The warm-up is traced slice by slice (one slice here: it is shorter than a slice).
        assertThat(result.warmUp()).isNotEmpty();
        assertThat(result.warmUp().get(0).throughput()).isPositive();

        // The signed-in lists beyond the mix (bench/querymix.sh --extra), each alone: the applicant
        // list as a member of the employer, the review queue as staff.
        for (QueryMix.Kind kind : List.of(QueryMix.Kind.APPLICANTS, QueryMix.Kind.REVIEW_QUEUE)) {
            LoadGenerator.Result alone = LoadGenerator.run(
                    vertx,
                    "smoke " + kind,
                    endpoint,
                    new QueryMix(QueryMix.Server.SERVICE, workload, List.of(kind)),
                    2,
                    Duration.ofMillis(200),
                    Duration.ofSeconds(1),
                    1,
                    42);
            assertThat(alone.examples()).as(kind.toString()).isEmpty();
            assertThat(alone.errors()).as(kind.toString()).isZero();
            assertThat(alone.perKind()).as(kind.toString()).containsOnlyKeys(kind);
            assertThat(alone.empty()).as(kind.toString()).isZero();
        }
    }
}
