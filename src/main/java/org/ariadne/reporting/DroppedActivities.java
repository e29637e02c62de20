package org.ariadne.reporting;

import java.util.HashMap;
import java.util.Map;

import org.ariadne.plan.DroppedActivity;
import org.ariadne.plan.Plans;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The activities a plan's adopted versions dropped ({@link Plans#droppedActivities}), which a report no longer asks
 * for from the dropping version's effective date. Within one transaction each plan is asked once: the cycle's
 * completeness builds a template for every institution and period, and the answer reads the versions' trees.
 */
@Component
class DroppedActivities {

    private final Plans plans;

    DroppedActivities(Plans plans) {
        this.plans = plans;
    }

    Map<Long, DroppedActivity> of(long planId) {
        return askedInThisTransaction().computeIfAbsent(planId, plans::droppedActivities);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Map<Long, DroppedActivity>> askedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        var asked = (Map<Long, Map<Long, DroppedActivity>>) TransactionSynchronizationManager.getResource(this);
        if (asked == null) {
            var fresh = new HashMap<Long, Map<Long, DroppedActivity>>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DroppedActivities.this);
                }
            });
            return fresh;
        }
        return asked;
    }
}
