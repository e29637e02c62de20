package org.ariadne.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Everything a person sets on an indicator. */
public record IndicatorCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size.max}") String name,
        ResultLevel resultLevel,
        IndicatorType type,
        @Size(max = 100, message = "{validation.size.max}") String unit,
        Direction direction,
        @Size(max = 500, message = "{validation.size.max}") String numerator,
        @Size(max = 500, message = "{validation.size.max}") String denominator,
        @Digits(integer = 15, fraction = 4, message = "{validation.number}") BigDecimal scaleMin,
        @Digits(integer = 15, fraction = 4, message = "{validation.number}") BigDecimal scaleMax,
        @Digits(integer = 15, fraction = 4, message = "{validation.number}") BigDecimal baselineValue,
        @Min(value = 1990, message = "{validation.year}") @Max(value = 2100, message = "{validation.year}") Integer baselineYear,
        @Size(max = 500, message = "{validation.size.max}") String baselineSource,
        @Digits(integer = 15, fraction = 4, message = "{validation.number}") BigDecimal targetValue,
        @Min(value = 1990, message = "{validation.year}") @Max(value = 2100, message = "{validation.year}") Integer targetYear,
        List<@Valid YearTargetCommand> yearTargets,
        Set<Disaggregation> disaggregations,
        @Size(max = 500, message = "{validation.size.max}") String dataSource,
        @Size(max = 1000, message = "{validation.size.max}") String meansOfVerification,
        Frequency frequency,
        Long responsibleInstitutionId,
        Aggregation aggregation) {

    /** An indicator whose values over a year add up the default way for its type. */
    public IndicatorCommand(String name, ResultLevel resultLevel, IndicatorType type, String unit, Direction direction,
            String numerator, String denominator, BigDecimal scaleMin, BigDecimal scaleMax, BigDecimal baselineValue,
            Integer baselineYear, String baselineSource, BigDecimal targetValue, Integer targetYear,
            List<YearTargetCommand> yearTargets, Set<Disaggregation> disaggregations, String dataSource,
            String meansOfVerification, Frequency frequency, Long responsibleInstitutionId) {
        this(name, resultLevel, type, unit, direction, numerator, denominator, scaleMin, scaleMax, baselineValue,
                baselineYear, baselineSource, targetValue, targetYear, yearTargets, disaggregations, dataSource,
                meansOfVerification, frequency, responsibleInstitutionId, null);
    }

    public IndicatorCommand {
        yearTargets = yearTargets == null ? List.of() : yearTargets.stream().filter(java.util.Objects::nonNull).toList();
        disaggregations = disaggregations == null ? Set.of() : disaggregations;
    }
}
