package com.partsbridge.web.api.tradein;

import com.partsbridge.kernel.Page;
import com.partsbridge.tradein.program.boundary.NewProgram;
import com.partsbridge.tradein.program.boundary.ProgramView;
import com.partsbridge.tradein.program.boundary.TradeInPrograms;
import com.partsbridge.tradein.quote.boundary.QuoteView;
import com.partsbridge.tradein.quote.boundary.Receipt;
import com.partsbridge.tradein.quote.boundary.TradeInQuotes;
import com.partsbridge.web.api.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins run trade-in programs and record traded-in units as they arrive. */
@Tag(name = "transitions")
@Path("v1")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TradeInProgramsResource {

    @Inject
    TradeInPrograms programs;

    @Inject
    TradeInQuotes quotes;

    @Context
    UriInfo uri;

    /** Every program by model, paged, with the credit rule and the grade multipliers. */
    @GET
    @Path("trade-in-programs")
    public Page<ProgramView> programs(@BeanParam PageParams page) {
        return programs.list(page.toRequest());
    }

    @POST
    @Path("trade-in-programs")
    public Response program(@Valid @NotNull(message = "a program is required") NewProgram program) {
        String model = programs.register(program);
        return Response.created(uri.getAbsolutePathBuilder().path(model).build())
                .build();
    }

    /** The traded-in unit arrived: {"grade":"C"}; a condition other than described re-grades the credit. */
    @POST
    @Path("trade-in-quotes/{id}/receipt")
    public QuoteView receive(
            @PathParam("id") long id,
            @Valid @NotNull(message = "the condition found is required: A, B, C or D") Receipt receipt) {
        return quotes.receive(id, receipt.condition());
    }
}
