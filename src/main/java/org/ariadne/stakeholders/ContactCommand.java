package org.ariadne.stakeholders;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A contact person of an institution as the form sends it. {@code consent} with its date says the person agreed to be
 * contacted; without it they are never offered as a recipient.
 */
public record ContactCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
        @Size(max = 200, message = "{validation.size.max}") String jobRole,
        @Email(message = "{stakeholders.validation.email}") @Size(max = 254, message = "{validation.size.max}") String email,
        @Size(max = 50, message = "{validation.size.max}") String phone,
        Set<ContactLanguage> languages,
        Boolean consent,
        LocalDate consentOn,
        @Size(max = 2000, message = "{validation.size.max}") String notes) {

    public ContactCommand {
        languages = languages == null || languages.isEmpty() ? EnumSet.noneOf(ContactLanguage.class)
                : EnumSet.copyOf(languages);
        consent = Boolean.TRUE.equals(consent);
    }

    public static ContactCommand empty() {
        return new ContactCommand("", "", "", "", Set.of(), false, null, "");
    }
}
