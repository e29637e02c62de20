package org.ariadne.plan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whole plans as last read, because every report page, save and dashboard reads the plan it belongs to: a plan
 * changes rarely and is read all the time. Any write to a plan element drops every cached plan at once and again
 * when the write's transaction ends, so a reader never sees an element after it changed. Only reads made outside
 * writing transactions are kept, so nothing uncommitted is ever cached.
 */
@Component
class PlanTreeCache {

    private static final int MAX_PLANS = 20;

    private final Map<Long, PlanTree> trees = new ConcurrentHashMap<>();

    PlanTree get(long planId, Supplier<PlanTree> read) {
        var cached = trees.get(planId);
        if (cached != null) {
            return cached;
        }
        var tree = read.get();
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            if (trees.size() >= MAX_PLANS) {
                trees.clear();
            }
            trees.put(planId, tree);
        }
        return tree;
    }

    /** Something in a plan changed: forget every plan now, and once more when the change is committed. */
    void changed() {
        trees.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    trees.clear();
                }
            });
        }
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        if (isPlanElement(event.getEntity())) {
            changed();
        }
    }

    @EventListener
    void deleted(AfterDeleteEvent<?> event) {
        changed();
    }

    private static boolean isPlanElement(Object entity) {
        return entity instanceof ActionPlan || entity instanceof StrategicObjective || entity instanceof SpecificObjective
                || entity instanceof Activity || entity instanceof Indicator;
    }
}
