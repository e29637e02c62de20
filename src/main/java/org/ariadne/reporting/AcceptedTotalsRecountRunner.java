package org.ariadne.reporting;

import org.ariadne.security.SystemTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * With {@code ARIADNE_REPORTING_RECOUNT_TOTALS=true}, recounts every plan's accepted totals once at start-up, as the
 * system, and logs what differed (the audit trail keeps it too). Set it for one start after a repair by hand, then
 * unset it: a recount locks each plan's totals while it runs.
 */
@Component
class AcceptedTotalsRecountRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AcceptedTotalsRecountRunner.class);

    private final AcceptedTotals totals;
    private final ReportingProperties properties;

    AcceptedTotalsRecountRunner(AcceptedTotals totals, ReportingProperties properties) {
        this.totals = totals;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.recountTotals()) {
            recountAll();
        }
    }

    /** Recounts every plan; returns how many indicator-years were put right. */
    int recountAll() {
        return SystemTasks.call("system", () -> {
            int repaired = 0;
            for (long planId : totals.plansWithTotals()) {
                var recount = totals.recount(planId);
                for (var difference : recount.differences()) {
                    log.warn("Plan {}, indicator {}, {}: kept {}; the accepted values give {}. Put right.", planId,
                            difference.indicatorId(), difference.year(), difference.kept(), difference.recounted());
                }
                log.info("Recounted the accepted totals of plan {}: {} indicator-years compared, {} put right.", planId,
                        recount.rowsChecked(), recount.differences().size());
                repaired += recount.differences().size();
            }
            return repaired;
        });
    }
}
