package org.campuscareers.guidance.graphql;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.PageRequest;
import org.campuscareers.common.Role;
import org.campuscareers.common.graphql.Viewer;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.guidance.GuidanceEvent;
import org.campuscareers.guidance.GuidanceEventFilter;
import org.campuscareers.guidance.GuidanceEventService;
import org.campuscareers.guidance.GuidanceRegistration;
import org.campuscareers.guidance.GuidanceRegistrationFilter;
import org.campuscareers.guidance.graphql.GuidanceInputs.CancelGuidanceRegistrationInput;
import org.campuscareers.guidance.graphql.GuidanceInputs.CancelGuidanceRegistrationPayload;
import org.campuscareers.guidance.graphql.GuidanceInputs.CheckInToGuidanceEventInput;
import org.campuscareers.guidance.graphql.GuidanceInputs.CheckInToGuidanceEventPayload;
import org.campuscareers.guidance.graphql.GuidanceInputs.CreateGuidanceEventInput;
import org.campuscareers.guidance.graphql.GuidanceInputs.CreateGuidanceEventPayload;
import org.campuscareers.guidance.graphql.GuidanceInputs.EligibilityInput;
import org.campuscareers.guidance.graphql.GuidanceInputs.RegisterForGuidanceEventInput;
import org.campuscareers.guidance.graphql.GuidanceInputs.RegisterForGuidanceEventPayload;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class GuidanceEventGraphQL {

    private final GuidanceEventService service;
    private final GraduateService graduates;

    public GuidanceEventGraphQL(GuidanceEventService service, GraduateService graduates) {
        this.service = service;
        this.graduates = graduates;
    }

    @PermitAll
    @Query("guidanceEvents")
    @NonNull
    @Description("Guidance events, soonest first; those that have not ended unless `filter.from` says otherwise"
            + " (public).")
    public GuidanceEventConnection guidanceEvents(
            @Name("first") Integer first, @Name("after") String after, @Name("filter") GuidanceEventFilter filter) {
        return new GuidanceEventConnection(service.listEvents(filter, PageRequest.of(first, after)));
    }

    @RolesAllowed({Role.GRADUATE, Role.STAFF, Role.ADMIN})
    @Query("guidanceRegistrations")
    @NonNull
    @Description("Registrations for guidance events, by event: staff see all, a graduate its own; others get"
            + " FORBIDDEN.")
    public GuidanceRegistrationConnection guidanceRegistrations(
            @Name("first") Integer first,
            @Name("after") String after,
            @Name("filter") GuidanceRegistrationFilter filter) {
        return new GuidanceRegistrationConnection(service.list(filter, PageRequest.of(first, after)));
    }

    @Name("guidanceRegistrations")
    @NonNull
    @Description("The caller's own registrations for guidance events as a graduate, the latest event first.")
    public GuidanceRegistrationConnection viewerGuidanceRegistrations(
            @Source Viewer viewer, @Name("first") Integer first, @Name("after") String after) {
        return new GuidanceRegistrationConnection(service.listOwn(PageRequest.of(first, after)));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("createGuidanceEvent")
    @NonNull
    @Description("Create a guidance event (staff).")
    public CreateGuidanceEventPayload createGuidanceEvent(@NonNull @Name("input") CreateGuidanceEventInput input) {
        EligibilityInput eligibility = input.eligibility();
        return new CreateGuidanceEventPayload(service.createGuidanceEvent(
                input.title(),
                input.kind(),
                input.description(),
                input.startsAt(),
                input.endsAt(),
                input.location(),
                input.capacity(),
                eligibility == null ? null : eligibility.colleges(),
                eligibility == null ? null : eligibility.degrees(),
                eligibility == null ? null : eligibility.graduationYears()));
    }

    @RolesAllowed(Role.GRADUATE)
    @Mutation("registerForGuidanceEvent")
    @NonNull
    @Description("Register for a guidance event until it starts (graduates): REGISTERED if a place is free, else"
            + " WAITLISTED in arrival order. FORBIDDEN, saying why, outside the event's eligibility; CONFLICT for a"
            + " second registration.")
    public RegisterForGuidanceEventPayload registerForGuidanceEvent(
            @NonNull @Name("input") RegisterForGuidanceEventInput input) {
        return new RegisterForGuidanceEventPayload(service.registerForGuidanceEvent(input.eventId()));
    }

    @Authenticated
    @Mutation("cancelGuidanceRegistration")
    @NonNull
    @Description("Cancel a registration: its graduate up to `campus.guidance.cancel-before` before the start, staff"
            + " any time. The freed place goes to the first on the waitlist, who is notified.")
    public CancelGuidanceRegistrationPayload cancelGuidanceRegistration(
            @NonNull @Name("input") CancelGuidanceRegistrationInput input) {
        return new CancelGuidanceRegistrationPayload(
                service.cancelGuidanceRegistration(input.registrationId(), input.excused()));
    }

    @RolesAllowed({Role.STAFF, Role.ADMIN})
    @Mutation("checkInToGuidanceEvent")
    @NonNull
    @Description("Check a graduate in at the door by student number (staff, e.g. a kiosk): the registration becomes"
            + " ATTENDED; scanning again changes nothing. Opens `campus.guidance.check-in-opens-before` the start,"
            + " closes at the end.")
    public CheckInToGuidanceEventPayload checkInToGuidanceEvent(
            @NonNull @Name("input") CheckInToGuidanceEventInput input) {
        return new CheckInToGuidanceEventPayload(
                service.checkInToGuidanceEvent(input.eventId(), input.studentNumber()));
    }

    @Name("viewerRegistration")
    @Description("The calling graduate's latest registration for this event; null if none.")
    public List<GuidanceRegistration> viewerRegistration(@Source List<GuidanceEvent> eventList) {
        Map<Long, GuidanceRegistration> byEvent = service.viewerRegistrations(
                eventList.stream().map(GuidanceEvent::getId).toList());
        return eventList.stream().map(e -> byEvent.get(e.getId())).toList();
    }

    @Name("event")
    @NonNull
    @Description("The event registered for.")
    public List<@NonNull GuidanceEvent> event(@Source List<GuidanceRegistration> registrationList) {
        Map<Long, GuidanceEvent> byId = service.eventsByIds(registrationList.stream()
                .map(GuidanceRegistration::getEventId)
                .distinct()
                .toList());
        return registrationList.stream().map(r -> byId.get(r.getEventId())).toList();
    }

    @Name("graduate")
    @NonNull
    @Description("The graduate who registered.")
    public List<@NonNull Graduate> graduate(@Source List<GuidanceRegistration> registrationList) {
        Map<Long, Graduate> byId = graduates.byIds(registrationList.stream()
                .map(GuidanceRegistration::getGraduateId)
                .distinct()
                .toList());
        return registrationList.stream().map(r -> byId.get(r.getGraduateId())).toList();
    }
}
