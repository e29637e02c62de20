package org.ariadne.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionLevel;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportingDemo;
import org.ariadne.reporting.SpendingCommand;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.security.ParticipantCommand;
import org.ariadne.security.Participants;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.workbook.WorkbookImports;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Issue 19: the installation as a regional body would run it. The home participant is named (Kosovo*, whose plan the
 * demo holds) and a second participant, Albania (demo), gets its own institutions, people, a small adopted action plan
 * and five accepted quarterly reports per reporting institution, all written through the facades as its own people
 * would, so that its plan and records belong to it; {@code regional.officer} works across both.
 */
@Component
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoSecondParticipant {

    static final String CODE = "AL";
    static final String PLAN_TITLE = "DEMO · Albania: National Action Plan against Trafficking in Persons 2016-2020";
    static final String POLICE = "State Police of Albania (demo)";
    static final String COORDINATOR_OFFICE = "Office of the National Anti-Trafficking Coordinator of Albania (demo)";
    static final String SOCIAL_SERVICE = "State Social Service of Albania (demo)";
    static final String NGO = "Different and Equal (demo)";

    private final Participants participants;
    private final Institutions institutions;
    private final UserAccounts accounts;
    private final WorkbookImports imports;
    private final PlanEditing editing;
    private final Plans plans;
    private final ReportingSchedules schedules;
    private final ProgressReports reports;
    private final ReportingDemo history;

    DemoSecondParticipant(Participants participants, Institutions institutions, UserAccounts accounts,
            WorkbookImports imports, PlanEditing editing, Plans plans, ReportingSchedules schedules,
            ProgressReports reports, ReportingDemo history) {
        this.participants = participants;
        this.institutions = institutions;
        this.accounts = accounts;
        this.imports = imports;
        this.editing = editing;
        this.plans = plans;
        this.schedules = schedules;
        this.reports = reports;
        this.history = history;
    }

    /** Names the home participant after the demo plan's (Kosovo*), as its administrator would. */
    void nameHome() {
        var home = participants.get(org.ariadne.common.participant.ParticipantScope.HOME);
        participants.update(home.id(), home.version(), new ParticipantCommand("XK", "Kosovo*", "Kosova*", "Kosovo*",
                "Косово*"));
    }

    /** The second participant, its institutions, people, plan and reports; returns the plan's id. */
    long load() {
        long albania = participants.createDemo(new ParticipantCommand(CODE, "Albania", "Shqipëria", "Albanija",
                "Албанија"));
        var ids = asOfficer(albania, () -> Map.of(
                POLICE, institution(POLICE, "ASP", InstitutionType.POLICE, "Policia e Shtetit (demo)"),
                COORDINATOR_OFFICE, institution(COORDINATOR_OFFICE, "ONAC", InstitutionType.OTHER,
                        "Zyra e Koordinatorit Kombëtar kundër Trafikimit (demo)"),
                SOCIAL_SERVICE, institution(SOCIAL_SERVICE, "SHSSH", InstitutionType.SOCIAL_SERVICES,
                        "Shërbimi Social Shtetëror (demo)"),
                NGO, institution(NGO, "D&E", InstitutionType.SHELTER_NGO, "Të Ndryshëm dhe të Barabartë (demo)")));
        account("coordinator.al", "Ledia Hoxha (demo coordinator, Albania)", null, albania, EnumSet.of(Role.COORDINATOR));
        account("officer.al", "Elira Hoxha (demo M&E officer, Albania)", null, albania, EnumSet.of(Role.ME_OFFICER));
        // across participants: the regional body's staff
        account("regional.officer", "Milena Stojanovska (demo regional officer)", null, null,
                EnumSet.of(Role.REGIONAL_OFFICER));
        var focalPoints = Map.of(ids.get(POLICE), "focal.al-police", ids.get(SOCIAL_SERVICE), "focal.al-social",
                ids.get(NGO), "focal.al-ngo", ids.get(COORDINATOR_OFFICE), "focal.al-onac");
        focalPoints.forEach((institution, username) -> account(username, "Focal point of "
                + institutions.directory().nameOf(institution) + " (Albania)", institution, albania,
                EnumSet.of(Role.FOCAL_POINT)));

        long planId = asOfficer(albania, () -> {
            try {
                var content = new ClassPathResource("demo/demo-plan-albania-2016-2020.csv").getContentAsByteArray();
                return imports.importAsNewPlan(PLAN_TITLE, 2016, 2020, "demo-plan-albania-2016-2020.csv", content)
                        .planId();
            } catch (IOException e) {
                throw new IllegalStateException("the Albanian demo plan could not be imported", e);
            }
        });
        asOfficer(albania, () -> {
            editing.markAsDemo(planId);
            var header = plans.header(planId).toCommand();
            editing.updatePlan(planId, plans.header(planId).version(), new PlanCommand(header.title(), header.vision(),
                    header.mission(), header.guidingPrinciples(), header.startYear(), header.endYear(),
                    PlanStatus.ADOPTED));
            schedules.configure(planId, 0, new ScheduleCommand(true, PeriodLength.QUARTERLY,
                    DeadlineRule.Kind.DAYS_AFTER, 15, 5));
            return null;
        });
        writeReports(albania, planId, focalPoints);
        return planId;
    }

    /** 2016 and the first quarter of 2017: every reporting institution's report, filled, sent and accepted. */
    private void writeReports(long albania, long planId, Map<Long, String> focalPoints) {
        var periods = asOfficer(albania, () -> schedules.periods(planId)).stream()
                .filter(period -> period.startsOn().getYear() == 2016
                        || period.startsOn().equals(java.time.LocalDate.of(2017, 1, 1)))
                .toList();
        var leads = asOfficer(albania, () -> plans.tree(planId).activities().map(ActivityView::leadInstitutionId)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList());
        int quarter = 0;
        for (var period : periods) {
            quarter++;
            var submitted = period.deadline().minusDays(2).atTime(10, 0);
            for (var institution : leads) {
                int value = quarter;
                boolean written = SystemTasks.callAs(focalPoints.get(institution), institution, albania,
                        EnumSet.of(Role.FOCAL_POINT), () -> {
                            var sheet = reports.sheet(period.id(), institution);
                            if (sheet.activities().isEmpty()) {
                                return false;
                            }
                            for (var entry : sheet.activities()) {
                                reports.saveActivity(period.id(), institution, entry.activity().id(),
                                        entry.entry().version(), new ActivityEntryCommand(ActivityStatus.STARTED,
                                                "Work went on in " + period.label() + " as planned (demo).", null,
                                                List.of(new SpendingCommand(FundingSourceKind.STATE_BUDGET, null,
                                                        BigDecimal.valueOf(750)))));
                            }
                            for (var indicator : sheet.indicators().toList()) {
                                for (var slot : indicator.values()) {
                                    reports.saveValue(period.id(), institution, indicator.indicator().id(),
                                            slot.startsOn(), slot.version(), new ValueCommand(
                                                    BigDecimal.valueOf(2L + value), null, null, Map.of(), null));
                                }
                            }
                            history.submit(period.id(), institution, submitted);
                            return true;
                        });
                if (written) {
                    asOfficer(albania, () -> {
                        history.accept(period.id(), institution, submitted.plusDays(5));
                        history.backdate(period.id(), institution, submitted.toLocalDate().atTime(9, 0));
                        return null;
                    });
                }
            }
        }
    }

    private long institution(String name, String shortName, InstitutionType type, String albanianName) {
        return institutions.createDemo(new InstitutionCommand(name, shortName, type, InstitutionLevel.NATIONAL,
                false, true, null, null, null, true).withNames(albanianName, null, null, null));
    }

    private void account(String username, String fullName, Long institutionId, Long participantId, Set<Role> roles) {
        if (!accounts.exists(username)) {
            accounts.createAtStartUp(new UserCommand(username, fullName, username + "@demo.invalid", institutionId,
                    roles, null, true, DemoData.PASSWORD, participantId));
        }
    }

    /** Runs as the Albanian M&E officer, who also keeps its directory of institutions. */
    private static <T> T asOfficer(long albania, Supplier<T> work) {
        return SystemTasks.callAs("officer.al", null, albania, EnumSet.of(Role.ME_OFFICER), work);
    }
}
