package org.campuscareers.relations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.Keyset;
import org.campuscareers.common.Keyset.KeyType;
import org.campuscareers.common.PagedRepository;
import org.campuscareers.posting.PostingLink;

@ApplicationScoped
public class ProgrammeRepository implements PagedRepository<CooperationProgramme> {

    /** The latest start first. */
    static final Keyset<CooperationProgramme> LATEST_FIRST = Keyset.<CooperationProgramme>of("cooperationProgrammes")
            .desc("startsOn", KeyType.DATE, CooperationProgramme::getStartsOn)
            .thenId("id", true, CooperationProgramme::getId);

    /** The postings attributed to a programme, in the order they were attached. */
    static final PostingLink POSTINGS =
            new PostingLink("programme_posting", "programme_id", List.of("attached_at", "posting_id"));

    /** Enrols the graduates; those already enrolled stay as they were. */
    void enrol(long programmeId, Collection<Long> graduateIds, String staffSubject) {
        for (Long graduateId : graduateIds) {
            getEntityManager()
                    .createNativeQuery("insert into programme_enrolment (programme_id, graduate_id, enrolled_by)"
                            + " values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, programmeId)
                    .setParameter(2, graduateId)
                    .setParameter(3, staffSubject)
                    .executeUpdate();
        }
    }

    /** The programme the posting is attributed to, if any. */
    Long programmeOfPosting(long postingId) {
        List<?> rows = getEntityManager()
                .createNativeQuery("select programme_id from programme_posting where posting_id = ?1")
                .setParameter(1, postingId)
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    /** Attributes the posting to the programme; false if it already was (to this or another one). */
    boolean attach(long programmeId, long postingId, String staffSubject) {
        return getEntityManager()
                        .createNativeQuery("insert into programme_posting (posting_id, programme_id, attached_by)"
                                + " values (?1, ?2, ?3) on conflict (posting_id) do nothing")
                        .setParameter(1, postingId)
                        .setParameter(2, programmeId)
                        .setParameter(3, staffSubject)
                        .executeUpdate()
                == 1;
    }

    /** The enrolled graduates of each programme. */
    Map<Long, List<Long>> enrolledIn(Collection<Long> programmeIds) {
        return pairs(
                "select programme_id, graduate_id from programme_enrolment where programme_id = any(:ids)"
                        + " order by programme_id, graduate_id",
                programmeIds);
    }

    /** The postings attributed to each programme, oldest attribution first. */
    private Map<Long, List<Long>> pairs(String sql, Collection<Long> programmeIds) {
        Map<Long, List<Long>> byProgramme = new HashMap<>();
        if (programmeIds.isEmpty()) {
            return byProgramme;
        }
        List<?> rows = getEntityManager()
                .createNativeQuery(sql)
                .setParameter("ids", programmeIds.toArray(Long[]::new))
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            byProgramme
                    .computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.ArrayList<>())
                    .add(((Number) r[1]).longValue());
        }
        return byProgramme;
    }
}
