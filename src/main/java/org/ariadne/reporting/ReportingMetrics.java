package org.ariadne.reporting;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the reports submitted and accepted on this node ({@code ariadne_reports_submitted_total},
 * {@code ariadne_reports_accepted_total} at /actuator/prometheus; the sum over the nodes is the whole): counted once
 * the submission has committed, so a refused or rolled-back one never counts.
 */
@Component
class ReportingMetrics {

    private final Counter submitted;
    private final Counter submittedLate;
    private final Counter accepted;

    ReportingMetrics(MeterRegistry meters) {
        this.submitted = Counter.builder("ariadne.reports.submitted").tag("late", "false")
                .description("Progress reports submitted by institutions").register(meters);
        this.submittedLate = Counter.builder("ariadne.reports.submitted").tag("late", "true")
                .description("Progress reports submitted by institutions").register(meters);
        this.accepted = Counter.builder("ariadne.reports.accepted")
                .description("Progress reports accepted by the coordinator's office").register(meters);
    }

    @EventListener
    void on(ProgressReportSubmitted submission) {
        afterCommit(submission.late() ? submittedLate : submitted);
    }

    @EventListener
    void on(ProgressReportAccepted acceptance) {
        afterCommit(accepted);
    }

    // a plain listener with its own after-commit step, not a transactional event listener: those are kept in the event
    // publication table until handled, two writes per report for a figure that may be lost with the node anyway
    private static void afterCommit(Counter counter) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }
}
