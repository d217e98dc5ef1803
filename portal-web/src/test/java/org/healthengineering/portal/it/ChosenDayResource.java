package org.healthengineering.portal.it;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;

/** Deployed only with {@link RemindersIT}: {@code PUT /api/v1/test/today} with a day (text) moves the clock there. */
@Path("test/today")
public class ChosenDayResource {

    @Inject
    ChosenDay chosenDay;

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    public Response choose(String day) {
        chosenDay.choose(LocalDate.parse(day.trim()));
        return Response.noContent().build();
    }
}
