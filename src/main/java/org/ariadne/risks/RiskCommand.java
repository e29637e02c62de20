package org.ariadne.risks;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a person sets on a risk; the form binds to this. {@code element} is a {@link RiskElement#reference()}
 * ("plan", "activity-56"). The last review is not typed here: it is set by marking the risk reviewed.
 */
public record RiskCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size.max}") String description,
        @NotNull(message = "{validation.required}") RiskCategory category,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{risks.validation.scale}")
        @Max(value = 5, message = "{risks.validation.scale}") Integer likelihood,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{risks.validation.scale}")
        @Max(value = 5, message = "{risks.validation.scale}") Integer impact,
        @Size(max = 2000, message = "{validation.size.max}") String mitigation,
        Long ownerId,
        @NotNull(message = "{validation.required}") RiskStatus status,
        LocalDate nextReview,
        String element) {

    public static RiskCommand empty(String element) {
        return new RiskCommand("", null, null, null, "", null, RiskStatus.OPEN, null, element == null ? "plan" : element);
    }
}
