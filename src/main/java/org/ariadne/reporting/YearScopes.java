package org.ariadne.reporting;

import java.util.List;

import org.ariadne.reportingcycle.PeriodView;
import org.springframework.stereotype.Component;

/** The scope of a period's year from the operational plans, when a module answers {@link ReportingYears}. */
@Component
class YearScopes {

    private final List<ReportingYears> answers;

    YearScopes(List<ReportingYears> answers) {
        this.answers = List.copyOf(answers);
    }

    ReportingYears.YearScope of(PeriodView period) {
        for (var answer : answers) {
            var scope = answer.scope(period.planId(), period.startsOn().getYear());
            if (scope.isPresent()) {
                return scope.get();
            }
        }
        return ReportingYears.YearScope.NONE;
    }
}
