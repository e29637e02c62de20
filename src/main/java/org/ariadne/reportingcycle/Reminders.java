package org.ariadne.reportingcycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.security.SystemTasks;
import org.ariadne.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds institutions of their reports: a few days before the deadline and the day after it, if nothing has been
 * submitted. Each reminder is an in-app notice and, when an SMTP server is configured and mail is switched on, an
 * e-mail to the institution's focal points. Each is sent once.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Schedules schedules;
    private final Periods periods;
    private final ReportStatuses reports;
    private final Plans plans;
    private final Institutions institutions;
    private final Notices notices;
    private final UserAccounts accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final ReminderProperties properties;
    private final Clock clock;

    Reminders(Schedules schedules, Periods periods, ReportStatuses reports, Plans plans, Institutions institutions,
            Notices notices, UserAccounts accounts, ObjectProvider<JavaMailSender> mail, MessageSource messages,
            ReminderProperties properties, Clock clock) {
        this.schedules = schedules;
        this.periods = periods;
        this.reports = reports;
        this.plans = plans;
        this.institutions = institutions;
        this.notices = notices;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${ariadne.reporting.reminders-cron:0 0 7 * * *}")
    void remind() {
        SystemTasks.run("reminders", this::sendDue);
    }

    void sendDue() {
        var today = LocalDate.now(clock);
        var directory = institutions.directory();
        for (var schedule : schedules.findActive()) {
            PlanTree tree = null;
            for (var period : periods.findByPlanIdOrderByStartsOn(schedule.planId())) {
                boolean before = !today.isBefore(period.deadline().minusDays(schedule.remindDaysBefore()))
                        && !today.isAfter(period.deadline());
                boolean after = today.isAfter(period.deadline())
                        && !today.isAfter(period.deadline().plusDays(30));
                if (!before && !after) {
                    continue;
                }
                // only plans with a deadline near today are read: most days that is none of them
                tree = tree != null ? tree : plans.tree(schedule.planId());
                for (var institution : directory.all()) {
                    if (!institution.reportsProgress() || !institution.active()
                            || !reports.expects(tree, institution.id(), period.view())) {
                        continue;
                    }
                    // a report that came in, even one since returned for corrections, met the deadline: the
                    // reminder would tell its institution that it "has not been submitted"
                    var report = reports.of(period.id(), institution.id());
                    if (report.isPresent() && report.get().firstSubmittedAt() != null) {
                        continue;
                    }
                    var kind = before ? "due" : "overdue";
                    var key = "reminder-" + kind + ":" + period.id() + ":" + institution.id();
                    if (notices.exists(key)) {
                        continue;
                    }
                    var link = "/reporting/" + period.id() + "/institutions/" + institution.id();
                    var arguments = List.of(period.label(), period.deadline().toString());
                    notices.toInstitution(institution.id(), "reporting.notice." + kind, arguments, link, key);
                    mailFocalPoints(institution.id(), "reporting.notice." + kind, arguments, link);
                }
            }
        }
    }

    private void mailFocalPoints(long institutionId, String key, List<String> arguments, String link) {
        var sender = mail.getIfAvailable();
        if (!properties.mailEnabled() || sender == null) {
            return;
        }
        for (var contact : accounts.focalPointContacts(institutionId)) {
            try {
                var message = new SimpleMailMessage();
                message.setFrom(properties.mailFrom());
                message.setTo(contact.email());
                var locale = contact.locale();
                message.setSubject(messages.getMessage(key + ".subject", arguments.toArray(), locale));
                message.setText(messages.getMessage(key, arguments.toArray(), locale) + "\n\n" + properties.publicUrl() + link);
                sender.send(message);
            } catch (RuntimeException unreachable) {
                // the in-app notice is there; a mail server that is down must not stop the other reminders
                log.warn("Could not send a reminder to {}: {}", contact.email(), unreachable.getMessage());
            }
        }
    }
}
