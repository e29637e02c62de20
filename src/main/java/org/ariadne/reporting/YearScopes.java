package org.ariadne.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.reportingcycle.PeriodView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The scope of a period's year from the operational plans, when a module answers {@link ReportingYears}. Within one
 * transaction each plan's year is asked once: the cycle's completeness asks whether each institution is expected to
 * report in each period, and would otherwise ask the same year for every one of them.
 */
@Component
class YearScopes {

    private record Key(long planId, int year) {
    }

    private final List<ReportingYears> answers;

    YearScopes(List<ReportingYears> answers) {
        this.answers = List.copyOf(answers);
    }

    ReportingYears.YearScope of(PeriodView period) {
        var key = new Key(period.planId(), period.startsOn().getYear());
        var known = askedInThisTransaction();
        return known.computeIfAbsent(key, this::ask);
    }

    private ReportingYears.YearScope ask(Key key) {
        for (var answer : answers) {
            var scope = answer.scope(key.planId(), key.year());
            if (scope.isPresent()) {
                return scope.get();
            }
        }
        return ReportingYears.YearScope.NONE;
    }

    @SuppressWarnings("unchecked")
    private Map<Key, ReportingYears.YearScope> askedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        var asked = (Map<Key, ReportingYears.YearScope>) TransactionSynchronizationManager.getResource(this);
        if (asked == null) {
            var fresh = new HashMap<Key, ReportingYears.YearScope>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(YearScopes.this);
                }
            });
            return fresh;
        }
        return asked;
    }
}
