package com.partsbridge.web.api.tradein;

import com.partsbridge.tradein.referral.boundary.RoyaltyStatement;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A royalty statement as the client asked for it (JSON, or CSV for the accounts team), for admins and partners. */
public final class RoyaltyStatements {

    public static final String CSV = "text/csv";

    private RoyaltyStatements() {}

    public static Response render(RoyaltyStatement statement, String accept) {
        if (accept != null && accept.contains(CSV)) {
            return Response.ok(statement.toCsv(), CSV)
                    .header(
                            "Content-Disposition",
                            "attachment; filename=\"royalties-" + statement.partnerId() + "-" + statement.month()
                                    + ".csv\"")
                    .build();
        }
        return Response.ok(statement, MediaType.APPLICATION_JSON).build();
    }
}
