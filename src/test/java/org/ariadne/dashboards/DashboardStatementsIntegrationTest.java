package org.ariadne.dashboards;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.StatementLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A dashboard seen again costs no adding up of values: the plan's figures, its tree and the directory are kept, and
 * what a view still reads is counted here, so that a query added to every view shows up (issue 8's regressions were
 * looked for this way rather than by timing a loaded machine).
 */
@AriadneIntegrationTest
@Import(StatementLog.class)
class DashboardStatementsIntegrationTest {

    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    Plans plans;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aPlanDashboardSeenAgainReadsNoValuesAndNoPlan() throws Exception {
        var plan = new DashboardFixture(editing, institutions, schedules, reports, plans);
        var path = "/plans/" + plan.planId + "/dashboard?year=" + plan.year + "&area=PROTECTION";
        var member = TestSignIn.as(Role.MEMBER);
        mvc.perform(get(path).with(member)).andExpect(status().isOk());

        var log = StatementLog.during(() -> {
            try {
                mvc.perform(get(path).with(member)).andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        System.out.println("statements of a plan dashboard seen again: " + log.size());
        log.forEach(sql -> System.out.println("  " + sql));
        assertThat(StatementLog.reads(log, "report_value")).as("values added up again").isZero();
        assertThat(StatementLog.reads(log, "indicator_year_total")).as("totals read again").isZero();
        assertThat(StatementLog.reads(log, "activity")).as("the plan read again").isZero();
    }
}
