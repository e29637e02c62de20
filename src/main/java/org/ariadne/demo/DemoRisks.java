package org.ariadne.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.risks.RiskCategory;
import org.ariadne.risks.RiskCommand;
import org.ariadne.risks.RiskElement;
import org.ariadne.risks.RiskFilter;
import org.ariadne.risks.RiskStatus;
import org.ariadne.risks.Risks;
import org.ariadne.risks.ScenarioCommand;
import org.ariadne.risks.ScenarioCommand.PackageLine;
import org.ariadne.risks.Scenarios;
import org.ariadne.risks.ServiceKind;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo plan's risk register and contingency scenarios, entered by the demo M&amp;E officer: ten risks of the kind
 * seed 004 names (time, people, budget, crises), one of them critical and still without a mitigation so that the
 * quality audit has something to show, and two scenarios (pandemic, migrant influx) with their minimum packages of
 * victim services, not active. Loaded once: a plan whose register holds risks is left as it is.
 */
@Component
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoRisks {

    static final String OFFICER = "officer";

    private static final Logger log = LoggerFactory.getLogger(DemoRisks.class);

    private final Risks risks;
    private final Scenarios scenarios;
    private final Plans plans;
    private final Institutions institutions;
    private final Clock clock;

    DemoRisks(Risks risks, Scenarios scenarios, Plans plans, Institutions institutions, Clock clock) {
        this.risks = risks;
        this.scenarios = scenarios;
        this.plans = plans;
        this.institutions = institutions;
        this.clock = clock;
    }

    /** Writes the register and the scenarios of the plan unless its register holds risks; returns the risks written. */
    int load(long planId) {
        return SystemTasks.callAs(OFFICER, null, EnumSet.of(Role.ME_OFFICER), () -> loadAsOfficer(planId));
    }

    private int loadAsOfficer(long planId) {
        if (!risks.list(planId, RiskFilter.none()).isEmpty()) {
            return 0;
        }
        var elements = risks.elementChoices(planId);
        var today = LocalDate.now(clock);
        var written = 0;
        for (var risk : register()) {
            var element = elements.stream().filter(e -> e.code().equals(risk.code())).findFirst()
                    .map(RiskElement::reference).orElse("plan");
            var owner = institution(risk.owner()).map(InstitutionView::id).orElse(null);
            risks.create(planId, new RiskCommand(risk.description(), risk.category(), risk.likelihood(), risk.impact(),
                    risk.mitigation(), owner, risk.status(), today.plusMonths(risk.reviewInMonths()), element));
            written++;
        }
        var activities = scenarios.activityChoices(planId);
        scenarios.create(planId, ScenarioCommand.of("Pandemic",
                "A pandemic is declared; lockdowns and restrictions on movement; shelters and services short of staff; "
                        + "courts and prosecution postpone hearings.",
                packageOf(List.of(
                        line(ServiceKind.SHELTER, "Qendra për Mbrojtjen e Viktimave (demo)", "Isolation room; admissions after a test"),
                        line(ServiceKind.HEALTH_CARE, "Ministry of Health (demo)", "Emergency and primary care for victims in shelters"),
                        line(ServiceKind.HOTLINE, "Rrjeti Rinor Çelësi (demo)", "24/7, also by chat"),
                        line(ServiceKind.PSYCHOSOCIAL_SUPPORT, "Hope Shelter Peja (demo)", "Remote sessions"),
                        line(ServiceKind.IDENTIFICATION_REFERRAL, "Kosovo Police (demo)", "Referral by phone to the duty social worker"))),
                ids(activities, "A1.1.4", "A1.1.6", "A1.2.3", "A2.1.4", "A2.5.4")));
        scenarios.create(planId, ScenarioCommand.of("Migrant influx",
                "Arrivals of migrants and refugees rise sharply; reception centres are full; police and social services "
                        + "are diverted to reception.",
                packageOf(List.of(
                        line(ServiceKind.IDENTIFICATION_REFERRAL, "Kosovo Police (demo)", "Screening for trafficking indicators at reception"),
                        line(ServiceKind.SHELTER, "Safe House Gjakova (demo)", "Places kept for identified victims"),
                        line(ServiceKind.LEGAL_AID, "Victim Advocacy and Assistance Office (demo)", null),
                        line(ServiceKind.HEALTH_CARE, "Ministry of Health (demo)", null),
                        line(ServiceKind.RETURN_REINTEGRATION, "IOM Kosovo (demo)", "Assisted voluntary return"))),
                ids(activities, "A1.3.1", "A2.2.7", "A2.5.2")));
        log.info("Demo risk register written: {} risks, 2 contingency scenarios.", written);
        return written;
    }

    private record DemoRisk(String code, String description, RiskCategory category, int likelihood, int impact,
            String mitigation, String owner, RiskStatus status, int reviewInMonths) {
    }

    private static List<DemoRisk> register() {
        return List.of(
                new DemoRisk("", "The anti-trafficking budget line is cut or reallocated during the year (as in 2020)",
                        RiskCategory.FINANCIAL, 4, 5, null, "Ministry of Internal Affairs (demo)", RiskStatus.OPEN, 1),
                new DemoRisk("A2.2.3", "Shelter contracts with NGOs are signed late and shelters close for months",
                        RiskCategory.FINANCIAL, 3, 5, "Multi-year framework contracts; a bridging fund agreed with donors",
                        "Ministry of Labour and Social Welfare (demo)", RiskStatus.OPEN, 3),
                new DemoRisk("SO 2", "A crisis (pandemic, migrant influx) diverts police and social workers from victim assistance",
                        RiskCategory.EXTERNAL, 3, 4, "Contingency scenarios with a minimum package of victim services",
                        "Office of the National Anti-Trafficking Coordinator (demo)", RiskStatus.OPEN, 6),
                new DemoRisk("A2.1.7", "Trained police officers rotate out of the trafficking units within a year",
                        RiskCategory.OPERATIONAL, 4, 3, "Training of trainers; rotation agreed with the Directorate",
                        "Kosovo Police (demo)", RiskStatus.OPEN, 6),
                new DemoRisk("A2.2.8", "Victims withdraw their statements for fear of retaliation",
                        RiskCategory.SECURITY, 3, 4, "Witness protection measures; victim advocates at every hearing",
                        "Victim Advocacy and Assistance Office (demo)", RiskStatus.OPEN, 6),
                new DemoRisk("SO 1", "Municipal elections delay the awareness campaigns planned with municipalities",
                        RiskCategory.POLITICAL, 3, 2, "Campaigns scheduled outside the election period",
                        "Ministry of Local Government Administration (demo)", RiskStatus.MITIGATED, 12),
                new DemoRisk("A1.4.1", "Media coverage discloses the identity of victims",
                        RiskCategory.REPUTATIONAL, 2, 4, "Guidelines with the Independent Media Commission; training for journalists",
                        "Independent Media Commission (demo)", RiskStatus.OPEN, 6),
                new DemoRisk("A1.2.1", "The faculties do not adopt the curriculum topics before the plan ends",
                        RiskCategory.OPERATIONAL, 2, 2, "Agreement with the University before the academic year",
                        "University of Prishtina (demo)", RiskStatus.OPEN, 12),
                new DemoRisk("SO 2.3", "The secondary legislation for the identification of victims is not adopted in time",
                        RiskCategory.LEGAL, 3, 3, "Drafting group with the Ministry of Justice; timeline in the annual plan",
                        "Ministry of Justice (demo)", RiskStatus.OPEN, 3),
                new DemoRisk("A2.4.2", "A main donor ends its support for victim services",
                        RiskCategory.FINANCIAL, 2, 4, "Diversified funding; state budget share rising each year",
                        "Office of the National Anti-Trafficking Coordinator (demo)", RiskStatus.OCCURRED, 1));
    }

    private PackageLine line(ServiceKind service, String provider, String note) {
        return new PackageLine(service, institution(provider).map(InstitutionView::id).orElse(null), note);
    }

    /** The lines whose provider is in the directory (an office may have renamed a demo institution). */
    private static List<PackageLine> packageOf(List<PackageLine> lines) {
        return lines.stream().filter(line -> line.providerId() != null).toList();
    }

    private static List<Long> ids(List<org.ariadne.risks.ScenarioView.AffectedActivity> activities, String... codes) {
        var ids = new ArrayList<Long>();
        for (var code : codes) {
            activities.stream().filter(activity -> code.equals(activity.code())).findFirst()
                    .ifPresent(activity -> ids.add(activity.id()));
        }
        return ids;
    }

    private Optional<InstitutionView> institution(String name) {
        return name == null ? Optional.empty() : institutions.directory().find(name);
    }
}
