package org.ariadne.reporting;

import java.util.HashMap;
import java.util.Map;

import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Builds a report's template from the plan, and lays it out in collection periods from the plan's schedule. Within
 * one transaction a report's template is built once: a workbook's confirmation reads the sheet and then saves every
 * part, and each of those would otherwise walk the plan tree again.
 */
@Component
class ReportTemplates {

    /** The templates built in the current transaction, with the tree each was built from. */
    private record Built(PlanTree tree, ReportTemplate template) {
    }

    private record Key(long periodId, long institutionId) {
    }

    private final Plans plans;
    private final ReportingPeriods periods;
    private final ReportingProperties properties;
    private final YearScopes scopes;
    private final DroppedActivities dropped;

    ReportTemplates(Plans plans, ReportingPeriods periods, ReportingProperties properties, YearScopes scopes,
            DroppedActivities dropped) {
        this.scopes = scopes;
        this.dropped = dropped;
        this.plans = plans;
        this.periods = periods;
        this.properties = properties;
    }

    ReportTemplate of(PeriodView period, long institutionId) {
        var tree = plans.tree(period.planId());
        var built = builtInThisTransaction();
        var key = new Key(period.id(), institutionId);
        var known = built.get(key);
        // the tree is compared by identity: a plan changed in the same transaction comes back as a new tree
        if (known != null && known.tree() == tree) {
            return known.template();
        }
        var template = ReportTemplate.of(tree, institutionId, period, scopes.of(period),
                dropped.of(period.planId()));
        built.put(key, new Built(tree, template));
        return template;
    }

    ReportLayout layout(ReportTemplate template, PeriodView period) {
        return new ReportLayout(template, period, periods.length(period.planId()), properties.regions());
    }

    @SuppressWarnings("unchecked")
    private Map<Key, Built> builtInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        var built = (Map<Key, Built>) TransactionSynchronizationManager.getResource(this);
        if (built == null) {
            var fresh = new HashMap<Key, Built>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReportTemplates.this);
                }
            });
            return fresh;
        }
        return built;
    }
}
