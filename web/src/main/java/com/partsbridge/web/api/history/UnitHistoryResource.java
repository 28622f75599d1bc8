package com.partsbridge.web.api.history;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.rma.history.boundary.ServiceHistories;
import com.partsbridge.rma.history.boundary.UnitHistory;
import com.partsbridge.web.api.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Any registered unit's service history, for reps: by its id, or by model and serial as on its label. */
@Tag(name = "RMA desk")
@Path("v1/units")
@RequestScoped
@RolesAllowed("rep")
@Produces(MediaType.APPLICATION_JSON)
public class UnitHistoryResource {

    @Inject
    ServiceHistories histories;

    @GET
    @Path("{id}/history")
    public UnitHistory byId(@PathParam("id") String id, @BeanParam PageParams page) {
        return histories.ofUnit(UnitIds.parse(id), page.toRequest());
    }

    /** {@code ?model=HARMONY-880&serial=H880A01234} */
    @GET
    @Path("history")
    public UnitHistory bySerial(
            @QueryParam("model") String model, @QueryParam("serial") String serial, @BeanParam PageParams page) {
        if (model == null || model.isBlank()) {
            throw new InvalidInputException("model", "the unit's model code is required");
        }
        return histories.ofUnit(model, serial, page.toRequest());
    }
}
