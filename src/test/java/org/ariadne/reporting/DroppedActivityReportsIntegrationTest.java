package org.ariadne.reporting;

import java.time.LocalDate;
import java.util.HashMap;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.AdoptionCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanVersions;
import org.ariadne.plan.VersionChange;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An activity the mid-term review drops is no longer asked for in the reports of periods starting on or after the
 * effective date of the version that dropped it, once that version is adopted; earlier periods keep it.
 */
@AriadneIntegrationTest
class DroppedActivityReportsIntegrationTest {

    @Autowired
    ProgressReports reports;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    PlanVersions versions;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private PeriodView periodStarting(ReportingFixture plan, LocalDate start) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return schedules.periods(plan.planId).stream().filter(p -> p.startsOn().equals(start)).findFirst()
                    .orElseThrow();
        } finally {
            TestSignIn.clear();
        }
    }

    private java.util.List<String> activitiesAskedFor(ReportingFixture plan, PeriodView period) {
        as(TestSignIn.user(Unique.username("focal"), plan.police, Role.FOCAL_POINT));
        try {
            return reports.sheet(period.id(), plan.police).activities().stream().map(a -> a.activity().title())
                    .toList();
        } finally {
            TestSignIn.clear();
        }
    }

    @Test
    void aDroppedActivityLeavesTheReportsOfPeriodsFromTheAdoptedVersionsEffectiveDateOnly() {
        var plan = new ReportingFixture(editing, institutions, schedules);
        int year = LocalDate.now().getYear() - 1;
        var effective = LocalDate.of(year, 7, 1);
        var before = periodStarting(plan, LocalDate.of(year, 4, 1));
        var from = periodStarting(plan, effective);
        var later = periodStarting(plan, LocalDate.of(year, 10, 1));

        TestSignIn.onThisThread(Role.ME_OFFICER);
        versions.startRevision(plan.planId);
        versions.drop(plan.operations);
        TestSignIn.clear();

        // while the revision is open nothing changes
        assertThat(activitiesAskedFor(plan, from)).containsExactly("Training of police officers", "Joint operations");

        TestSignIn.onThisThread(Role.COORDINATOR);
        var reasons = new HashMap<String, String>();
        versions.pendingChanges(plan.planId).stream().map(VersionChange::key)
                .forEach(key -> reasons.put(key, "Taken over by the border police"));
        versions.adopt(plan.planId, 0, new AdoptionCommand(effective, effective.minusDays(10), "MoF 7/" + year,
                "Favourable.", reasons));
        TestSignIn.clear();

        assertThat(activitiesAskedFor(plan, before)).as("a period before the effective date")
                .containsExactly("Training of police officers", "Joint operations");
        assertThat(activitiesAskedFor(plan, from)).as("the period starting on the effective date")
                .containsExactly("Training of police officers");
        assertThat(activitiesAskedFor(plan, later)).containsExactly("Training of police officers");

        // a later revision takes it back: the reports ask for it again from that version's effective date only
        TestSignIn.onThisThread(Role.ME_OFFICER);
        versions.startRevision(plan.planId);
        versions.restore(plan.operations);
        TestSignIn.clear();
        var nextYear = periodStarting(plan, LocalDate.of(year + 1, 1, 1));
        assertThat(activitiesAskedFor(plan, nextYear)).as("while the second revision is open")
                .containsExactly("Training of police officers");
        TestSignIn.onThisThread(Role.COORDINATOR);
        var again = new HashMap<String, String>();
        versions.pendingChanges(plan.planId).stream().map(VersionChange::key)
                .forEach(key -> again.put(key, "The border police could not take it over"));
        versions.adopt(plan.planId, 0, new AdoptionCommand(nextYear.startsOn(), nextYear.startsOn().minusDays(10),
                "MoF 1/" + (year + 1), "Favourable.", again));
        TestSignIn.clear();
        assertThat(activitiesAskedFor(plan, later)).containsExactly("Training of police officers");
        assertThat(activitiesAskedFor(plan, nextYear))
                .containsExactly("Training of police officers", "Joint operations");

        // the report refuses a status for the dropped activity in a later period
        as(TestSignIn.user(Unique.username("focal"), plan.police, Role.FOCAL_POINT));
        assertThatThrownBy(() -> reports.saveActivity(later.id(), plan.police, plan.operations, 0,
                new ActivityEntryCommand(org.ariadne.plan.ActivityStatus.STARTED, "Still going", null,
                        java.util.List.of())))
                .isInstanceOf(ReportingException.class);
    }
}
