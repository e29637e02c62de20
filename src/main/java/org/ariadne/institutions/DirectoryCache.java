package org.ariadne.institutions;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The directory as last read: nearly every page names institutions, and the directory changes a few times a
 * year. A saved institution drops it at once and again when the change is committed; only reads outside writing
 * transactions are kept, so nothing uncommitted is ever cached.
 */
@Component
class DirectoryCache {

    private final AtomicReference<InstitutionDirectory> directory = new AtomicReference<>();

    InstitutionDirectory get(Supplier<InstitutionDirectory> read) {
        var cached = directory.get();
        if (cached != null) {
            return cached;
        }
        var fresh = read.get();
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            directory.set(fresh);
        }
        return fresh;
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        if (event.getEntity() instanceof Institution) {
            changed();
        }
    }

    @EventListener
    void deleted(AfterDeleteEvent<?> event) {
        changed();
    }

    private void changed() {
        directory.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    directory.set(null);
                }
            });
        }
    }
}
