package com.partsbridge.web.api.cases;

import com.partsbridge.rma.casework.boundary.CaseView;
import com.partsbridge.rma.casework.boundary.Casework;
import com.partsbridge.rma.casework.boundary.PublicLetter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Anyone with an e-mail address writes to us, without signing in (spam-limited per address and per sender).
 * The answer is an acknowledgement with the owner and the deadline; the case itself is followed by mail,
 * since a public caller has no account to read it with.
 */
@Tag(name = "write to us")
@Path("v1/letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LettersResource {

    @Inject
    Casework cases;

    @Inject
    HttpServletRequest request;

    @POST
    public Response write(@Valid @NotNull(message = "a message is required") PublicLetter letter) {
        CaseView created = cases.writePublic(letter, request.getRemoteAddr());
        return Response.status(Response.Status.CREATED)
                .entity(Acknowledgement.of(created))
                .build();
    }

    /** What a public writer is told: the case number, who has it and by when they answer. */
    public record Acknowledgement(long caseId, String ownerName, java.time.Instant deadline) {
        static Acknowledgement of(CaseView c) {
            return new Acknowledgement(c.id(), c.ownerName(), c.deadline());
        }
    }
}
