package org.ariadne.plan.web;

import java.math.BigDecimal;

import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.YearTargetCommand;

/** Indicator values are stored with four decimals; a form shows 12.5, not 12.5000. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal tidy(BigDecimal value) {
        if (value == null) {
            return null;
        }
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static IndicatorCommand tidy(IndicatorCommand command) {
        return new IndicatorCommand(command.name(), command.resultLevel(), command.type(), command.unit(),
                command.direction(), command.numerator(), command.denominator(), tidy(command.scaleMin()),
                tidy(command.scaleMax()), tidy(command.baselineValue()), command.baselineYear(),
                command.baselineSource(),
                tidy(command.targetValue()), command.targetYear(),
                command.yearTargets().stream().map(t -> new YearTargetCommand(t.year(), tidy(t.value()))).toList(),
                command.disaggregations(), command.dataSource(), command.meansOfVerification(), command.frequency(),
                command.responsibleInstitutionId());
    }
}
