package org.campuscareers.guidance.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.campuscareers.common.graphql.Node;
import org.campuscareers.common.graphql.NodeResolver;
import org.campuscareers.guidance.Appointment;
import org.campuscareers.guidance.CounsellingService;
import org.campuscareers.guidance.CounsellingSlot;
import org.campuscareers.guidance.GuidanceEvent;
import org.campuscareers.guidance.GuidanceEventService;
import org.campuscareers.guidance.GuidanceRegistration;

/** node(id:) for the guidance feature's types, each as its service's visibility rule says. */
final class GuidanceNodes {

    private GuidanceNodes() {}

    @ApplicationScoped
    static class Slots implements NodeResolver {
        private final CounsellingService service;

        Slots(CounsellingService service) {
            this.service = service;
        }

        @Override
        public String type() {
            return CounsellingSlot.TYPE;
        }

        @Override
        public Node find(long id) {
            return service.findVisibleSlot(id);
        }
    }

    @ApplicationScoped
    static class Appointments implements NodeResolver {
        private final CounsellingService service;

        Appointments(CounsellingService service) {
            this.service = service;
        }

        @Override
        public String type() {
            return Appointment.TYPE;
        }

        @Override
        public Node find(long id) {
            return service.findVisibleAppointment(id);
        }
    }

    @ApplicationScoped
    static class Events implements NodeResolver {
        private final GuidanceEventService service;

        Events(GuidanceEventService service) {
            this.service = service;
        }

        @Override
        public String type() {
            return GuidanceEvent.TYPE;
        }

        @Override
        public Node find(long id) {
            return service.findVisibleEvent(id);
        }
    }

    @ApplicationScoped
    static class Registrations implements NodeResolver {
        private final GuidanceEventService service;

        Registrations(GuidanceEventService service) {
            this.service = service;
        }

        @Override
        public String type() {
            return GuidanceRegistration.TYPE;
        }

        @Override
        public Node find(long id) {
            return service.findVisibleRegistration(id);
        }
    }
}
