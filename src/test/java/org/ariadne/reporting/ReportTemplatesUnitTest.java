package org.ariadne.reporting;

import java.time.LocalDate;
import java.util.List;

import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A report's template is built once per transaction, and again for a plan changed since. */
class ReportTemplatesUnitTest {

    private static final PeriodView PERIOD = new PeriodView(5L, 1, LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 15), "2024-Q1");

    private final Plans plans = mock(Plans.class);
    private final ReportTemplates templates = new ReportTemplates(plans, mock(ReportingPeriods.class),
            new ReportingProperties(null, 0, List.of(), false), new YearScopes(List.of()),
            new DroppedActivities(plans));

    private static PlanTree tree() {
        return new PlanTree(new PlanHeader(1, 0, "Plan", null, null, null, 2024, 2026, PlanStatus.ADOPTED, false),
                List.of());
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void oneTransactionBuildsAReportsTemplateOnce() {
        when(plans.tree(1)).thenReturn(tree());
        TransactionSynchronizationManager.initSynchronization();

        var first = templates.of(PERIOD, 7);

        assertThat(templates.of(PERIOD, 7)).isSameAs(first);
        assertThat(templates.of(PERIOD, 8)).as("another institution's report").isNotSameAs(first);
    }

    @Test
    void aPlanChangedInTheTransactionGivesANewTemplate() {
        when(plans.tree(1)).thenReturn(tree(), tree());
        TransactionSynchronizationManager.initSynchronization();

        var first = templates.of(PERIOD, 7);

        assertThat(templates.of(PERIOD, 7)).isNotSameAs(first);
    }

    @Test
    void theNextTransactionBuildsItAgain() {
        when(plans.tree(1)).thenReturn(tree());
        TransactionSynchronizationManager.initSynchronization();
        var first = templates.of(PERIOD, 7);
        endTransaction();
        TransactionSynchronizationManager.initSynchronization();

        assertThat(templates.of(PERIOD, 7)).isNotSameAs(first);
    }
}
