package org.ariadne.services;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the office records of a service; saving it marks the entry brought up to date today. */
public record ServiceCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String name,
        @NotNull(message = "{validation.required}") ServiceType type,
        @NotNull(message = "{validation.required}") Long providerId,
        @Size(max = 100, message = "{validation.size.max}") String region,
        @Size(max = 100, message = "{validation.size.max}") String municipality,
        @Min(value = 0, message = "{services.validation.capacity}") Integer capacity,
        @NotEmpty(message = "{services.validation.target-groups}") Set<TargetGroup> targetGroups,
        @Size(max = 1000, message = "{validation.size.max}") String contacts,
        @Size(max = 300, message = "{validation.size.max}") String openingHours) {

    public ServiceCommand {
        targetGroups = targetGroups == null || targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class)
                : EnumSet.copyOf(targetGroups);
    }

    public static ServiceCommand empty() {
        return new ServiceCommand("", null, null, "", "", null, Set.of(), "", "");
    }
}
