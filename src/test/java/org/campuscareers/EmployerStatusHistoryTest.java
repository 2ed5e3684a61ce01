package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An employer's suspensions and reinstatements: staff see who, when and why; the employer's own
 * members see when and why (while suspended too), not which staff member; nobody else sees any.
 */
@QuarkusTest
class EmployerStatusHistoryTest {

    static final String SUSPEND = """
            mutation($input: SuspendEmployerInput!) { suspendEmployer(input: $input) { employer { id } } }""";
    static final String REINSTATE = """
            mutation($input: ReinstateEmployerInput!) { reinstateEmployer(input: $input) { employer { id } } }""";
    static final String HISTORY = """
            query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on Employer {
              statusReason
              statusChanges(first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } nodes { from to reason changedAt changedBy } } } } }""";

    final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldShowStaffWhoSuspendedAndReinstatedAndTheEmployersMembersWhenAndWhy() {
        Tokens.User owner = Tokens.newUser("owner", "employer");
        Tokens.User suspender = Fixtures.staff();
        Tokens.User reinstater = Fixtures.staff();
        String employerId = Fixtures.verifiedEmployer(owner, "History " + unique);
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);

        // 1. Suspended, reinstated, suspended again, by two staff members.
        as(suspender, SUSPEND, "input", Map.of("employerId", employerId, "reason", "虚假招聘信息"))
                .get("suspendEmployer.employer.id");
        as(reinstater, REINSTATE, "input", Map.of("employerId", employerId, "reason", "整改完成"))
                .get("reinstateEmployer.employer.id");
        as(suspender, SUSPEND, "input", Map.of("employerId", employerId, "reason", "再次投诉"))
                .get("suspendEmployer.employer.id");

        // 2. Staff see all three, latest first: from, to, why, when and who.
        Result staff = as(Fixtures.staff(), HISTORY, "id", employerId);
        assertThat(staff.<Integer>get("node.statusChanges.totalCount")).isEqualTo(3);
        assertThat(staff.<List<String>>get("node.statusChanges.nodes.reason"))
                .containsExactly("再次投诉", "整改完成", "虚假招聘信息");
        assertThat(staff.<List<String>>get("node.statusChanges.nodes.from"))
                .containsExactly("VERIFIED", "SUSPENDED", "VERIFIED");
        assertThat(staff.<List<String>>get("node.statusChanges.nodes.to"))
                .containsExactly("SUSPENDED", "VERIFIED", "SUSPENDED");
        assertThat(staff.<List<String>>get("node.statusChanges.nodes.changedBy"))
                .containsExactly(suspender.subject(), reinstater.subject(), suspender.subject());
        List<OffsetDateTime> times = staff.<List<String>>get("node.statusChanges.nodes.changedAt").stream()
                .map(OffsetDateTime::parse)
                .toList();
        assertThat(times).allSatisfy(t -> assertThat(t).isAfter(before).isBefore(OffsetDateTime.now()));
        assertThat(times.get(0)).isAfterOrEqualTo(times.get(1));
        assertThat(times.get(1)).isAfterOrEqualTo(times.get(2));

        // 3. The suspended employer's own member reads the same history, but not which staff member.
        Result member = as(owner, HISTORY, "id", employerId);
        assertThat(member.<String>get("node.statusReason")).isEqualTo("再次投诉");
        assertThat(member.<List<String>>get("node.statusChanges.nodes.reason"))
                .containsExactly("再次投诉", "整改完成", "虚假招聘信息");
        assertThat(member.<List<String>>get("node.statusChanges.nodes.changedAt"))
                .isEqualTo(staff.<List<String>>get("node.statusChanges.nodes.changedAt"));
        assertThat(member.<List<String>>get("node.statusChanges.nodes.changedBy"))
                .containsExactly(null, null, null);

        // 4. Once reinstated, everyone sees the employer again, and nobody else its history.
        as(reinstater, REINSTATE, "input", Map.of("employerId", employerId, "reason", "申诉成立"))
                .get("reinstateEmployer.employer.id");
        for (Result outsider : List.of(
                anonymous(HISTORY, "id", employerId),
                as(Tokens.newUser("grad", "graduate"), HISTORY, "id", employerId),
                as(Tokens.newUser("other", "employer"), HISTORY, "id", employerId))) {
            assertThat(outsider.<String>get("node.statusReason")).isNull();
            assertThat(outsider.<Integer>get("node.statusChanges.totalCount")).isZero();
            assertThat(outsider.<List<?>>get("node.statusChanges.nodes")).isEmpty();
        }
        assertThat(anonymous(
                                "query($s: String) { employers(filter: {search: $s}) { nodes { statusChanges { totalCount } } } }",
                                "s",
                                "History " + unique)
                        .<List<Integer>>get("employers.nodes.statusChanges.totalCount"))
                .containsExactly(0);
        // A member whose employer role was withdrawn is an outsider too.
        Tokens.User withdrawn = new Tokens.User(owner.subject(), Tokens.of(owner.subject(), "graduate"));
        assertThat(as(withdrawn, HISTORY, "id", employerId).<Integer>get("node.statusChanges.totalCount"))
                .isZero();

        // 5. The history pages like every list: one change at a time gives the four, in order.
        List<String> walked = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Result page = as(owner, HISTORY, "id", employerId, "first", 1, "after", after);
            walked.addAll(page.get("node.statusChanges.nodes.reason"));
            more = page.get("node.statusChanges.pageInfo.hasNextPage");
            after = page.get("node.statusChanges.pageInfo.endCursor");
        }
        assertThat(walked).containsExactly("申诉成立", "再次投诉", "整改完成", "虚假招聘信息");
        Result foreign = as(owner, HISTORY, "id", employerId, "after", "bm9wZQ");
        assertThat(foreign.errorField()).isEqualTo("after");
    }
}
