package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.anonymous;
import static org.campuscareers.support.GraphQLClient.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.campuscareers.common.GlobalId;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.StatementCounter;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An employer's members and staff see the invitations it made, with their state, and take back
 * those still pending; nobody else learns that an invitation exists.
 */
@QuarkusTest
class EmployerInvitationManagementTest {

    static final String INVITE = """
            mutation($input: AddEmployerMemberInput!) { addEmployerMember(input: $input) { invitation { id } } }""";
    static final String ACCEPT = """
            mutation($input: AcceptEmployerInvitationInput!) {
              acceptEmployerInvitation(input: $input) { employer { id } } }""";
    static final String REVOKE = """
            mutation($input: RevokeEmployerInvitationInput!) {
              revokeEmployerInvitation(input: $input) { invitation { id state revokedAt revokedBy } } }""";
    static final String INVITATIONS = """
            query($id: ID!, $states: [EmployerInvitationState!]) { node(id: $id) { ... on Employer {
              invitations(filter: {states: $states}) {
                totalCount nodes { id subject state invitedBy revokedBy revokedAt acceptedAt } } } } }""";
    static final String INVITATION = """
            query($id: ID!) { node(id: $id) { ... on EmployerInvitation { id state invitedBy revokedBy } } }""";
    static final String SUSPEND = """
            mutation($input: SuspendEmployerInput!) { suspendEmployer(input: $input) { employer { id } } }""";
    static final String REINSTATE = """
            mutation($input: ReinstateEmployerInput!) { reinstateEmployer(input: $input) { employer { id } } }""";
    static final String OWN_INVITATIONS = "{ viewer { employerInvitations { id } } }";
    static final String REMOVE = """
            mutation($input: RemoveEmployerMemberInput!) { removeEmployerMember(input: $input) { employer { id } } }""";

    @Inject
    EntityManager entityManager;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    final Tokens.User owner = Tokens.newUser("owner", "employer");
    final Tokens.User staff = Fixtures.staff();

    @Test
    void shouldListAnEmployersInvitationsWithTheirStatesToItsMembersAndStaffOnly() {
        String employerId = Fixtures.verifiedEmployer(owner, "Invitations " + unique);
        Tokens.User joined = Tokens.newUser("joined", "employer");
        Tokens.User revoked = Tokens.newUser("revoked", "employer");
        Tokens.User pending = Tokens.newUser("pending", "employer");
        Tokens.User expired = Tokens.newUser("expired", "employer");

        // 1. Four invitations: one accepted, one revoked, one pending, one that expired a day ago.
        String expiredId = invite(owner, employerId, expired);
        backdate(expiredId);
        String joinedId = invite(owner, employerId, joined);
        as(joined, ACCEPT, "input", Map.of("invitationId", joinedId)).get("acceptEmployerInvitation.employer.id");
        String revokedId = invite(owner, employerId, revoked);
        as(owner, REVOKE, "input", Map.of("invitationId", revokedId)).get("revokeEmployerInvitation.invitation.id");
        String pendingId = invite(staff, employerId, pending);
        // Another employer's invitation is not in this one's list.
        invite(Tokens.newUser("elsewhere", "employer"), null, pending);

        // 2. The owner sees all four, newest first, with their states and who acted.
        Result all = as(owner, INVITATIONS, "id", employerId);
        assertThat(all.<Integer>get("node.invitations.totalCount")).isEqualTo(4);
        assertThat(all.<List<String>>get("node.invitations.nodes.id"))
                .containsExactly(pendingId, revokedId, joinedId, expiredId);
        assertThat(all.<List<String>>get("node.invitations.nodes.state"))
                .containsExactly("PENDING", "REVOKED", "ACCEPTED", "EXPIRED");
        assertThat(all.<List<String>>get("node.invitations.nodes.subject"))
                .containsExactly(pending.subject(), revoked.subject(), joined.subject(), expired.subject());
        assertThat(all.<List<String>>get("node.invitations.nodes.invitedBy"))
                .containsExactly(staff.subject(), owner.subject(), owner.subject(), owner.subject());
        assertThat(all.<List<String>>get("node.invitations.nodes.revokedBy"))
                .containsExactly(null, owner.subject(), null, null);
        assertThat(all.<List<String>>get("node.invitations.nodes.acceptedAt").get(2))
                .isNotNull();

        // 3. Filtering by each state gives exactly the invitations reported in that state (the
        //    list's SQL and the field's Java agree), and several states together their union.
        for (String state : List.of("PENDING", "ACCEPTED", "REVOKED", "EXPIRED")) {
            Result one = as(owner, INVITATIONS, "id", employerId, "states", List.of(state));
            assertThat(one.<List<String>>get("node.invitations.nodes.state"))
                    .as(state)
                    .containsExactly(state);
            assertThat(one.<Integer>get("node.invitations.totalCount"))
                    .as(state)
                    .isEqualTo(1);
        }
        assertThat(as(owner, INVITATIONS, "id", employerId, "states", List.of("EXPIRED", "PENDING"))
                        .<List<String>>get("node.invitations.nodes.id"))
                .containsExactly(pendingId, expiredId);

        // 4. The member who joined and staff see the same list.
        assertThat(as(joined, INVITATIONS, "id", employerId).<List<String>>get("node.invitations.nodes.id"))
                .containsExactly(pendingId, revokedId, joinedId, expiredId);
        assertThat(as(Fixtures.staff(), INVITATIONS, "id", employerId).<List<String>>get("node.invitations.nodes.id"))
                .containsExactly(pendingId, revokedId, joinedId, expiredId);

        // 5. Everyone else sees the employer and an empty list, counted as empty: anonymous
        //    callers, graduates, another employer's members, and the invited user itself.
        for (Result outsider : List.of(
                anonymous(INVITATIONS, "id", employerId),
                as(Tokens.newUser("grad", "graduate"), INVITATIONS, "id", employerId),
                as(Tokens.newUser("other", "employer"), INVITATIONS, "id", employerId),
                as(pending, INVITATIONS, "id", employerId))) {
            assertThat(outsider.<Integer>get("node.invitations.totalCount")).isZero();
            assertThat(outsider.<List<?>>get("node.invitations.nodes")).isEmpty();
        }
        // Nested under the public list of employers too.
        Result listed = anonymous(
                "query($s: String) { employers(filter: {search: $s}) { nodes { invitations { totalCount } } } }",
                "s",
                "Invitations " + unique);
        assertThat(listed.<List<Integer>>get("employers.nodes.invitations.totalCount"))
                .containsExactly(0);

        // 6. The invited user finds its own invitation by id, without who made it; strangers do not.
        Result own = as(pending, INVITATION, "id", pendingId);
        assertThat(own.<String>get("node.state")).isEqualTo("PENDING");
        assertThat(own.<String>get("node.invitedBy")).isNull();
        assertThat(as(owner, INVITATION, "id", pendingId).<String>get("node.invitedBy"))
                .isEqualTo(staff.subject());
        assertThat(as(Tokens.newUser("other", "employer"), INVITATION, "id", pendingId)
                        .<Object>get("node"))
                .isNull();
        assertThat(anonymous(INVITATION, "id", pendingId).<Object>get("node")).isNull();

        // 7. A member who was removed sees nothing of it any more.
        as(owner, REMOVE, "input", Map.of("employerId", employerId, "subject", joined.subject()))
                .get("removeEmployerMember.employer.id");
        assertThat(as(joined, INVITATIONS, "id", employerId).<Integer>get("node.invitations.totalCount"))
                .isZero();
        assertThat(as(joined, INVITATION, "id", pendingId).<Object>get("node")).isNull();
    }

    @Test
    void shouldRevokeAPendingInvitationSoThatItCanNoLongerBeAccepted() {
        String employerId = Fixtures.verifiedEmployer(owner, "Revoke " + unique);
        Tokens.User invited = Tokens.newUser("invited", "employer");
        String invitationId = invite(owner, employerId, invited);
        assertThat(as(invited, OWN_INVITATIONS).<List<String>>get("viewer.employerInvitations.id"))
                .containsExactly(invitationId);

        // 1. The owner revokes it: REVOKED, when and by whom.
        Result revoked = as(owner, REVOKE, "input", Map.of("invitationId", invitationId));
        assertThat(revoked.<String>get("revokeEmployerInvitation.invitation.state"))
                .isEqualTo("REVOKED");
        assertThat(revoked.<String>get("revokeEmployerInvitation.invitation.revokedAt"))
                .isNotNull();
        assertThat(revoked.<String>get("revokeEmployerInvitation.invitation.revokedBy"))
                .isEqualTo(owner.subject());

        // 2. The invited user no longer finds it open, cannot accept it, and acts for nobody.
        assertThat(as(invited, OWN_INVITATIONS).<List<?>>get("viewer.employerInvitations"))
                .isEmpty();
        Result refused = as(invited, ACCEPT, "input", Map.of("invitationId", invitationId));
        assertThat(refused.errorCode()).isEqualTo("CONFLICT");
        assertThat(refused.errorMessage()).contains("revoked");
        assertThat(as(invited, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "招聘助理", "校园招聘"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(invited, INVITATION, "id", invitationId).<String>get("node.state"))
                .isEqualTo("REVOKED");

        // 3. Only a pending invitation can be revoked: not twice, not once accepted, not once expired.
        assertThat(as(owner, REVOKE, "input", Map.of("invitationId", invitationId))
                        .errorCode())
                .isEqualTo("CONFLICT");
        String acceptedId = invite(owner, employerId, invited);
        as(invited, ACCEPT, "input", Map.of("invitationId", acceptedId)).get("acceptEmployerInvitation.employer.id");
        Result late = as(owner, REVOKE, "input", Map.of("invitationId", acceptedId));
        assertThat(late.errorCode()).isEqualTo("CONFLICT");
        assertThat(late.errorMessage()).contains("ACCEPTED");
        String expiredId = invite(owner, employerId, Tokens.newUser("slow", "employer"));
        backdate(expiredId);
        assertThat(as(owner, REVOKE, "input", Map.of("invitationId", expiredId)).errorMessage())
                .contains("EXPIRED");

        // 4. Staff revoke too, and a member who joined revokes an invitation another member made.
        String byStaff = invite(owner, employerId, Tokens.newUser("next", "employer"));
        assertThat(as(staff, REVOKE, "input", Map.of("invitationId", byStaff))
                        .<String>get("revokeEmployerInvitation.invitation.revokedBy"))
                .isEqualTo(staff.subject());
        String byMember = invite(owner, employerId, Tokens.newUser("later", "employer"));
        assertThat(as(invited, REVOKE, "input", Map.of("invitationId", byMember))
                        .<String>get("revokeEmployerInvitation.invitation.state"))
                .isEqualTo("REVOKED");
    }

    @Test
    void shouldTellNobodyWhoMayNotSeeAnInvitationThatItExists() {
        String employerId = Fixtures.verifiedEmployer(owner, "Hidden " + unique);
        Tokens.User invited = Tokens.newUser("invited", "employer");
        String invitationId = invite(owner, employerId, invited);
        String madeUp = GlobalId.of("EmployerInvitation", Long.MAX_VALUE);

        // 1. Another employer's member gets the same NOT_FOUND for this invitation as for none.
        Tokens.User stranger = Tokens.newUser("stranger", "employer");
        Fixtures.verifiedEmployer(stranger, "Stranger " + unique);
        Result real = as(stranger, REVOKE, "input", Map.of("invitationId", invitationId));
        Result none = as(stranger, REVOKE, "input", Map.of("invitationId", madeUp));
        assertThat(real.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(none.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(real.errorMessage()).isEqualTo(none.errorMessage());
        // Graduates and anonymous callers are refused before the id is looked at, alike for both.
        Tokens.User graduate = Tokens.newUser("grad", "graduate");
        assertThat(as(graduate, REVOKE, "input", Map.of("invitationId", invitationId))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(graduate, REVOKE, "input", Map.of("invitationId", madeUp)).errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(anonymous(REVOKE, "input", Map.of("invitationId", invitationId))
                        .errorCode())
                .isEqualTo("UNAUTHENTICATED");

        // 2. A member whose employer role was withdrawn, or who was removed, is a stranger too.
        Tokens.User colleague = Tokens.newUser("colleague", "employer");
        as(colleague, ACCEPT, "input", Map.of("invitationId", invite(owner, employerId, colleague)))
                .get("acceptEmployerInvitation.employer.id");
        Tokens.User withdrawn = new Tokens.User(colleague.subject(), Tokens.of(colleague.subject(), "graduate"));
        assertThat(as(withdrawn, REVOKE, "input", Map.of("invitationId", invitationId))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(withdrawn, INVITATIONS, "id", employerId).<Integer>get("node.invitations.totalCount"))
                .isZero();
        as(owner, REMOVE, "input", Map.of("employerId", employerId, "subject", colleague.subject()))
                .get("removeEmployerMember.employer.id");
        assertThat(as(colleague, REVOKE, "input", Map.of("invitationId", invitationId))
                        .errorCode())
                .isEqualTo("NOT_FOUND");

        // 3. The invited user sees its invitation but cannot revoke it (it may simply not accept).
        assertThat(as(invited, REVOKE, "input", Map.of("invitationId", invitationId))
                        .errorCode())
                .isEqualTo("FORBIDDEN");

        // 4. None of them changed anything: the invitation is still pending, and still accepted once.
        assertThat(as(owner, INVITATION, "id", invitationId).<String>get("node.state"))
                .isEqualTo("PENDING");

        // 5. While the employer is suspended its members still see its invitations but act for it
        //    in nothing: revoking is FORBIDDEN to them; staff still may.
        as(staff, SUSPEND, "input", Map.of("employerId", employerId, "reason", "核查中"))
                .get("suspendEmployer.employer.id");
        assertThat(as(owner, INVITATIONS, "id", employerId).<List<String>>get("node.invitations.nodes.id"))
                .contains(invitationId);
        assertThat(as(owner, REVOKE, "input", Map.of("invitationId", invitationId))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(as(staff, REVOKE, "input", Map.of("invitationId", invitationId))
                        .<String>get("revokeEmployerInvitation.invitation.state"))
                .isEqualTo("REVOKED");
    }

    @Test
    void shouldKeepAnInvitationPendingWhileItsEmployerIsSuspended() {
        String employerId = Fixtures.verifiedEmployer(owner, "Frozen " + unique);
        Tokens.User invited = Tokens.newUser("invited", "employer");
        String invitationId = invite(owner, employerId, invited);
        as(staff, SUSPEND, "input", Map.of("employerId", employerId, "reason", "核查中"))
                .get("suspendEmployer.employer.id");

        // Nobody joins an employer nobody may act for: refused, and the invitation stays pending.
        Result refused = as(invited, ACCEPT, "input", Map.of("invitationId", invitationId));
        assertThat(refused.errorCode()).isEqualTo("CONFLICT");
        assertThat(refused.errorMessage()).contains("suspended");
        assertThat(as(owner, INVITATION, "id", invitationId).<String>get("node.state"))
                .isEqualTo("PENDING");
        assertThat(as(owner, "query($id: ID!) { node(id: $id) { ... on Employer { members } } }", "id", employerId)
                        .<List<String>>get("node.members"))
                .containsExactly(owner.subject());

        // Reinstated: the same invitation is accepted, and the new member acts for the employer.
        as(staff, REINSTATE, "input", Map.of("employerId", employerId, "reason", "核查完毕"))
                .get("reinstateEmployer.employer.id");
        assertThat(as(invited, ACCEPT, "input", Map.of("invitationId", invitationId))
                        .<String>get("acceptEmployerInvitation.employer.id"))
                .isEqualTo(employerId);
        assertThat(as(invited, Fixtures.CREATE_POSTING, "input", Fixtures.posting(employerId, "招聘助理", "校园招聘"))
                        .<String>get("createPosting.posting.id"))
                .isNotNull();
    }

    @Test
    void shouldLetExactlyOneOfAnAcceptanceAndARevocationAtOncePass() throws Exception {
        String employerId = Fixtures.verifiedEmployer(owner, "Race " + unique);
        Tokens.User revoker = Tokens.newUser("revoker", "staff");
        // Two threads of its own: the common pool may have one on a small machine.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            race(employerId, revoker, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private void race(String employerId, Tokens.User revoker, ExecutorService pool) throws Exception {
        for (int round = 0; round < 4; round++) {
            Tokens.User invited = Tokens.newUser("racer", "employer");
            String invitationId = invite(revoker, employerId, invited);
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Result> accepted = CompletableFuture.supplyAsync(
                    () -> {
                        await(start);
                        return as(invited, ACCEPT, "input", Map.of("invitationId", invitationId));
                    },
                    pool);
            CompletableFuture<Result> revoked = CompletableFuture.supplyAsync(
                    () -> {
                        await(start);
                        return as(revoker, REVOKE, "input", Map.of("invitationId", invitationId));
                    },
                    pool);
            List<Result> results =
                    new ArrayList<>(List.of(accepted.get(30, TimeUnit.SECONDS), revoked.get(30, TimeUnit.SECONDS)));
            assertThat(results.stream().filter(Result::ok)).as("round " + round).hasSize(1);
            assertThat(results.stream().filter(r -> !r.ok()).map(Result::errorCode))
                    .containsExactly("CONFLICT");
            String state = as(owner, INVITATION, "id", invitationId).get("node.state");
            boolean memberNow = as(
                            owner,
                            "query($id: ID!) { node(id: $id) { ... on Employer { members } } }",
                            "id",
                            employerId)
                    .<List<String>>get("node.members")
                    .contains(invited.subject());
            assertThat(state).isEqualTo(results.get(0).ok() ? "ACCEPTED" : "REVOKED");
            assertThat(memberNow).isEqualTo(results.get(0).ok());
        }
    }

    @Test
    void shouldReadTheInvitationsAndHistoriesOfAnyNumberOfEmployersInTheSameStatements() {
        String tag = "Batch " + unique;
        for (int i = 0; i < 5; i++) {
            Tokens.User member = Tokens.newUser("owner", "employer");
            String employerId = Fixtures.verifiedEmployer(member, tag + " " + i);
            invite(member, employerId, Tokens.newUser("first", "employer"));
            invite(member, employerId, Tokens.newUser("second", "employer"));
            as(staff, SUSPEND, "input", Map.of("employerId", employerId, "reason", "核查 " + i))
                    .get("suspendEmployer.employer.id");
            as(staff, REINSTATE, "input", Map.of("employerId", employerId, "reason", "恢复 " + i))
                    .get("reinstateEmployer.employer.id");
        }
        String document = """
                query($s: String, $n: Int) { employers(first: $n, filter: {search: $s}) { nodes {
                  invitations(first: 1) { totalCount pageInfo { hasNextPage } nodes { subject state } }
                  statusChanges(first: 1) { totalCount pageInfo { hasNextPage } nodes { reason } } } } }""";
        Tokens.User reader = Fixtures.staff();
        as(reader, "{ viewer { subject } }").get("viewer.subject");

        StatementCounter.reset();
        Result two = as(reader, document, "s", tag, "n", 2);
        int forTwo = StatementCounter.count();
        StatementCounter.reset();
        Result five = as(reader, document, "s", tag, "n", 5);
        int forFive = StatementCounter.count();

        assertThat(forFive).isEqualTo(forTwo);
        assertThat(two.<List<?>>get("employers.nodes")).hasSize(2);
        assertThat(five.<List<Integer>>get("employers.nodes.invitations.totalCount"))
                .containsExactly(2, 2, 2, 2, 2);
        assertThat(five.<List<Boolean>>get("employers.nodes.invitations.pageInfo.hasNextPage"))
                .containsOnly(true);
        assertThat(five.<List<List<String>>>get("employers.nodes.invitations.nodes.subject"))
                .allSatisfy(subjects ->
                        assertThat(subjects).singleElement().asString().startsWith("second-"));
        assertThat(five.<List<Integer>>get("employers.nodes.statusChanges.totalCount"))
                .containsExactly(2, 2, 2, 2, 2);
        assertThat(five.<List<List<String>>>get("employers.nodes.statusChanges.nodes.reason"))
                .containsExactly(List.of("恢复 0"), List.of("恢复 1"), List.of("恢复 2"), List.of("恢复 3"), List.of("恢复 4"));
    }

    /** An invitation for {@code invited}, made by {@code by} (to a new employer of its own when none is given). */
    private String invite(Tokens.User by, String employerId, Tokens.User invited) {
        String employer = employerId != null ? employerId : Fixtures.verifiedEmployer(by, "Elsewhere " + unique);
        return as(by, INVITE, "input", Map.of("employerId", employer, "subject", invited.subject()))
                .get("addEmployerMember.invitation.id");
    }

    /** The invitation was made eight days ago: it expired yesterday. */
    private void backdate(String invitationId) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("update employer_invitation set invited_at = now() - interval '8 days',"
                                + " expires_at = now() - interval '1 day' where id = :id")
                        .setParameter("id", GlobalId.require("EmployerInvitation", invitationId, "id"))
                        .executeUpdate());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
