package org.campuscareers.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.common.Check;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.GlobalId;
import org.campuscareers.common.Page;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.outcome.Outcome;
import org.campuscareers.outcome.OutcomeService;

/**
 * Support records of graduates in priority groups, for career-center staff only. Who may see them
 * is decided here, once, for every path: staff, nobody else, not even the graduate, and no other
 * feature reads these tables. Every operation that returns records writes one audit entry (who,
 * when, which records, which operation) in its own transaction, so a read whose entry cannot be
 * written fails with it.
 */
@ApplicationScoped
public class SupportService {

    private final SupportRecordRepository records;
    private final SupportAuditRepository auditLog;
    private final GraduateService graduates;
    private final OutcomeService outcomes;
    private final Caller caller;
    private final CampusConfig config;

    public SupportService(
            SupportRecordRepository records,
            SupportAuditRepository auditLog,
            GraduateService graduates,
            OutcomeService outcomes,
            Caller caller,
            CampusConfig config) {
        this.records = records;
        this.auditLog = auditLog;
        this.graduates = graduates;
        this.outcomes = outcomes;
        this.caller = caller;
        this.config = config;
    }

    /** Staff open the graduate's record (one per graduate: CONFLICT for a second), with a mentor if given. */
    @Transactional
    public SupportRecord openSupportRecord(String graduateId, SupportCategory category, String mentorSubject) {
        caller.requireStaff();
        long id = GlobalId.require(Graduate.TYPE, Check.required("graduateId", graduateId), "graduateId");
        Check.required("category", category);
        String mentor = Check.optionalText("mentorSubject", mentorSubject, 200);
        if (graduates.byIds(List.of(id)).get(id) == null) {
            throw ApiException.notFound("Graduate");
        }
        if (records.ofGraduate(id).isPresent()) {
            throw ApiException.conflict("The graduate already has a support record; add to it");
        }
        SupportRecord record = SupportRecord.open(id, category, caller.subject());
        if (mentor != null) {
            record.assignMentor(mentor, nameOf(mentor));
        }
        records.persist(record);
        records.flush();
        return audited("openSupportRecord", record);
    }

    /** Staff assign (or replace) the record's mentor. */
    @Transactional
    public SupportRecord assignSupportMentor(String recordId, String mentorSubject) {
        caller.requireStaff();
        SupportRecord record = locked(recordId);
        String mentor = Check.text("mentorSubject", mentorSubject, 1, 200);
        record.assignMentor(mentor, nameOf(mentor));
        return audited("assignSupportMentor", record);
    }

    /** Staff award a job-search grant: an amount in yuan, on a day that is not in the future. */
    @Transactional
    public SupportRecord awardJobSearchGrant(String recordId, Integer amount, LocalDate awardedOn) {
        caller.requireStaff();
        SupportRecord record = locked(recordId);
        int yuan = Check.range("amount", Check.required("amount", amount), 1, 100_000);
        Check.required("awardedOn", awardedOn);
        if (awardedOn.isAfter(LocalDate.now(config.guidance().zone()))) {
            throw ApiException.badInput("awardedOn", "awardedOn must not be in the future");
        }
        records.persist(JobSearchGrant.award(record.getId(), yuan, awardedOn, caller.subject()));
        return audited("awardJobSearchGrant", record);
    }

    /** Staff add a follow-up note; the record's last contact becomes the note's time. */
    @Transactional
    public SupportRecord addSupportNote(String recordId, String body) {
        caller.requireStaff();
        SupportRecord record = locked(recordId);
        String text = Check.text("body", body, 1, 4000);
        // The database keeps microseconds: the note and the record show the same time.
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        records.persist(SupportNote.write(record.getId(), text, caller.subject(), now));
        record.contacted(now);
        return audited("addSupportNote", record);
    }

    /**
     * Staff's list, oldest contact first (a record never contacted counts from its opening);
     * FORBIDDEN for anyone else, before anything is read. The page's records are audited.
     */
    @Transactional
    public Page<SupportRecord> list(SupportRecordFilter filter, PageRequest request) {
        caller.requireStaff();
        Conditions where = new Conditions();
        if (filter != null) {
            if (filter.categories() != null && !filter.categories().isEmpty()) {
                where.add("category in :categories", "categories", filter.categories());
            }
            if (filter.mentorSubject() != null) {
                where.add("mentorSubject = :mentor", "mentor", filter.mentorSubject());
            }
            if (filter.stillSeeking() != null) {
                outcomes.whereStillSeeking(where, "graduateId", filter.stillSeeking());
            }
        }
        Page<SupportRecord> page = records.page(where, SupportRecordRepository.OLDEST_CONTACT_FIRST, request);
        audit("supportRecords", page.items());
        return page;
    }

    /**
     * The audit log, latest read first: admins only (FORBIDDEN for staff and everyone else, before
     * anything is read). It names records by id and shows nothing they hold.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SupportAuditEntry> auditLog(SupportAuditFilter filter, PageRequest request) {
        caller.requireRole(Role.ADMIN);
        Conditions where = new Conditions();
        if (filter != null) {
            String readBy = Check.optionalText("filter.readBy", filter.readBy(), 200);
            if (readBy != null) {
                where.add("readBy = :readBy", "readBy", readBy);
            }
            if (filter.recordId() != null) {
                where.add(
                        "array_contains(recordIds, :record)",
                        "record",
                        GlobalId.require(SupportRecord.TYPE, filter.recordId(), "filter.recordId"));
            }
            if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
                throw ApiException.badInput("filter.to", "filter.to must be after filter.from");
            }
            if (filter.from() != null) {
                where.add("readAt >= :from", "from", filter.from());
            }
            if (filter.to() != null) {
                where.add("readAt < :to", "to", filter.to());
            }
        }
        return auditLog.page(where, SupportAuditRepository.LATEST_FIRST, request);
    }

    /**
     * node(id:): the record for staff (audited); null for anyone else, without looking it up, just
     * as for an id that does not exist.
     */
    @Transactional
    public SupportRecord findVisible(long recordId) {
        if (!caller.isStaff()) {
            return null;
        }
        SupportRecord record = records.findById(recordId);
        return record == null ? null : audited("node", record);
    }

    /** The grants of each record, oldest first; nothing for anyone but staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<JobSearchGrant>> grantsOf(Collection<SupportRecord> list) {
        if (!caller.isStaff()) {
            return Map.of();
        }
        return records.grantsOf(ids(list)).stream().collect(Collectors.groupingBy(JobSearchGrant::getRecordId));
    }

    /** The notes of each record, oldest first; nothing for anyone but staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<SupportNote>> notesOf(Collection<SupportRecord> list) {
        if (!caller.isStaff()) {
            return Map.of();
        }
        return records.notesOf(ids(list)).stream().collect(Collectors.groupingBy(SupportNote::getRecordId));
    }

    /** The graduates' current destinations, by graduate id, as the outcome feature gives them to staff. */
    public Map<Long, Outcome> outcomesOf(Collection<SupportRecord> list) {
        if (!caller.isStaff()) {
            return Map.of();
        }
        return outcomes.currentOfForStaff(
                list.stream().map(SupportRecord::getGraduateId).distinct().toList());
    }

    /** The graduates of the records, for staff. */
    public Map<Long, Graduate> graduatesOf(Collection<SupportRecord> list) {
        if (!caller.isStaff()) {
            return Map.of();
        }
        return graduates.byIds(
                list.stream().map(SupportRecord::getGraduateId).distinct().toList());
    }

    private SupportRecord locked(String recordId) {
        long id = GlobalId.require(SupportRecord.TYPE, Check.required("recordId", recordId), "recordId");
        return records.lockedById(id).orElseThrow(() -> ApiException.notFound("SupportRecord"));
    }

    /** The caller's own name when it names itself as mentor; otherwise the subject, the one name known. */
    private String nameOf(String mentorSubject) {
        if (mentorSubject.equals(caller.subject())) {
            for (String claim : List.of("name", "preferred_username")) {
                String name = caller.claim(claim);
                if (name != null && !name.isBlank()) {
                    return name.length() > 200 ? name.substring(0, 200) : name;
                }
            }
        }
        return mentorSubject;
    }

    private SupportRecord audited(String operation, SupportRecord record) {
        audit(operation, List.of(record));
        return record;
    }

    private void audit(String operation, List<SupportRecord> read) {
        records.audit(caller.subject(), operation, ids(read));
    }

    private static List<Long> ids(Collection<SupportRecord> list) {
        return list.stream().map(SupportRecord::getId).toList();
    }
}
