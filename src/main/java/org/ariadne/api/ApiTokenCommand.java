package org.ariadne.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new personal access token as its owner asks for it: a name to recognise it by, a scope and an expiry date. */
public record ApiTokenCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}") String name,
        @NotNull(message = "{validation.required}") TokenScope scope,
        @NotNull(message = "{validation.required}") LocalDate expiresOn) {

    public static ApiTokenCommand empty(LocalDate suggestedExpiry) {
        return new ApiTokenCommand(null, TokenScope.READ, suggestedExpiry);
    }
}
