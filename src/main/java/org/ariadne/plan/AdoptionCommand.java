package org.ariadne.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Adopting a revision: from when it is in force, the Ministry of Finance's opinion on it, and one reason for each
 * change it makes (by the change's key, as {@link VersionComparison} lists them).
 */
public record AdoptionCommand(
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate mofOpinionDate,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String mofOpinionReference,
        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.size.max}") String mofOpinionText,
        Map<String, String> reasons) {

    /** Each invalid field is named by the message of this prefix and its name: "plan.version.form.effectiveFrom". */
    public static final String FIELD_LABELS = "plan.version.form.";

    public AdoptionCommand {
        reasons = reasons == null ? new LinkedHashMap<>() : new LinkedHashMap<>(reasons);
    }

    public static AdoptionCommand empty() {
        return new AdoptionCommand(null, null, "", "", Map.of());
    }

    public String reason(String key) {
        var reason = reasons.get(key);
        return reason == null ? null : reason.strip();
    }
}
