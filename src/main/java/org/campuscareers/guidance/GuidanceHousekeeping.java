package org.campuscareers.guidance;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.campuscareers.common.CampusConfig;
import org.campuscareers.graduate.Graduate;
import org.campuscareers.graduate.GraduateService;
import org.campuscareers.live.NotificationType;
import org.campuscareers.live.Notifications;

/**
 * What happens by itself, every {@code campus.guidance.housekeeping-every} on every replica: the
 * reminders a day before (each place claimed once, with {@code SKIP LOCKED}, so replicas never
 * remind twice), and the closing of ended events' attendance. Each step is its own transaction.
 */
@ApplicationScoped
public class GuidanceHousekeeping {

    static final int BATCH = 500;

    private final AppointmentRepository appointments;
    private final GuidanceRegistrationRepository registrations;
    private final GuidanceEventService events;
    private final GraduateService graduates;
    private final Notifications notifications;
    private final CampusConfig config;

    GuidanceHousekeeping(
            AppointmentRepository appointments,
            GuidanceRegistrationRepository registrations,
            GuidanceEventService events,
            GraduateService graduates,
            Notifications notifications,
            CampusConfig config) {
        this.appointments = appointments;
        this.registrations = registrations;
        this.events = events;
        this.graduates = graduates;
        this.notifications = notifications;
        this.config = config;
    }

    void schedule(@Observes StartupEvent started, Scheduler scheduler) {
        scheduler
                .newJob("guidance-housekeeping")
                .setInterval(config.guidance().housekeepingEvery().toString())
                .setConcurrentExecution(ConcurrentExecution.SKIP)
                .setTask(execution -> runOnce())
                .schedule();
    }

    /** One round of every step; also what tests call instead of waiting for the schedule. */
    public void runOnce() {
        int appointmentReminders = QuarkusTransaction.requiringNew()
                .call(() -> remind(
                        appointments.claimReminders(config.guidance().reminderBefore(), BATCH),
                        NotificationType.APPOINTMENT_REMINDER,
                        Appointment.TYPE));
        int eventReminders = QuarkusTransaction.requiringNew()
                .call(() -> remind(
                        registrations.claimReminders(config.guidance().reminderBefore(), BATCH),
                        NotificationType.GUIDANCE_EVENT_REMINDER,
                        GuidanceRegistration.TYPE));
        int closed = events.closeEndedEvents(BATCH);
        if (appointmentReminders + eventReminders + closed > 0) {
            Log.infof(
                    "Guidance: %d appointment and %d event reminders sent, %d events' attendance closed",
                    appointmentReminders, eventReminders, closed);
        }
    }

    /** Notifies each claimed place's graduate, in the order of their subjects (the inbox lock order). */
    private int remind(List<Object[]> claimed, NotificationType type, String aboutType) {
        Map<Long, Graduate> byId = graduates.byIds(claimed.stream()
                .map(row -> ((Number) row[1]).longValue())
                .distinct()
                .toList());
        claimed.stream()
                .sorted(Comparator.comparing(
                        row -> byId.get(((Number) row[1]).longValue()).getSubject()))
                .forEach(row -> notifications.send(
                        List.of(byId.get(((Number) row[1]).longValue()).getSubject()),
                        type,
                        aboutType,
                        ((Number) row[0]).longValue()));
        return claimed.size();
    }
}
