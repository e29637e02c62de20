package org.ariadne.reportingcycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.security.SystemTasks;
import org.ariadne.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 6, on the demo data: no notice calls a report late that came in on time. Every notice the cycle
 * writes for the demo's two years of reports (submitted, sent again, returned, and the reminders before and after each
 * deadline, replayed on the day each would have gone out) is checked against the report's first submission and its
 * period's deadline, the rule completeness counts by. Same configuration as {@code DemoDataIntegrationTest}, so the
 * two share one loaded demo.
 */
@SpringBootTest(properties = {"ariadne.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:ariadne-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@Import(TestDatabase.class)
class DemoNoticesIntegrationTest {

    /** The notices that tell of a deadline missed; no other notice may say so. */
    private static final Set<String> LATE = Set.of("reporting.notice.submitted-late", "reporting.notice.overdue");
    private static final Pattern LATE_WORDS = Pattern.compile("(?i)after the deadline|overdue|\\blate\\b|has not been submitted");
    private static final Pattern REPORT_LINK = Pattern.compile("/reporting/(\\d+)/institutions/(\\d+)");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    Schedules schedules;
    @Autowired
    Periods periods;
    @Autowired
    ReportStatuses reports;
    @Autowired
    Plans plans;
    @Autowired
    Institutions institutions;
    @Autowired
    InstitutionReminders reminders;

    record Report(LocalDate deadline, LocalDateTime firstSubmittedAt) {
        boolean onTime() {
            return firstSubmittedAt != null && !firstSubmittedAt.toLocalDate().isAfter(deadline);
        }
    }

    record Notice(String key, long periodId, long institutionId, LocalDateTime createdAt) {
    }

    @Test
    void noNoticeOrReminderOfTheDemoCallsAnOnTimeReportLate() {
        var demoPeriods = jdbc.sql("select p.id, p.deadline from reporting_period p join action_plan a on a.id = p.plan_id "
                        + "where a.demo and a.participant_id = 1 and p.starts_on >= ? and p.starts_on < ?")
                .params(java.sql.Date.valueOf(LocalDate.of(2016, 1, 1)), java.sql.Date.valueOf(LocalDate.of(2018, 1, 1)))
                .query((row, n) -> Map.entry(row.getLong(1), row.getDate(2).toLocalDate())).list();
        // the home participant's (Kosovo*'s) plan; Albania's demo plan has its own quarters (issue 19)
        assertThat(demoPeriods).as("the demo's 2016 and 2017 quarters").hasSize(8);
        // the reminders as they would have gone out: a few days before each deadline, and the day after it
        for (var period : demoPeriods) {
            remindOn(period.getValue().minusDays(2));
            remindOn(period.getValue().plusDays(1));
        }

        var reportsByPeriod = new HashMap<String, Report>();
        jdbc.sql("""
                        select r.period_id, r.institution_id, p.deadline, r.first_submitted_at
                        from progress_report r join reporting_period p on p.id = r.period_id""")
                .query((row, n) -> reportsByPeriod.put(row.getLong(1) + "/" + row.getLong(2), new Report(
                        row.getDate(3).toLocalDate(), row.getTimestamp(4) == null ? null
                                : row.getTimestamp(4).toLocalDateTime())))
                .list();
        var deadlines = new HashMap<Long, LocalDate>();
        demoPeriods.forEach(period -> deadlines.put(period.getKey(), period.getValue()));
        var notices = new ArrayList<Notice>();
        for (var row : jdbc.sql("select message_key, link, created_at from notice where link like '/reporting/%'")
                .query((r, n) -> new Object[] {r.getString(1), r.getString(2), r.getTimestamp(3).toLocalDateTime()})
                .list()) {
            var link = REPORT_LINK.matcher((String) row[1]);
            if (link.matches() && deadlines.containsKey(Long.parseLong(link.group(1)))) {
                notices.add(new Notice((String) row[0], Long.parseLong(link.group(1)), Long.parseLong(link.group(2)),
                        (LocalDateTime) row[2]));
            }
        }

        assertThat(notices).extracting(Notice::key).as("what the demo's cycle wrote").contains(
                "reporting.notice.submitted", "reporting.notice.submitted-late", "reporting.notice.resubmitted",
                "reporting.notice.returned", "reporting.notice.due", "reporting.notice.overdue");
        for (var notice : notices) {
            var report = reportsByPeriod.get(notice.periodId() + "/" + notice.institutionId());
            boolean onTime = report != null && report.onTime();
            if (LATE.contains(notice.key())) {
                assertThat(onTime).as("%s to a report first submitted %s, due %s", notice,
                        report == null ? null : report.firstSubmittedAt(), deadlines.get(notice.periodId())).isFalse();
            }
            if (notice.key().equals("reporting.notice.submitted")) {
                assertThat(onTime).as("%s: said on time", notice).isTrue();
            }
            // stamped with the day it happened, not with the day the demo was loaded (the replayed reminders are
            // written today, by the clock of the notices)
            if (!notice.key().equals("reporting.notice.due") && !notice.key().equals("reporting.notice.overdue")) {
                assertThat(notice.createdAt().toLocalDate()).as("%s", notice).isBetween(
                        deadlines.get(notice.periodId()).minusDays(120), deadlines.get(notice.periodId()).plusDays(30));
            }
        }
        // one notice per event: the report returned and sent again is told twice, each time in its own words
        assertThat(notices).doesNotHaveDuplicates();
        // and the words of every other notice say nothing of a deadline missed
        for (var key : notices.stream().map(Notice::key).filter(key -> !LATE.contains(key)).distinct().toList()) {
            var text = messages.getMessage(key, new Object[] {"Police", "2016-Q1", "2", "A1.1.1"}, Locale.ENGLISH);
            assertThat(text).as(key).doesNotContainPattern(LATE_WORDS);
        }
        assertThat(messages.getMessage("reporting.notice.submitted-late", new Object[] {"Police", "2016-Q1"},
                Locale.ENGLISH)).containsPattern(LATE_WORDS);
    }

    private void remindOn(LocalDate day) {
        var clock = Clock.fixed(day.atTime(7, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        var replay = new Reminders(schedules, periods, reports, plans, institutions, reminders, clock);
        SystemTasks.run("demo-reminders-replayed", replay::sendDue);
    }
}
