package org.ariadne.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ariadne.reportingcycle.InstitutionReminders;
import org.ariadne.security.SystemTasks;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds as the reporting cycle does, through its front door ({@link InstitutionReminders}): the owner institution's
 * focal points of a follow-up action due within {@link CoordinationProperties#actionDueSoonDays()} days, and again
 * once it is overdue (a notice and, when mail is on, an e-mail; each once per due date, so a new due date reminds
 * again); and the office of the participant of each agreement in force expiring within {@link CoordinationProperties#renewalNoticeDays()}
 * days. Done actions remind no one.
 */
@Component
class CoordinationReminders {

    private final FollowUpActions actions;
    private final Agreements agreements;
    private final InstitutionReminders reminders;
    private final CoordinationProperties properties;
    private final Clock clock;
    private final org.ariadne.common.cluster.ClusterLock lock;

    CoordinationReminders(FollowUpActions actions, Agreements agreements, InstitutionReminders reminders,
            CoordinationProperties properties, Clock clock, org.ariadne.common.cluster.ClusterLock lock) {
        this.lock = lock;
        this.actions = actions;
        this.agreements = agreements;
        this.reminders = reminders;
        this.properties = properties;
        this.clock = clock;
    }

    /** The daily run, on one node of several. */
    @Scheduled(cron = "${ariadne.coordination.reminders-cron:0 15 7 * * *}")
    void remindOnSchedule() {
        lock.runOnce("coordination-reminders", java.time.Duration.ofHours(1), this::remind);
    }

    void remind() {
        SystemTasks.run("coordination-reminders", this::sendDue);
    }

    /**
     * Also once the application is up (after the demo data, which runs before): a server started after the morning's
     * run does not skip a day, and each reminder still goes out once.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void atStartUp() {
        remind();
    }

    /** Sends what is due today; returns how many reminders went out now. */
    int sendDue() {
        var today = LocalDate.now(clock);
        int sent = 0;
        for (var action : actions.notDone()) {
            var kind = action.overdue(today) ? "overdue"
                    : action.dueSoon(today, properties.actionDueSoonDays()) ? "due" : null;
            if (kind == null) {
                continue;
            }
            var arguments = List.of(action.description(), action.dueOn().toString(), action.meetingTitle());
            if (reminders.remind(action.ownerId(), "coordination.notice.action-" + kind, arguments,
                    "/follow-up-actions#action-" + action.id(), "action-" + kind + ":" + action.id() + ":" + action.dueOn())) {
                sent++;
            }
        }
        for (var expiring : agreements.expiringAgreements()) {
            // the agreement's own participant's office, whoever runs the reminders
            var agreement = expiring.agreement();
            if (reminders.tellOffice(expiring.participantId(), "coordination.notice.agreement-expiring",
                    List.of(agreement.title(), agreement.expiresOn().toString()), "/agreements/" + agreement.id(),
                    "agreement-expiring:" + agreement.id() + ":" + agreement.expiresOn())) {
                sent++;
            }
        }
        return sent;
    }
}
