package org.ariadne.plan;

import java.util.List;

/** Checks that a code fits its level and its parent, so that numbering always shows where an element sits. */
final class Codes {

    private Codes() {
    }

    static String strategic(String raw) {
        return PlanCode.parse(raw).filter(code -> code.kind() == PlanCode.Kind.STRATEGIC_OBJECTIVE)
                .map(PlanCode::toString)
                .orElseThrow(() -> PlanException.badCode(raw, "SO 1"));
    }

    static String specific(String raw, String parentCode) {
        var example = parentCode + ".1";
        return PlanCode.parse(raw)
                .filter(code -> code.kind() == PlanCode.Kind.SPECIFIC_OBJECTIVE)
                .filter(code -> code.parent().map(PlanCode::toString).orElse("").equals(parentCode))
                .map(PlanCode::toString)
                .orElseThrow(() -> PlanException.badCode(raw, example));
    }

    static String activity(String raw, String parentCode) {
        var parentNumbers = parentCode.replace("SO ", "");
        var example = "A" + parentNumbers + ".1";
        return PlanCode.parse(raw)
                .filter(code -> code.kind() == PlanCode.Kind.ACTIVITY)
                .filter(code -> code.parent().map(PlanCode::toString).orElse("").equals(parentCode))
                .map(PlanCode::toString)
                .orElseThrow(() -> PlanException.badCode(raw, example));
    }

    static List<Integer> numbers(String code) {
        return PlanCode.parse(code).map(PlanCode::numbers).orElse(List.of());
    }
}
