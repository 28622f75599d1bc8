package com.partsbridge.rma.casework.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The writer of a case writes again on it: more to say before our answer, or a reply to it. */
public record CaseReply(
        @NotBlank(message = "write your message") @Size(max = 4000, message = "a message is at most 4000 characters")
        String message) {}
