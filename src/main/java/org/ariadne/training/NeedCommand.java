package org.ariadne.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person sets on a training need; the form binds to this. */
public record NeedCommand(
        @NotNull(message = "{validation.required}") Long institutionId,
        @NotNull(message = "{validation.required}") TargetGroup targetGroup,
        @NotNull(message = "{validation.required}") TrainingTopic topic,
        @NotNull(message = "{validation.required}") NeedPriority priority,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{training.validation.staff}")
        @Max(value = 100000, message = "{training.validation.staff}") Integer staffToTrain,
        @NotNull(message = "{validation.required}") @Min(value = 2000, message = "{training.validation.year}")
        @Max(value = 2100, message = "{training.validation.year}") Integer year,
        @Size(max = 1000, message = "{validation.size.max}") String note) {

    public static NeedCommand empty(Long institutionId, int year) {
        return new NeedCommand(institutionId, null, null, NeedPriority.MEDIUM, null, year, "");
    }
}
