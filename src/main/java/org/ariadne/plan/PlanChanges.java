package org.ariadne.plan;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns every saved or deleted plan element into {@link PlanChanged}. Every write to a plan goes through its
 * aggregates (entities and their repositories), so listening to them here cannot miss one; an import saving a
 * thousand elements still announces its plan once.
 */
@Component
class PlanChanges {

    private final ApplicationEventPublisher events;

    PlanChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        planOf(event.getEntity()).ifPresent(this::changed);
    }

    @EventListener
    void deleted(AfterDeleteEvent<?> event) {
        if (event.getEntity() == null && isPlanAggregate(event.getType())) {
            // a delete by id does not say which plan lost the element: its caches would stay stale
            throw new IllegalStateException("delete plan elements as entities, not by id: " + event.getType());
        }
        planOf(event.getEntity()).ifPresent(this::changed);
    }

    private void changed(long planId) {
        if (firstInTransaction(planId)) {
            events.publishEvent(new PlanChanged(planId));
        }
    }

    private static Optional<Long> planOf(Object entity) {
        if (entity instanceof ActionPlan plan) {
            return Optional.ofNullable(plan.id());
        }
        if (entity instanceof PlanVersion version) {
            return Optional.of(version.planId());
        }
        if (entity instanceof PlanElement element) {
            return Optional.of(element.planId());
        }
        return Optional.empty();
    }

    private static boolean isPlanAggregate(Class<?> type) {
        return ActionPlan.class.isAssignableFrom(type) || PlanElement.class.isAssignableFrom(type);
    }

    private boolean firstInTransaction(long planId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return true;
        }
        var announced = (Announced) TransactionSynchronizationManager.getResource(this);
        if (announced == null) {
            announced = new Announced();
            TransactionSynchronizationManager.bindResource(this, announced);
            TransactionSynchronizationManager.registerSynchronization(announced);
        }
        return announced.plans.add(planId);
    }

    /** The plans announced in the current transaction. */
    private final class Announced implements TransactionSynchronization {

        private final Set<Long> plans = new HashSet<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(PlanChanges.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(PlanChanges.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(PlanChanges.this);
        }
    }
}
