package org.campuscareers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campuscareers.support.GraphQLClient.as;
import static org.campuscareers.support.SupportFixtures.GRANT;
import static org.campuscareers.support.SupportFixtures.LIST;
import static org.campuscareers.support.SupportFixtures.NODE;
import static org.campuscareers.support.SupportFixtures.NOTE;
import static org.campuscareers.support.SupportFixtures.OPEN;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.campuscareers.common.GlobalId;
import org.campuscareers.support.Fixtures;
import org.campuscareers.support.GraphQLClient.Result;
import org.campuscareers.support.OutcomeFixtures;
import org.campuscareers.support.SupportFixtures;
import org.campuscareers.support.Tokens;
import org.junit.jupiter.api.Test;

/** Support records: opening, mentors, grants, notes; the audit of every read; the still-seeking list. */
@QuarkusTest
class SupportRecordTest {

    final Tokens.User staff = Fixtures.staff();

    @Inject
    DataSource dataSource;

    @Test
    void shouldOpenARecordAwardGrantsAndMoveLastContactWithEachNote() {
        Tokens.User graduate = OutcomeFixtures.graduate("数学学院", "统计学", "BACHELOR", 2027);
        String graduateId = OutcomeFixtures.graduateId(graduate);

        Result opened = as(
                staff,
                OPEN,
                "input",
                Map.of(
                        "graduateId",
                        graduateId,
                        "category",
                        "ZERO_EMPLOYMENT_FAMILY",
                        "mentorSubject",
                        staff.subject()));
        String recordId = opened.get("openSupportRecord.record.id");
        assertThat(opened.<String>get("openSupportRecord.record.category")).isEqualTo("ZERO_EMPLOYMENT_FAMILY");
        assertThat(opened.<String>get("openSupportRecord.record.graduate.id")).isEqualTo(graduateId);
        assertThat(opened.<String>get("openSupportRecord.record.mentorSubject")).isEqualTo(staff.subject());
        // The mentor opened it, so the service knows the mentor's name from the token.
        assertThat(opened.<String>get("openSupportRecord.record.mentorName")).isEqualTo("User " + staff.subject());
        assertThat(opened.<String>get("openSupportRecord.record.lastContactAt")).isNull();
        assertThat(opened.<List<Object>>get("openSupportRecord.record.notes")).isEmpty();

        // A second record for the same graduate is a conflict: staff add to the one there is.
        assertThat(as(staff, OPEN, "input", Map.of("graduateId", graduateId, "category", "OTHER"))
                        .errorCode())
                .isEqualTo("CONFLICT");

        Result granted = as(
                staff,
                GRANT,
                "input",
                Map.of(
                        "recordId",
                        recordId,
                        "amount",
                        1500,
                        "awardedOn",
                        LocalDate.now().minusDays(1).toString()));
        assertThat(granted.<List<Integer>>get("awardJobSearchGrant.record.grants.amount"))
                .containsExactly(1500);
        assertThat(granted.<List<String>>get("awardJobSearchGrant.record.grants.awardedBy"))
                .containsExactly(staff.subject());

        String first = as(staff, NOTE, "input", Map.of("recordId", recordId, "body", "电话联系，简历已修改"))
                .get("addSupportNote.record.lastContactAt");
        Result second = as(staff, NOTE, "input", Map.of("recordId", recordId, "body", "推荐了两个岗位"));
        String last = second.get("addSupportNote.record.lastContactAt");
        assertThat(first).isNotNull();
        assertThat(OffsetDateTime.parse(last)).isAfter(OffsetDateTime.parse(first));
        assertThat(second.<List<String>>get("addSupportNote.record.notes.body"))
                .containsExactly("电话联系，简历已修改", "推荐了两个岗位");
        assertThat(second.<List<String>>get("addSupportNote.record.notes.writtenAt")
                        .get(1))
                .isEqualTo(last);

        // Staff read it back through node(id:), with the graduate's current destination.
        OutcomeFixtures.report(graduate, "SEEKING", null);
        Result node = as(staff, NODE, "id", recordId);
        assertThat(node.<String>get("node.category")).isEqualTo("ZERO_EMPLOYMENT_FAMILY");
        assertThat(node.<String>get("node.outcome.category")).isEqualTo("SEEKING");
        assertThat(node.<List<Integer>>get("node.grants.amount")).containsExactly(1500);
    }

    @Test
    void shouldRefuseBadGrantsNotesAndUnknownRecords() {
        String recordId = SupportFixtures.open(staff, newGraduateId(2027), "FINANCIAL_HARDSHIP", null);
        String tomorrow = LocalDate.now().plusDays(2).toString();

        Result zero = as(staff, GRANT, "input", Map.of("recordId", recordId, "amount", 0, "awardedOn", "2026-01-05"));
        assertThat(zero.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(zero.errorField()).isEqualTo("amount");
        Result future = as(staff, GRANT, "input", Map.of("recordId", recordId, "amount", 500, "awardedOn", tomorrow));
        assertThat(future.errorField()).isEqualTo("awardedOn");
        assertThat(as(staff, NOTE, "input", Map.of("recordId", recordId, "body", "  "))
                        .errorField())
                .isEqualTo("body");
        String missing = GlobalId.of("SupportRecord", Long.MAX_VALUE);
        assertThat(as(staff, NOTE, "input", Map.of("recordId", missing, "body", "x"))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(as(staff, NODE, "id", missing).<Object>get("node")).isNull();
    }

    @Test
    void shouldAuditEveryReadInTheReadingTransaction() throws SQLException {
        String recordId = SupportFixtures.open(staff, newGraduateId(2027), "DISABILITY", null);
        long id = GlobalId.parse(recordId).id();
        Tokens.User reader = Fixtures.staff();

        as(reader, NODE, "id", recordId).get("node.id");
        as(reader, LIST, "filter", Map.of("mentorSubject", "nobody-" + OutcomeFixtures.token()))
                .get("supportRecords.totalCount");
        as(reader, NOTE, "input", Map.of("recordId", recordId, "body", "面谈")).get("addSupportNote.record.id");

        assertThat(auditOf(reader.subject()))
                .containsExactly("node " + List.of(id), "supportRecords []", "addSupportNote " + List.of(id));
        assertThat(auditOf(staff.subject())).containsExactly("openSupportRecord " + List.of(id));
    }

    @Test
    void shouldListTheAuditLogToAdminsOnlyLatestFirstWithoutWhatRecordsHold() {
        String recordId = SupportFixtures.open(staff, newGraduateId(2027), "LONG_TERM_SEEKING", null);
        Tokens.User reader = Fixtures.staff();
        as(reader, NODE, "id", recordId).get("node.id");
        as(reader, NOTE, "input", Map.of("recordId", recordId, "body", "电话随访")).get("addSupportNote.record.id");
        String log = "query($filter: SupportAuditFilter, $first: Int, $after: String) {"
                + " supportAuditLog(filter: $filter, first: $first, after: $after) {"
                + " totalCount nodes { readBy readAt operation records } pageInfo { hasNextPage endCursor } } }";
        Tokens.User admin = Tokens.newUser("admin", "admin");

        Result mine = as(admin, log, "filter", Map.of("recordId", recordId), "first", 10);
        assertThat(mine.<List<String>>get("supportAuditLog.nodes.operation"))
                .containsExactly("addSupportNote", "node", "openSupportRecord");
        assertThat(mine.<List<String>>get("supportAuditLog.nodes.readBy"))
                .containsExactly(reader.subject(), reader.subject(), staff.subject());
        assertThat(mine.<List<List<String>>>get("supportAuditLog.nodes.records"))
                .allSatisfy(records -> assertThat(records).containsExactly(recordId));
        assertThat(mine.body()).doesNotContain("LONG_TERM_SEEKING", "电话随访");

        // By reader, paged one at a time, latest first.
        Result first = as(admin, log, "filter", Map.of("readBy", reader.subject()), "first", 1);
        assertThat(first.<Integer>get("supportAuditLog.totalCount")).isEqualTo(2);
        assertThat(first.<List<String>>get("supportAuditLog.nodes.operation")).containsExactly("addSupportNote");
        Result second = as(
                admin,
                log,
                "filter",
                Map.of("readBy", reader.subject()),
                "first",
                1,
                "after",
                first.<String>get("supportAuditLog.pageInfo.endCursor"));
        assertThat(second.<List<String>>get("supportAuditLog.nodes.operation")).containsExactly("node");
        assertThat(second.<Boolean>get("supportAuditLog.pageInfo.hasNextPage")).isFalse();

        // An empty window, a window the wrong way round, and who may not read the log at all.
        assertThat(as(admin, log, "filter", Map.of("readBy", reader.subject(), "to", "2020-01-01T00:00:00Z"))
                        .<Integer>get("supportAuditLog.totalCount"))
                .isZero();
        Result backwards =
                as(admin, log, "filter", Map.of("from", "2030-01-01T00:00:00Z", "to", "2020-01-01T00:00:00Z"));
        assertThat(backwards.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(backwards.errorField()).isEqualTo("filter.to");
        assertThat(as(reader, log).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(as(Tokens.newUser("graduate", "graduate"), log).errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldFailAReadWhoseAuditEntryCannotBeWritten() throws SQLException {
        String recordId = SupportFixtures.open(staff, newGraduateId(2027), "ETHNIC_MINORITY", null);
        Tokens.User reader = Fixtures.staff();
        String trigger = "support_audit_refuse_" + OutcomeFixtures.token().replace('-', '_');
        // A test-only trigger refuses this reader's audit entries, as a full disk or a lost grant would.
        execute("create function " + trigger + "() returns trigger language plpgsql as $$ begin"
                + " if new.read_by = '" + reader.subject() + "' then raise exception 'audit refused'; end if;"
                + " return new; end $$");
        execute("create trigger " + trigger + " before insert on support_audit for each row execute function " + trigger
                + "()");
        try {
            Result node = as(reader, NODE, "id", recordId);
            assertThat(node.errorCode()).isEqualTo("INTERNAL");
            assertThat(node.<Object>data("node")).isNull();
            assertThat(node.body()).doesNotContain("ETHNIC_MINORITY");
            Result list = as(reader, LIST, "first", 5);
            assertThat(list.errorCode()).isEqualTo("INTERNAL");
            assertThat(list.<Object>data("supportRecords")).isNull();
            Result note = as(reader, NOTE, "input", Map.of("recordId", recordId, "body", "不会保存"));
            assertThat(note.errorCode()).isEqualTo("INTERNAL");
        } finally {
            execute("drop trigger " + trigger + " on support_audit");
            execute("drop function " + trigger + "()");
        }
        // The note went with its audit entry; another reader sees the record as it was.
        assertThat(as(staff, NODE, "id", recordId).<List<Object>>get("node.notes"))
                .isEmpty();
    }

    @Test
    void shouldListPriorityGraduatesStillSeekingOldestContactFirst() throws SQLException {
        String mentor = "mentor-" + OutcomeFixtures.token();
        OffsetDateTime now = OffsetDateTime.now();

        Tokens.User noDestination = OutcomeFixtures.graduate("数学学院", "数学", "BACHELOR", 2027);
        String a = SupportFixtures.open(staff, OutcomeFixtures.graduateId(noDestination), "DISABILITY", mentor);
        as(staff, NOTE, "input", Map.of("recordId", a, "body", "第一次")).get("addSupportNote");
        contact(a, now.minusDays(10), now.minusDays(20));

        Tokens.User seeking = OutcomeFixtures.graduate("数学学院", "数学", "BACHELOR", 2027);
        OutcomeFixtures.report(seeking, "SEEKING", null);
        String b = SupportFixtures.open(staff, OutcomeFixtures.graduateId(seeking), "FINANCIAL_HARDSHIP", mentor);
        contact(b, now.minusDays(3), now.minusDays(20));

        // A destination staff rejected counts as none.
        Tokens.User rejected = OutcomeFixtures.graduate("数学学院", "数学", "BACHELOR", 2027);
        String rejectedOutcome = OutcomeFixtures.report(rejected, "LABOUR_CONTRACT", "某某有限公司");
        as(
                        staff,
                        OutcomeFixtures.VERIFY,
                        "input",
                        Map.of("outcomeId", rejectedOutcome, "approve", false, "reason", "查无此单位"))
                .get("verifyOutcome");
        String d = SupportFixtures.open(staff, OutcomeFixtures.graduateId(rejected), "OTHER", mentor);
        contact(d, null, now.minusDays(5)); // never contacted: counts from its opening

        Tokens.User placed = OutcomeFixtures.graduate("数学学院", "数学", "BACHELOR", 2027);
        OutcomeFixtures.report(placed, "LABOUR_CONTRACT", "未来智能科技有限公司");
        String c = SupportFixtures.open(staff, OutcomeFixtures.graduateId(placed), "DISABILITY", mentor);
        Tokens.User notSeeking = OutcomeFixtures.graduate("数学学院", "数学", "BACHELOR", 2027);
        OutcomeFixtures.report(notSeeking, "NOT_SEEKING", null);
        String e = SupportFixtures.open(staff, OutcomeFixtures.graduateId(notSeeking), "DISABILITY", mentor);

        Map<String, Object> filter = Map.of("stillSeeking", true, "mentorSubject", mentor);
        Result page1 = as(staff, LIST, "first", 2, "filter", filter);
        assertThat(page1.<List<String>>get("supportRecords.nodes.id")).containsExactly(a, d);
        assertThat(page1.<Integer>get("supportRecords.totalCount")).isEqualTo(3);
        assertThat(page1.<List<String>>get("supportRecords.nodes.mentorSubject"))
                .containsOnly(mentor);
        assertThat(page1.<List<String>>get("supportRecords.nodes.lastContactAt").get(1))
                .isNull();
        Result page2 =
                as(staff, LIST, "first", 2, "after", page1.get("supportRecords.pageInfo.endCursor"), "filter", filter);
        assertThat(page2.<List<String>>get("supportRecords.nodes.id")).containsExactly(b);
        assertThat(page2.<Boolean>get("supportRecords.pageInfo.hasNextPage")).isFalse();
        assertThat(page2.<List<String>>get("supportRecords.nodes.outcome.category"))
                .containsExactly("SEEKING");

        Result others = as(staff, LIST, "first", 10, "filter", Map.of("stillSeeking", false, "mentorSubject", mentor));
        assertThat(others.<List<String>>get("supportRecords.nodes.id")).containsExactlyInAnyOrder(c, e);
        Result byCategory = as(
                staff,
                LIST,
                "first",
                10,
                "filter",
                Map.of("categories", List.of("DISABILITY"), "mentorSubject", mentor));
        assertThat(byCategory.<List<String>>get("supportRecords.nodes.id")).containsExactlyInAnyOrder(a, c, e);
    }

    private String newGraduateId(int graduationYear) {
        return OutcomeFixtures.graduateId(OutcomeFixtures.graduate("数学学院", "数学", "BACHELOR", graduationYear));
    }

    /** Moves a record's contact and opening back in time, straight in the database. */
    private void contact(String recordId, OffsetDateTime lastContact, OffsetDateTime opened) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update support_record set last_contact_at = ?, opened_at = ? where id = ?")) {
            update.setObject(1, lastContact);
            update.setObject(2, opened);
            update.setLong(3, GlobalId.parse(recordId).id());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** The reader's audit entries, oldest first, as "operation [ids]". */
    private List<String> auditOf(String reader) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select operation, record_ids from support_audit where read_by = ? order by id")) {
            query.setString(1, reader);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Long[] ids = (Long[]) rows.getArray(2).getArray();
                    entries.add(rows.getString(1) + " " + List.of(ids));
                }
            }
        }
        return entries;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
