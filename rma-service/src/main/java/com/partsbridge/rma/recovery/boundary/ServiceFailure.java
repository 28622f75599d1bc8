package com.partsbridge.rma.recovery.boundary;

import com.partsbridge.rma.recovery.entity.FaultKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A fault of ours that a customer must hear about. {@code occurrenceKey} names this one occurrence: the
 * same key reported again is the same fault, and yields no second notice, mail or concession.
 */
public record ServiceFailure(
        @NotNull(message = "the kind of fault is required") FaultKind kind,

        @NotBlank(message = "an occurrence key is required")
        @Size(max = 120, message = "an occurrence key is at most 120 characters")
        String occurrenceKey,

        @NotBlank(message = "the customer is required") @Size(max = 60, message = "a username is at most 60 characters")
        String customer,

        @NotBlank(message = "the case reference is required")
        @Size(max = 120, message = "a case reference is at most 120 characters")
        String caseRef,

        @NotBlank(message = "say what went wrong") @Size(max = 500, message = "say it in at most 500 characters")
        String whatWentWrong,

        @Size(max = 120, message = "an owner's name is at most 120 characters")
        String owner,

        Instant deadline) {}
