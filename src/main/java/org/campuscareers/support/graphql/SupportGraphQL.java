package org.campuscareers.support.graphql;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.outcome.Outcome;
import org.campuscareers.support.JobSearchGrant;
import org.campuscareers.support.SupportAuditFilter;
import org.campuscareers.support.SupportNote;
import org.campuscareers.support.SupportRecord;
import org.campuscareers.support.SupportRecordFilter;
import org.campuscareers.support.SupportService;
import org.campuscareers.support.graphql.SupportInputs.AddSupportNoteInput;
import org.campuscareers.support.graphql.SupportInputs.AddSupportNotePayload;
import org.campuscareers.support.graphql.SupportInputs.AssignSupportMentorInput;
import org.campuscareers.support.graphql.SupportInputs.AssignSupportMentorPayload;
import org.campuscareers.support.graphql.SupportInputs.AwardJobSearchGrantInput;
import org.campuscareers.support.graphql.SupportInputs.AwardJobSearchGrantPayload;
import org.campuscareers.support.graphql.SupportInputs.OpenSupportRecordInput;
import org.campuscareers.support.graphql.SupportInputs.OpenSupportRecordPayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class SupportGraphQL {

    private final SupportService service;

    public SupportGraphQL(SupportService service) {
        this.service = service;
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Query("supportRecords")
    @NonNull
    @Description("Support records of graduates in priority groups, oldest contact first (staff only; FORBIDDEN"
            + " for anyone else). `filter: {stillSeeking: true}` is the morning list of those still seeking"
            + " work. Every read is audited.")
    public SupportRecordConnection supportRecords(
            @Name("first") Integer first, @Name("after") String after, @Name("filter") SupportRecordFilter filter) {
        return new SupportRecordConnection(service.list(filter, PageRequest.of(first, after)));
    }

    @RolesAllowed(Role.ADMIN)
    @Query("supportAuditLog")
    @NonNull
    @Description("The support records' audit log, latest read first: who read which records, when, through"
            + " which operation (admins only; FORBIDDEN for anyone else, staff included). It names records"
            + " by id and shows nothing they hold.")
    public SupportAuditEntryConnection supportAuditLog(
            @Name("first") Integer first, @Name("after") String after, @Name("filter") SupportAuditFilter filter) {
        return new SupportAuditEntryConnection(service.auditLog(filter, PageRequest.of(first, after)));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("openSupportRecord")
    @NonNull
    @Description("Open a graduate's support record (staff), with a mentor if given; CONFLICT if it has one.")
    public OpenSupportRecordPayload openSupportRecord(@NonNull @Name("input") OpenSupportRecordInput input) {
        return new OpenSupportRecordPayload(
                service.openSupportRecord(input.graduateId(), input.category(), input.mentorSubject()));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("assignSupportMentor")
    @NonNull
    @Description("Assign or replace a support record's mentor (staff).")
    public AssignSupportMentorPayload assignSupportMentor(@NonNull @Name("input") AssignSupportMentorInput input) {
        return new AssignSupportMentorPayload(service.assignSupportMentor(input.recordId(), input.mentorSubject()));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("awardJobSearchGrant")
    @NonNull
    @Description("Award a job-search grant (求职励行金) on a support record (staff).")
    public AwardJobSearchGrantPayload awardJobSearchGrant(@NonNull @Name("input") AwardJobSearchGrantInput input) {
        return new AwardJobSearchGrantPayload(
                service.awardJobSearchGrant(input.recordId(), input.amount(), input.awardedOn()));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("addSupportNote")
    @NonNull
    @Description("Add a follow-up note to a support record (staff); the record's lastContactAt becomes now.")
    public AddSupportNotePayload addSupportNote(@NonNull @Name("input") AddSupportNoteInput input) {
        return new AddSupportNotePayload(service.addSupportNote(input.recordId(), input.body()));
    }

    @Name("graduate")
    @NonNull
    @Description("The graduate.")
    public List<@NonNull Graduate> graduate(@Source List<SupportRecord> list) {
        Map<Long, Graduate> byId = service.graduatesOf(list);
        return list.stream().map(r -> byId.get(r.getGraduateId())).toList();
    }

    @Name("grants")
    @NonNull
    @Description("The job-search grants awarded, oldest first.")
    public List<@NonNull List<@NonNull JobSearchGrant>> grants(@Source List<SupportRecord> list) {
        Map<Long, List<JobSearchGrant>> byRecord = service.grantsOf(list);
        return list.stream()
                .map(r -> byRecord.getOrDefault(r.getId(), List.of()))
                .toList();
    }

    @Name("notes")
    @NonNull
    @Description("The follow-up notes, oldest first.")
    public List<@NonNull List<@NonNull SupportNote>> notes(@Source List<SupportRecord> list) {
        Map<Long, List<SupportNote>> byRecord = service.notesOf(list);
        return list.stream()
                .map(r -> byRecord.getOrDefault(r.getId(), List.of()))
                .toList();
    }

    @Name("outcome")
    @Description("The graduate's current destination (its latest cohort), if one is reported.")
    public List<Outcome> outcome(@Source List<SupportRecord> list) {
        Map<Long, Outcome> byGraduate = service.outcomesOf(list);
        return list.stream().map(r -> byGraduate.get(r.getGraduateId())).toList();
    }
}
