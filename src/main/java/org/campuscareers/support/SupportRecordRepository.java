package org.campuscareers.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.campuscareers.common.Conditions;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;

@ApplicationScoped
public class SupportRecordRepository implements PagedRepository<SupportRecord> {

    /** Oldest contact first (a record never contacted counts from its opening): who is waiting longest. */
    static final Keyset<SupportRecord> OLDEST_CONTACT_FIRST = Keyset.<SupportRecord>of("supportRecords")
            .asc("coalesce(lastContactAt, openedAt)", KeyType.TIMESTAMP, SupportRecord::getContactOrder)
            .thenId("id", false, SupportRecord::getId);

    Optional<SupportRecord> ofGraduate(long graduateId) {
        return find("graduateId", graduateId).firstResultOptional();
    }

    /** The record, locked until the transaction ends, so that notes on it apply one after the other. */
    Optional<SupportRecord> lockedById(long id) {
        return Optional.ofNullable(findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    List<JobSearchGrant> grantsOf(Collection<Long> recordIds) {
        return ofRecords(JobSearchGrant.class, recordIds, "awardedOn, id");
    }

    List<SupportNote> notesOf(Collection<Long> recordIds) {
        return ofRecords(SupportNote.class, recordIds, "writtenAt, id");
    }

    private <R> List<R> ofRecords(Class<R> entity, Collection<Long> recordIds, String orderBy) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        Conditions where = new Conditions().add("recordId in :ids", "ids", recordIds);
        TypedQuery<R> query = getEntityManager()
                .createQuery(
                        "from " + entity.getSimpleName() + " where " + where.where() + " order by " + orderBy, entity);
        where.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    void persist(JobSearchGrant grant) {
        getEntityManager().persist(grant);
    }

    void persist(SupportNote note) {
        getEntityManager().persist(note);
    }

    /** One audit entry: who read which records through which operation, in the caller's transaction. */
    void audit(String reader, String operation, Collection<Long> recordIds) {
        getEntityManager()
                .createNativeQuery(
                        "insert into support_audit (read_by, operation, record_ids) values (?1, ?2, cast(?3 as bigint[]))")
                .setParameter(1, reader)
                .setParameter(2, operation)
                .setParameter(
                        3,
                        recordIds.stream()
                                .map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .executeUpdate();
    }
}
