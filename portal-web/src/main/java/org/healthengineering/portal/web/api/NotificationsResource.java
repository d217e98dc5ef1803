package org.healthengineering.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthengineering.portal.application.notification.Notifications;

import java.util.List;

/** My notifications. */
@Path("me/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @GET
    @Operation(summary = "My notifications, newest first")
    public List<MentoringJson.NotificationJson> mine() {
        return notifications.mine().stream().map(MentoringJson.NotificationJson::of).toList();
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all my notifications read")
    public Response readAll() {
        notifications.markAllRead();
        return Response.noContent().build();
    }
}
