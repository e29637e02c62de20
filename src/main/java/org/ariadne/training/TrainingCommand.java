package org.ariadne.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A training held, as its form sends it. The participants are the count lines, unless the training keeps a participant
 * list (uploaded or typed separately): then the lines are ignored and the list counts.
 */
public record TrainingCommand(
        @NotNull(message = "{validation.required}") Long institutionId,
        Long plannedId,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String module,
        @NotNull(message = "{validation.required}") TrainingTopic topic,
        @NotNull(message = "{validation.required}") TargetGroup targetGroup,
        @NotNull(message = "{validation.required}") LocalDate startsOn,
        @NotNull(message = "{validation.required}") LocalDate endsOn,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String place,
        List<Long> trainerIds,
        List<@Valid CountLine> counts,
        @DecimalMin(value = "0", message = "{training.validation.score}") @DecimalMax(value = "100", message = "{training.validation.score}")
        @Digits(integer = 3, fraction = 2, message = "{validation.number}") BigDecimal preTestAverage,
        @DecimalMin(value = "0", message = "{training.validation.score}") @DecimalMax(value = "100", message = "{training.validation.score}")
        @Digits(integer = 3, fraction = 2, message = "{validation.number}") BigDecimal postTestAverage,
        @DecimalMin(value = "0", message = "{training.validation.cost}") @Digits(integer = 13, fraction = 2, message = "{validation.number}") BigDecimal cost,
        @Pattern(regexp = "|[A-Z]{3}", message = "{training.validation.currency}") String currency,
        @DecimalMin(value = "1", message = "{training.validation.satisfaction}") @DecimalMax(value = "5", message = "{training.validation.satisfaction}")
        @Digits(integer = 1, fraction = 2, message = "{validation.number}") BigDecimal satisfaction,
        @Size(max = 4000, message = "{validation.size.max}") String evaluationComments) {

    public TrainingCommand {
        trainerIds = trainerIds == null ? List.of()
                : trainerIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        // blank lines stay as posted (Spring binds "counts[1].women" to them); countLines() leaves them out
        counts = counts == null ? List.of() : counts.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The lines that say something: blank lines left out. */
    public List<CountLine> countLines() {
        return counts.stream().filter(line -> !line.isBlank()).toList();
    }

    public static TrainingCommand empty(Long institutionId, String currency) {
        return new TrainingCommand(institutionId, null, "", null, null, null, null, "", List.of(), List.of(), null,
                null, null, currency, null, "");
    }

    /** The count lines to show: those kept and two blank lines to add more. */
    public List<CountLine> linesWithBlank() {
        var lines = new ArrayList<>(countLines());
        lines.add(new CountLine(null, null, null, null));
        lines.add(new CountLine(null, null, null, null));
        return lines;
    }
}
