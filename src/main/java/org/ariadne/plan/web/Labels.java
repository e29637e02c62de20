package org.ariadne.plan.web;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.ThematicArea;

/** The message key of a value of one of the plan's lists, for labels written outside templates. */
final class Labels {

    private Labels() {
    }

    static String keyOf(Enum<?> constant) {
        if (constant instanceof ThematicArea area) {
            return area.messageKey();
        }
        if (constant instanceof ResultLevel level) {
            return level.messageKey();
        }
        if (constant instanceof IndicatorType type) {
            return type.messageKey();
        }
        if (constant instanceof Direction direction) {
            return direction.messageKey();
        }
        if (constant instanceof Frequency frequency) {
            return frequency.messageKey();
        }
        if (constant instanceof Disaggregation dimension) {
            return dimension.messageKey();
        }
        if (constant instanceof FundingSourceKind kind) {
            return kind.messageKey();
        }
        if (constant instanceof PlanStatus status) {
            return status.messageKey();
        }
        if (constant instanceof ActivityStatus status) {
            return status.messageKey();
        }
        return constant.name();
    }
}
