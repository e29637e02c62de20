package org.ariadne.reportingcycle;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ariadne.plan.PlanTree;

/**
 * What the cycle needs to know of the reports, answered by the module that keeps them ({@code reporting}
 * implements it): the cycle counts reports in and reminds those who have not sent theirs, but the reports' tables
 * and rules stay with the report. Called as the system (a reminder job) as well as for a signed-in reader: an
 * implementation applies no read rule of its own, the cycle's pages apply theirs.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface ReportStatuses {

    /** Where a report is in its workflow, as the cycle counts it (the report's own statuses, by name). */
    enum Stage {
        DRAFT, SUBMITTED, RETURNED, ACCEPTED, REOPENED;

        public String messageKey() {
            return "reporting.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * An institution's report for a period: its stage, and when it was first submitted (null until then; kept when
     * the report is returned for corrections, so a report that came in on time stays on time).
     */
    record Filed(long periodId, long institutionId, Stage stage, LocalDateTime firstSubmittedAt) {
    }

    /** Every report saved for the plan's periods. */
    List<Filed> ofPlan(long planId);

    /** The institution's report for the period, if anything was saved in it. */
    Optional<Filed> of(long periodId, long institutionId);

    /** Whether the plan gives the institution anything to report in the period (its report would not be empty). */
    boolean expects(PlanTree tree, long institutionId, PeriodView period);
}
