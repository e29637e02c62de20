package org.ariadne.stakeholders;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An outside organisation invited to a round through a single-use link: its name and where the link is sent. */
public record OutsideCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String organisation,
        @NotBlank(message = "{validation.required}") @Email(message = "{stakeholders.validation.email}")
        @Size(max = 254, message = "{validation.size.max}") String email) {

    public static OutsideCommand empty() {
        return new OutsideCommand("", "");
    }
}
