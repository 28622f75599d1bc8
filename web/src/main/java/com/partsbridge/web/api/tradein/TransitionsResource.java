package com.partsbridge.web.api.tradein;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.tradein.option.boundary.TransitionOption;
import com.partsbridge.tradein.option.boundary.TransitionOptions;
import com.partsbridge.tradein.program.entity.ConditionGrade;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ranked options for a unit whose part is no longer made: never only "buy the new one". */
@Tag(
        name = "transitions",
        description = "Options when a first-party part is gone: superseding, refurbished, partner, trade-in.")
@Path("v1/transitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransitionsResource {

    @Inject
    TransitionOptions options;

    @GET
    public List<TransitionOption> forUnit(
            @QueryParam("model") String model,
            @QueryParam("serial") String serial,
            @QueryParam("position") String position,
            @QueryParam("purchasedOn") String purchasedOn,
            @QueryParam("grade") String grade) {
        if (model == null || model.isBlank()) {
            throw new InvalidInputException("model", "the unit's model code is required");
        }
        return options.forUnit(model, serial, position, date(purchasedOn), grade(grade));
    }

    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("purchasedOn", "a date is written 2024-01-15");
        }
    }

    private static ConditionGrade grade(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ConditionGrade.valueOf(raw.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("grade", "a condition grade is A, B, C or D");
        }
    }
}
