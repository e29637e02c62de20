package org.ariadne.reportingcycle;

import java.time.Duration;

import org.ariadne.common.cluster.ClusterLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reporting cycle's daily jobs, each run on one node however many share the database: the periods open once and
 * each reminder goes out once. Called through the services' proxies, so that opening periods keeps its transaction.
 */
@Component
class ScheduledJobs {

    private final ClusterLock lock;
    private final ReportingSchedules schedules;
    private final Reminders reminders;

    ScheduledJobs(ClusterLock lock, ReportingSchedules schedules, Reminders reminders) {
        this.lock = lock;
        this.schedules = schedules;
        this.reminders = reminders;
    }

    @Scheduled(cron = "${ariadne.reporting.open-periods-cron:0 5 0 * * *}")
    void openPeriods() {
        lock.runOnce("open-periods", Duration.ofHours(1), schedules::openPeriods);
    }

    @Scheduled(cron = "${ariadne.reporting.reminders-cron:0 0 7 * * *}")
    void remind() {
        lock.runOnce("reminders", Duration.ofHours(1), reminders::remind);
    }
}
