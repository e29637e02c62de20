package org.ariadne.victimdata;

import org.ariadne.security.SystemTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly, the register anonymises the cases closed longer ago than the retention period allows. */
@Component
class RegisterRetention {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterRetention.class);

    private final VictimRegister register;
    private final org.ariadne.common.cluster.ClusterLock lock;

    RegisterRetention(VictimRegister register, org.ariadne.common.cluster.ClusterLock lock) {
        this.register = register;
        this.lock = lock;
    }

    /** The nightly run, on one node of several. */
    @Scheduled(cron = "${ariadne.victimdata.retention-cron:0 30 2 * * *}")
    void anonymiseExpiredOnSchedule() {
        lock.runOnce("victim-retention", java.time.Duration.ofHours(2), this::anonymiseExpired);
    }

    void anonymiseExpired() {
        var done = SystemTasks.call("retention", register::anonymiseExpired);
        if (done > 0) {
            LOG.info("Anonymised {} victim cases closed longer ago than the retention period", done);
        }
    }
}
