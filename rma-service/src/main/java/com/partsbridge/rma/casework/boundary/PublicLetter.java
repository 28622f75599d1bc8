package com.partsbridge.rma.casework.boundary;

import com.partsbridge.rma.casework.entity.Topic;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Anyone with an e-mail address writes to us without signing in. {@code website} is a field people never
 * see (a honeypot): a bot that fills it in is refused.
 */
public record PublicLetter(
        @NotBlank(message = "tell us your name") @Size(max = 120, message = "a name is at most 120 characters")
        String name,

        @NotBlank(message = "give the e-mail address we should answer")
        @Email(message = "that is not an e-mail address")
        @Size(max = 200, message = "an e-mail address is at most 200 characters")
        String email,

        @NotNull(message = "choose what your message is about")
        Topic topic,

        @NotBlank(message = "write your message") @Size(max = 4000, message = "a message is at most 4000 characters")
        String message,

        @Size(max = 200, message = "leave this field empty") String website) {}
