package org.ariadne.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ariadne.audit.AuditEntry;
import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditHistory.AuditFilter;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every step of a report's life leaves a line in the audit trail saying who did it and what changed, as the
 * M&E officer reads it back for the plan.
 */
@AriadneIntegrationTest
class ReportAuditTrailIntegrationTest {

    private static final Set<String> REPORT_TYPES = Set.of("progress-report", "report-activity", "report-value",
            "report-evidence");
    private static final String GIRLS = "SEX=FEMALE|AGE_GROUP=UNDER_18";
    private static final String WOMEN = "SEX=FEMALE|AGE_GROUP=ADULT";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

    @Autowired
    ProgressReports reports;
    @Autowired
    AuditHistory history;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;

    ReportingFixture plan;
    PeriodView period;
    SignedInUser focal;
    SignedInUser officer;
    SignedInUser coordinator;

    @BeforeEach
    void setUp() {
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
        focal = TestSignIn.user(Unique.username("police-focal"), plan.police, Role.FOCAL_POINT);
        officer = TestSignIn.user(Unique.username("officer"), null, Role.ME_OFFICER);
        coordinator = TestSignIn.user(Unique.username("coordinator"), null, Role.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void eachStepFromTheFirstSaveToTheReopeningIsTracedWithWhoAndWhatChanged() {
        var month = period.startsOn();
        as(focal);
        reports.saveActivity(period.id(), plan.police, plan.training, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Trained 40 officers", null, List.of()));
        reports.saveActivity(period.id(), plan.police, plan.training, 1,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Trained 45 officers", null, List.of()));
        reports.saveActivity(period.id(), plan.police, plan.operations, 0,
                new ActivityEntryCommand(ActivityStatus.COMPLETED, null, null, List.of()));
        reports.saveValue(period.id(), plan.police, plan.victimsIdentified, month, 0,
                new ValueCommand(new BigDecimal("12"), null, null, Map.of(GIRLS, new BigDecimal("5"), WOMEN,
                        new BigDecimal("7")), null));
        reports.saveValue(period.id(), plan.police, plan.victimsIdentified, month, 1,
                new ValueCommand(new BigDecimal("15"), null, null, Map.of(GIRLS, new BigDecimal("8"), WOMEN,
                        new BigDecimal("7")), null));
        var evidence = reports.attach(period.id(), plan.police, plan.training, "attendance list.pdf", PDF);
        reports.removeEvidence(evidence);
        reports.submit(period.id(), plan.police, version());
        as(officer);
        reports.returnForChanges(period.id(), plan.police, version(), "Say how many were women",
                Map.of(plan.training, "Split the officers by sex"));
        as(focal);
        reports.submit(period.id(), plan.police, version());
        as(coordinator);
        reports.accept(period.id(), plan.police, version());
        as(officer);
        reports.reopen(period.id(), plan.police, version(), "The number of victims was counted twice");

        var f = focal.getUsername();
        var o = officer.getUsername();
        var c = coordinator.getUsername();
        assertThat(trail()).containsExactly(
                f + " CREATED progress-report: status → DRAFT",
                f + " CREATED report-activity: status → STARTED; narrative → Trained 40 officers; spending → []",
                f + " UPDATED report-activity: narrative Trained 40 officers → Trained 45 officers",
                f + " CREATED report-activity: status → COMPLETED; spending → []",
                f + " CREATED report-value: period → " + month + "/" + month.plusMonths(1).minusDays(1)
                        + "; total → 12; parts → {" + WOMEN + "=7, " + GIRLS + "=5}",
                f + " UPDATED report-value: total 12 → 15; parts {" + WOMEN + "=7, " + GIRLS + "=5} → {" + WOMEN
                        + "=7, " + GIRLS + "=8}",
                f + " CREATED report-evidence: file → attendance list.pdf; type → application/pdf; bytes → "
                        + PDF.length,
                f + " DELETED report-evidence: file attendance list.pdf →",
                f + " UPDATED progress-report: status DRAFT → SUBMITTED; submittedBy → " + f,
                o + " UPDATED progress-report: status SUBMITTED → RETURNED; returnComment → Say how many were women",
                o + " UPDATED report-activity: reviewerComment → Split the officers by sex",
                f + " UPDATED progress-report: status RETURNED → SUBMITTED",
                c + " UPDATED progress-report: status SUBMITTED → ACCEPTED; acceptedBy → " + c,
                o + " UPDATED progress-report: status ACCEPTED → REOPENED; reopenReason → The number of victims was"
                        + " counted twice");
    }

    /**
     * The plan's trail of report changes, oldest first, one line per entry: "actor ACTION type: field before → after;
     * ..." with only the fields that changed (an empty side is a value that was not there).
     */
    private List<String> trail() {
        as(officer);
        var entries = new ArrayList<>(history.search(new AuditFilter(plan.planId, null, null, null, null, null), 0, 500));
        java.util.Collections.reverse(entries);
        return entries.stream().filter(entry -> REPORT_TYPES.contains(entry.entityType()))
                .map(ReportAuditTrailIntegrationTest::line).toList();
    }

    private static String line(AuditEntry entry) {
        return entry.actor() + " " + entry.action() + " " + entry.entityType() + ": " + entry.changes().stream()
                .map(change -> (change.field() + " " + shown(change.before()) + " → " + shown(change.after())).strip()
                        .replace("  ", " "))
                .collect(Collectors.joining("; "));
    }

    private static String shown(Object value) {
        return value == null ? "" : value.toString();
    }

    private int version() {
        return reports.sheet(period.id(), plan.police).reportVersion();
    }

    private static void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
