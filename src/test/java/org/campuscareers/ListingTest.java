package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.StatementCounter;
import org.campuscareers.support.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists: search, filters, orders, stable cursors, and nested fields loaded in batches. */
@QuarkusTest
class ListingTest {

    static final String PAGE = """
            query($s: String!, $first: Int, $after: String, $order: PostingOrder) {
              postings(first: $first, after: $after, filter: {search: $s}, orderBy: $order) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { id title salaryMax viewerHasApplied employer { name } }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    final String tag = "tag" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final Tokens.User owner = Tokens.newUser("owner", "employer");
    String employerId;

    @BeforeEach
    void registerEmployer() {
        employerId = Fixtures.verifiedEmployer(owner, "Listing " + tag);
    }

    String publish(String title, int salaryMax) {
        Map<String, Object> input = new HashMap<>(Fixtures.posting(employerId, title + " " + tag, "工作描述 " + tag));
        input.put("salaryMin", 1000);
        input.put("salaryMax", salaryMax);
        String id = as(owner, Fixtures.CREATE_POSTING, "input", input).get("createPosting.posting.id");
        as(owner, Fixtures.SUBMIT_POSTING, "input", Map.of("postingId", id)).get("submitPosting.posting.id");
        as(Fixtures.staff(), Fixtures.REVIEW_POSTING, "input", Map.of("postingId", id, "approve", true))
                .get("reviewPosting.posting.id");
        return id;
    }

    @Test
    void shouldPageWithoutGapsOrRepeatsWhilePostingsArePublished() {
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            original.add(publish("岗位" + i, 5000 + i));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Result page = anonymous(PAGE, "s", tag, "first", 2, "after", after);
            seen.addAll(page.get("postings.nodes.id"));
            more = page.get("postings.pageInfo.hasNextPage");
            after = page.get("postings.pageInfo.endCursor");
            if (seen.size() == 2) {
                publish("新岗位", 9000); // newer than every page still to come: it must not shift them
            }
        }
        assertThat(seen).containsExactlyElementsOf(original.reversed());
    }

    @Test
    void shouldOrderBySalaryBothWays() {
        String low = publish("低薪", 3000);
        String high = publish("高薪", 30000);
        String mid = publish("中薪", 10000);
        Map<String, Object> asc = Map.of("field", "SALARY_MAX", "direction", "ASC");
        assertThat(anonymous(PAGE, "s", tag, "order", asc).<List<String>>get("postings.nodes.id"))
                .containsExactly(low, mid, high);
        Result firstPage =
                anonymous(PAGE, "s", tag, "first", 1, "order", Map.of("field", "SALARY_MAX", "direction", "DESC"));
        assertThat(firstPage.<List<String>>get("postings.nodes.id")).containsExactly(high);
        assertThat(anonymous(
                                PAGE,
                                "s",
                                tag,
                                "after",
                                firstPage.get("postings.pageInfo.endCursor"),
                                "order",
                                Map.of("field", "SALARY_MAX", "direction", "DESC"))
                        .<List<String>>get("postings.nodes.id"))
                .containsExactly(mid, low);
    }

    @Test
    void shouldFindPostingsByChineseAndEnglishWordsWhateverTheirCase() {
        String id = publish("Senior 数据科学家 Engineer", 20000);
        assertThat(anonymous(PAGE, "s", "数据科学 " + tag).<List<String>>get("postings.nodes.id"))
                .containsExactly(id);
        assertThat(anonymous(PAGE, "s", "ENGINEER " + tag).<List<String>>get("postings.nodes.id"))
                .containsExactly(id);
        assertThat(anonymous(PAGE, "s", "科学 " + tag).<List<String>>get("postings.nodes.id"))
                .containsExactly(id);
        assertThat(anonymous(PAGE, "s", "学数 " + tag).<List<String>>get("postings.nodes.id"))
                .isEmpty();
        assertThat(anonymous(PAGE, "s", "科学家 manager " + tag).<List<String>>get("postings.nodes.id"))
                .isEmpty();
    }

    @Test
    void shouldLoadEmployersAndApplicationStateInBatchesWhateverThePageSize() {
        for (int i = 0; i < 12; i++) {
            publish("批量" + i, 5000);
        }
        Tokens.User graduate = Tokens.newUser("grad", "graduate");
        as(graduate, "{ viewer { subject } }").get("viewer.subject");

        StatementCounter.reset();
        assertThat(as(graduate, PAGE, "s", tag, "first", 2).<List<?>>get("postings.nodes"))
                .hasSize(2);
        int forTwo = StatementCounter.count();
        StatementCounter.reset();
        assertThat(as(graduate, PAGE, "s", tag, "first", 12).<List<?>>get("postings.nodes"))
                .hasSize(12);
        int forTwelve = StatementCounter.count();

        assertThat(forTwelve).isEqualTo(forTwo).isLessThanOrEqualTo(8);
    }

    @Test
    void shouldReadAPostingsEmployerInTheStatementThatOpensThePosting() {
        String id = publish("详情", 8000);
        String bare = "query($id: ID!) { node(id: $id) { ... on Posting { id title } } }";
        String withEmployer = "query($id: ID!) { node(id: $id) { ... on Posting { id title employer { id name } } } }";

        StatementCounter.reset();
        assertThat(anonymous(bare, "id", id).<String>get("node.id")).isEqualTo(id);
        int bareStatements = StatementCounter.count();
        StatementCounter.reset();
        Result detail = anonymous(withEmployer, "id", id);
        int withEmployerStatements = StatementCounter.count();

        StatementCounter.reset();
        Result throughAFragment = anonymous(
                "query($id: ID!) { node(id: $id) { ...Detail } }"
                        + " fragment Detail on Posting { id employer { ...Name } } fragment Name on Employer { name }",
                "id",
                id);
        int throughAFragmentStatements = StatementCounter.count();

        assertThat(detail.<String>get("node.employer.id")).isEqualTo(employerId);
        assertThat(detail.<String>get("node.employer.name")).isEqualTo("Listing " + tag);
        assertThat(throughAFragment.<String>get("node.employer.name")).isEqualTo("Listing " + tag);
        assertThat(withEmployerStatements).isEqualTo(bareStatements);
        assertThat(throughAFragmentStatements).isEqualTo(bareStatements);
    }

    @Test
    void shouldReadAPagesEmployersInTheStatementThatReadsThePage() {
        publish("列表甲", 5000);
        Tokens.User member = Tokens.newUser("other", "employer");
        String other = Fixtures.verifiedEmployer(member, "Other " + tag);
        Fixtures.publishedPosting(member, other, "列表乙 " + tag, "描述 " + tag);
        String bare = "query($s: String!) { postings(filter: {search: $s}) { nodes { id } } }";
        String withEmployers = "query($s: String!) { postings(filter: {search: $s})"
                + " { edges { node { id employer { name } } } } }";

        StatementCounter.reset();
        assertThat(anonymous(bare, "s", tag).<List<String>>get("postings.nodes.id"))
                .hasSize(2);
        int bareStatements = StatementCounter.count();
        StatementCounter.reset();
        Result page = anonymous(withEmployers, "s", tag);
        int withEmployersStatements = StatementCounter.count();

        assertThat(page.<List<String>>get("postings.edges.node.employer.name"))
                .containsExactly("Other " + tag, "Listing " + tag);
        assertThat(withEmployersStatements).isEqualTo(bareStatements);
    }

    static final String FEATURED = """
            query($id: ID!) {
              node(id: $id) { ... on RecruitmentSession { featuredPostings { id employer { name } } } }
            }""";

    @Test
    void shouldCheckFeaturedPostingsOfManyEmployersWithOneStatementForTheirEmployers() {
        // Who may see a featured posting depends on its employer's standing: the employers of all
        // of a session's postings are loaded together, not one statement per posting.
        List<String> postings = new ArrayList<>();
        postings.add(publish("宣讲", 5000));
        for (int i = 0; i < 4; i++) {
            Tokens.User member = Tokens.newUser("member" + i, "employer");
            String other = Fixtures.verifiedEmployer(member, "Featured " + i + " " + tag);
            postings.add(Fixtures.publishedPosting(member, other, "岗位 " + tag, "描述 " + tag));
        }
        Tokens.User staff = Fixtures.staff();
        String one = schedule(staff, postings.subList(0, 1));
        String five = schedule(staff, postings);

        StatementCounter.reset();
        assertThat(anonymous(FEATURED, "id", one).<List<String>>get("node.featuredPostings.id"))
                .containsExactly(postings.get(0));
        int forOneEmployer = StatementCounter.count();
        StatementCounter.reset();
        assertThat(anonymous(FEATURED, "id", five).<List<String>>get("node.featuredPostings.id"))
                .containsExactlyElementsOf(postings);
        int forFiveEmployers = StatementCounter.count();

        assertThat(forFiveEmployers).isEqualTo(forOneEmployer);
    }

    @Test
    void shouldReadASessionsFeaturedPostingsAndTheirEmployersInOneStatement() {
        List<String> postings = List.of(publish("推荐甲", 5000), publish("推荐乙", 5000));
        String session = schedule(Fixtures.staff(), postings);
        String bare = "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { id title } } }";
        String featured =
                "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { id featuredPostings { id } } } }";

        StatementCounter.reset();
        assertThat(anonymous(bare, "id", session).<String>get("node.id")).isEqualTo(session);
        int bareStatements = StatementCounter.count();
        StatementCounter.reset();
        assertThat(anonymous(featured, "id", session).<List<String>>get("node.featuredPostings.id"))
                .containsExactlyElementsOf(postings);
        int featuredStatements = StatementCounter.count();
        StatementCounter.reset();
        Result withEmployers = anonymous(FEATURED, "id", session);
        int withEmployersStatements = StatementCounter.count();

        assertThat(withEmployers.<List<String>>get("node.featuredPostings.employer.name"))
                .containsExactly("Listing " + tag, "Listing " + tag);
        assertThat(featuredStatements).isEqualTo(bareStatements + 1);
        assertThat(withEmployersStatements).isEqualTo(featuredStatements);
    }

    @Test
    void shouldTranslateEachListsQueryToSqlOnceWhateverTheListsInItsArguments() {
        // Lists bound as parameters (visibility's public statuses, a filter's kinds, the ids of a
        // batch) and a page that joins its hosts: Hibernate caches the SQL of none of these unless
        // the statement is built for it (Conditions, arrays in native SQL, PagedRepository), and
        // translates the query again on each run.
        String posting = publish("翻译", 5000);
        String session = schedule(Fixtures.staff(), List.of(posting));
        Tokens.User graduate = Tokens.newUser("g", "graduate");
        String lists = """
                query($s: String!, $session: ID!, $posting: ID!) {
                  recruitmentSessions(first: 5) { nodes { id host { name } featuredPostings { id } } }
                  employers(first: 5, filter: {kinds: [COMPANY, GOVERNMENT]}) { nodes { id } }
                  postings(first: 5, filter: {search: $s, kinds: [FULL_TIME, INTERNSHIP]}) {
                    nodes { id viewerHasApplied }
                  }
                  session: node(id: $session) { ... on RecruitmentSession { questions(first: 5) { nodes { id } } } }
                  posting: node(id: $posting) { ... on Posting { employer { postings(first: 5) { nodes { id } } } } }
                }""";
        Object[] variables = {"s", tag, "session", session, "posting", posting};
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            as(graduate, lists, variables).get("recruitmentSessions.nodes.id");
            statistics.clear();
            Result again = as(graduate, lists, variables);
            assertThat(again.<List<String>>get("postings.nodes.id")).containsExactly(posting);
            assertThat(again.<List<String>>get("posting.employer.postings.nodes.id"))
                    .contains(posting);

            // Hibernate's own loads by id (their SQL names its aliases, e1_0) have no query plan,
            // and a native statement written with {p.*} runs as SQL naming Hibernate's column
            // aliases (id1_13_0_) while its plan is looked up, and counted, under the text written.
            List<String> queries = Arrays.stream(statistics.getQueries())
                    .filter(query -> !query.matches("(?s).*\\b[a-z]+[0-9]+_[0-9]+\\..*"))
                    .filter(query -> !query.matches("(?s).*\\b[a-z]+[0-9]+_[0-9]+_[0-9]+_\\b.*"))
                    .toList();
            // Each execution of an HQL query (Panache's, "FROM `Entity` WHERE ...") looks up its
            // parsed form and its SQL, each counted as a hit; a native statement looks up its plan.
            // A query whose SQL is not cached counts its parse alone, and a native one nothing.
            assertThat(queries).anyMatch(query -> query.startsWith("FROM `"));
            assertThat(queries).anyMatch(query -> !query.startsWith("FROM `"));
            assertThat(queries).allSatisfy(query -> {
                QueryStatistics ran = statistics.getQueryStatistics(query);
                long lookups = query.startsWith("FROM `") ? 2 : 1;
                assertThat(ran.getPlanCacheHitCount())
                        .as(query)
                        .isGreaterThanOrEqualTo(lookups * ran.getExecutionCount());
                assertThat(ran.getPlanCacheMissCount()).as(query).isZero();
            });
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void shouldReadAPageOfSessionsWithTheirHostsInTheStatementThatReadsThePage() {
        // Ten years ahead, so that the page holds this test's sessions only.
        OffsetDateTime from = OffsetDateTime.now().plusYears(10).plusMinutes(new Random().nextInt(100_000));
        Tokens.User staff = Fixtures.staff();
        String hosted = schedule(staff, employerId, from.plusHours(1));
        String byTheCentre = schedule(staff, null, from.plusHours(2));
        String page = """
                query($from: DateTime!) {
                  recruitmentSessions(first: 5, filter: {startsAfter: $from}) { nodes { id %s } }
                }""";
        String edges = """
                query($from: DateTime!) {
                  recruitmentSessions(first: 5, filter: {startsAfter: $from}) { edges { node { id host { name } } } }
                }""";

        StatementCounter.reset();
        assertThat(anonymous(page.formatted(""), "from", from.toString())
                        .<List<String>>get("recruitmentSessions.nodes.id"))
                .containsExactly(hosted, byTheCentre);
        int bareStatements = StatementCounter.count();
        StatementCounter.reset();
        Result withHosts = anonymous(page.formatted("host { id name }"), "from", from.toString());
        int withHostsStatements = StatementCounter.count();
        StatementCounter.reset();
        Result throughEdges = anonymous(edges, "from", from.toString());
        int throughEdgesStatements = StatementCounter.count();

        Map<String, Object> host = Map.of("id", employerId, "name", "Listing " + tag);
        List<Map<String, Object>> hosts = new ArrayList<>();
        hosts.add(host);
        hosts.add(null);
        assertThat(withHosts.<List<Map<String, Object>>>get("recruitmentSessions.nodes.host"))
                .containsExactlyElementsOf(hosts);
        assertThat(throughEdges.<List<String>>get("recruitmentSessions.edges.node.host.name"))
                .containsExactly("Listing " + tag);
        assertThat(throughEdges.<List<Object>>get("recruitmentSessions.edges.node.host"))
                .hasSize(2)
                .last()
                .isNull();
        assertThat(withHostsStatements).isEqualTo(bareStatements);
        assertThat(throughEdgesStatements).isEqualTo(bareStatements);
        // A session read by id, without the page's join, still shows its host.
        assertThat(anonymous(
                                "query($id: ID!) { node(id: $id) { ... on RecruitmentSession { host { name } } } }",
                                "id",
                                hosted)
                        .<String>get("node.host.name"))
                .isEqualTo("Listing " + tag);
    }

    @Test
    void shouldReadTheHostsOfSessionsReadByIdTogether() {
        // Sessions read by id (here an application's source) leave their hosts unread: the hosts of
        // two sessions still come in the statement that reads the host of one.
        String apply = """
                mutation($input: ApplyToPostingInput!) { applyToPosting(input: $input) { application { id } } }""";
        String mine = """
                { applications(first: 10) { nodes { sourceSession { id host { name } } } } }""";
        Tokens.User graduate = Tokens.newUser("g", "graduate");
        List<Fixtures.LiveSession> live = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Tokens.User host = Tokens.newUser("host" + i, "employer");
            Fixtures.LiveSession session = Fixtures.liveSession(host, false);
            as(host, Fixtures.START, "input", Map.of("sessionId", session.sessionId()))
                    .get("startRecruitmentSession");
            live.add(session);
        }

        int[] statements = new int[2];
        for (int i = 0; i < 2; i++) {
            Fixtures.LiveSession session = live.get(i);
            as(
                            graduate,
                            apply,
                            "input",
                            Map.of("postingId", session.postingId(), "sourceSessionId", session.sessionId()))
                    .get("applyToPosting.application.id");
            StatementCounter.reset();
            assertThat(as(graduate, mine).<List<String>>get("applications.nodes.sourceSession.host.name"))
                    .hasSize(i + 1)
                    .doesNotHaveDuplicates()
                    .allSatisfy(name -> assertThat(name).startsWith("Live "));
            statements[i] = StatementCounter.count();
        }
        assertThat(statements[1]).isEqualTo(statements[0]);
    }

    private static String schedule(Tokens.User staff, String host, OffsetDateTime startsAt) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "宣讲会");
        input.put("startsAt", startsAt.toString());
        input.put("endsAt", startsAt.plusHours(1).toString());
        if (host != null) {
            input.put("hostEmployerId", host);
        }
        return as(staff, Fixtures.SCHEDULE, "input", input).get("scheduleRecruitmentSession.session.id");
    }

    private static String schedule(Tokens.User staff, List<String> featured) {
        return as(
                        staff,
                        Fixtures.SCHEDULE,
                        "input",
                        Map.of(
                                "title",
                                "宣讲会",
                                "startsAt",
                                java.time.OffsetDateTime.now().plusDays(1).toString(),
                                "endsAt",
                                java.time.OffsetDateTime.now()
                                        .plusDays(1)
                                        .plusHours(2)
                                        .toString(),
                                "featuredPostingIds",
                                featured))
                .get("scheduleRecruitmentSession.session.id");
    }
}
