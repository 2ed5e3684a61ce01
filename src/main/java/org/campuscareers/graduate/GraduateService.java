package org.campuscareers.graduate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campuscareers.common.ApiException;
import org.campuscareers.common.Caller;
import org.campuscareers.common.Role;

/** Graduates' profiles and resumes, and who may read their personal data. */
@ApplicationScoped
public class GraduateService {

    private final GraduateRepository graduates;
    private final ResumeRepository resumes;
    private final Caller caller;
    private final ApplicantAccess applicants;
    private final CallerGraduateId callerId;

    public GraduateService(
            GraduateRepository graduates,
            ResumeRepository resumes,
            Caller caller,
            ApplicantAccess applicants,
            CallerGraduateId callerId) {
        this.graduates = graduates;
        this.resumes = resumes;
        this.caller = caller;
        this.applicants = applicants;
        this.callerId = callerId;
    }

    /** The calling graduate, created from the token on first sign-in; {@code null} for other callers. */
    @Transactional
    public Graduate current() {
        if (!caller.isSignedIn() || !caller.isGraduate()) {
            return null;
        }
        String subject = caller.subject();
        Graduate graduate = graduates.findBySubject(subject).orElseGet(() -> {
            graduates.insertIfAbsent(subject, nameFromToken(), caller.claim("email"));
            return graduates.findBySubject(subject).orElseThrow();
        });
        callerId.remember(graduate.getId());
        return graduate;
    }

    /**
     * The calling graduate's id, looked up at most once per request; {@code null} for other callers
     * and for a graduate who has no record yet (reads have nothing of theirs to show).
     */
    public Long currentId() {
        if (!caller.isSignedIn() || !caller.isGraduate()) {
            return null;
        }
        if (!callerId.known()) {
            callerId.remember(graduates
                    .findBySubject(caller.subject())
                    .map(Graduate::getId)
                    .orElse(null));
        }
        return callerId.id();
    }

    /** The calling graduate; {@code FORBIDDEN} for callers without the graduate role. */
    @Transactional
    public Graduate requireCurrent() {
        caller.requireRole(Role.GRADUATE);
        return current();
    }

    private String nameFromToken() {
        for (String claim : List.of("name", "preferred_username")) {
            String value = caller.claim(claim);
            if (value != null && !value.isBlank()) {
                return value.length() > 100 ? value.substring(0, 100) : value;
            }
        }
        return caller.subject();
    }

    @Transactional
    public Graduate updateGraduateProfile(GraduateProfile profile) {
        Graduate graduate = requireCurrent();
        graduate.updateProfile(profile);
        return graduate;
    }

    @Transactional
    public Resume createResume(ResumeContent content) {
        Graduate graduate = requireCurrent();
        if (resumes.count("graduateId", graduate.getId()) >= 10) {
            throw ApiException.conflict("A graduate may keep at most 10 resumes; delete one first");
        }
        Resume resume = Resume.create(graduate.getId(), content);
        resumes.persist(resume);
        return resume;
    }

    @Transactional
    public Resume updateResume(long resumeId, ResumeContent content) {
        Resume resume = ownResume(resumeId);
        resume.edit(content);
        return resume;
    }

    @Transactional
    public void deleteResume(long resumeId) {
        resumes.delete(ownResume(resumeId));
    }

    /** One of the calling graduate's resumes; another's reads as not found. */
    @Transactional(TxType.SUPPORTS)
    public Resume ownResume(long resumeId) {
        Graduate graduate = requireCurrent();
        Resume resume = resumes.findById(resumeId);
        if (resume == null || !resume.getGraduateId().equals(graduate.getId())) {
            throw ApiException.notFound("Resume");
        }
        return resume;
    }

    /** The graduate if the caller may see it: the graduate, staff, or an employer it applied to. */
    @Transactional(TxType.SUPPORTS)
    public Graduate findVisible(long graduateId) {
        Graduate graduate = graduates.findById(graduateId);
        if (graduate == null || !mayReadPersonalData(List.of(graduate)).contains(graduateId)) {
            return null;
        }
        return graduate;
    }

    /** The resume if the caller may see it: its graduate or staff (employers see it through applications). */
    @Transactional(TxType.SUPPORTS)
    public Resume findVisibleResume(long resumeId) {
        Resume resume = resumes.findById(resumeId);
        if (resume == null) {
            return null;
        }
        if (caller.isStaff() || isCaller(resume.getGraduateId())) {
            return resume;
        }
        return null;
    }

    /**
     * Of these graduates, the ids whose personal data (contact details, student number) the caller
     * may read: its own, all for staff, and for employer members those who applied to their employers.
     */
    @Transactional(TxType.SUPPORTS)
    public Set<Long> mayReadPersonalData(Collection<Graduate> list) {
        if (!caller.isSignedIn() || list.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = list.stream().map(Graduate::getId).collect(Collectors.toSet());
        if (caller.isStaff()) {
            return ids;
        }
        Set<Long> allowed = new HashSet<>();
        String subject = caller.subject();
        for (Graduate graduate : list) {
            if (graduate.getSubject().equals(subject)) {
                allowed.add(graduate.getId());
            }
        }
        allowed.addAll(applicants.readableThroughApplications(ids));
        return allowed;
    }

    /** The resumes of these graduates that the caller may list: its own, or all for staff. */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, List<Resume>> resumesOf(Collection<Graduate> list) {
        Set<Long> allowed = list.stream()
                .filter(g -> caller.isStaff() || g.getSubject().equals(caller.subject()))
                .map(Graduate::getId)
                .collect(Collectors.toSet());
        return resumes.ofGraduates(allowed).stream().collect(Collectors.groupingBy(Resume::getGraduateId));
    }

    @Transactional(TxType.SUPPORTS)
    public Map<Long, Graduate> byIds(Collection<Long> ids) {
        return graduates.findByIds(ids).stream().collect(Collectors.toMap(Graduate::getId, Function.identity()));
    }

    /**
     * The ids of the graduates whose profile gives this student number (one, unless two profiles
     * typed the same); for a check-in desk, which staff run: it reveals nothing else.
     */
    @Transactional(TxType.SUPPORTS)
    public List<Long> idsByStudentNumber(String studentNumber) {
        return graduates.idsByStudentNumber(studentNumber);
    }

    @Transactional(TxType.SUPPORTS)
    public Map<Long, Resume> resumesByIds(Collection<Long> ids) {
        return resumes.findByIds(ids).stream().collect(Collectors.toMap(Resume::getId, Function.identity()));
    }

    private boolean isCaller(long graduateId) {
        Long self = currentId();
        return self != null && self == graduateId;
    }
}
