package org.campuscareers.guidance.graphql;

import java.util.List;
import org.campuscareers.common.Page;
import org.campuscareers.common.graphql.ConnectionBase;
import org.campuscareers.guidance.Appointment;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AppointmentConnection")
@Description("A page of appointments.")
public class AppointmentConnection extends ConnectionBase<Appointment> {

    public AppointmentConnection(Page<Appointment> page) {
        super(page);
    }

    @NonNull
    @Description("The appointments of this page with their cursors.")
    public List<@NonNull AppointmentEdge> getEdges() {
        return page.items().stream()
                .map(item -> new AppointmentEdge(page.cursorOf().apply(item), item))
                .toList();
    }

    @NonNull
    @Description("The appointments of this page.")
    public List<@NonNull Appointment> getNodes() {
        return page.items();
    }

    @Type("AppointmentEdge")
    @Description("An appointment in a connection.")
    public record AppointmentEdge(
            @NonNull @Description("Pass as `after` to continue after this appointment.")
            String cursor,

            @NonNull @Description("The appointment.") Appointment node) {}
}
