package org.ariadne.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.commons.csv.CSVFormat;
import org.ariadne.common.spreadsheet.SpreadsheetRefusedException;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionLevel;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanSummary;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.SignInNotes;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.workbook.WorkbookImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo once, on an empty installation: institutions, accounts and the plan (imported through the
 * plan workbook importer, so the demo also proves that the importer reads a real plan), its reports, and the victim
 * register ({@link DemoRegister}, entered by the demo victim-data officer). Runs as "demo-loader", which is the name
 * the audit trail shows.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Ariadne-demo-2026";
    static final String PLAN_TITLE = "DEMO · Strategy and Action Plan against Trafficking in Human Beings 2015-2019";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Institutions institutions;
    private final UserAccounts accounts;
    private final WorkbookImports imports;
    private final PlanEditing editing;
    private final Plans plans;
    private final DemoReports reports;
    private final DemoSignIn signIn;
    private final DemoRegister register;
    private final DemoReviews reviews;
    private final DemoFinance finance;
    private final DemoRisks risks;
    private final DemoVersions versions;
    private final DemoOperationalPlans operationalPlans;
    private final DemoCoordination coordination; // coordination
    private final DemoEvaluations evaluations; // evaluations
    private final DemoTraining training; // training
    private final DemoRecommendations recommendations; // recommendations
    private final DemoStakeholders stakeholders; // stakeholders
    private final DemoLocalPlans localPlans; // plan: local and regional plans (issue 19)
    private final DemoSecondParticipant secondParticipant; // security: several participants (issue 19)
    private final DemoRegional regional; // regional: the regional indicator set and the participants' mappings

    DemoData(Institutions institutions, UserAccounts accounts, WorkbookImports imports, PlanEditing editing, Plans plans,
            DemoReports reports, DemoSignIn signIn, DemoRegister register, DemoReviews reviews,
            DemoFinance finance, DemoRisks risks, DemoVersions versions,
            DemoOperationalPlans operationalPlans, DemoCoordination coordination, DemoEvaluations evaluations,
            DemoTraining training, DemoRecommendations recommendations,
            DemoStakeholders stakeholders, // stakeholders
            DemoLocalPlans localPlans, // plan: local and regional plans (issue 19)
            DemoSecondParticipant secondParticipant, // security: several participants (issue 19)
            DemoRegional regional) { // regional
        this.secondParticipant = secondParticipant;
        this.regional = regional;
        this.localPlans = localPlans;
        this.evaluations = evaluations; // evaluations
        this.training = training; // training
        this.recommendations = recommendations; // recommendations
        this.stakeholders = stakeholders; // stakeholders
        this.operationalPlans = operationalPlans;
        this.coordination = coordination;
        this.versions = versions;
        this.risks = risks;
        this.reviews = reviews;
        this.register = register;
        this.finance = finance;
        this.signIn = signIn;
        this.reports = reports;
        this.institutions = institutions;
        this.accounts = accounts;
        this.imports = imports;
        this.editing = editing;
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-loader", null,
                List.of(new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()),
                        new SimpleGrantedAuthority(Role.ME_OFFICER.authority()))));
        try {
            load();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
            signIn.ready();
        }
    }

    private void load() throws IOException, SpreadsheetRefusedException {
        // the demo plan carries the demo flag (set below); its title is the office's to change
        boolean fresh = !plans.list().stream().anyMatch(PlanSummary::demo);
        Long planId = null;
        Map<Long, String> focalPoints = Map.of();
        if (fresh) {
            log.info("Loading demo data (institutions, accounts, the 2015-2019 plan)...");
            loadInstitutions();
            focalPoints = createAccounts();
            var content = new ClassPathResource("demo/demo-plan-2015-2019.csv").getContentAsByteArray();
            var outcome = imports.importAsNewPlan(PLAN_TITLE, 2015, 2019, "demo-plan-2015-2019.csv", content);
            editing.markAsDemo(outcome.planId());
            planId = outcome.planId();
            log.info("Demo plan loaded: {} elements. Writing two years of quarterly reports...", outcome.added());
        }
        // The victim register shares nothing with the reports but the institutions (written above): it is written
        // beside them, on a thread of its own, so that it adds (almost) nothing to the first start. It is found by its
        // cases, so a demo written before the register existed gets it on its next start.
        var registerWritten = CompletableFuture.runAsync(this::loadRegister,
                work -> new Thread(work, "demo-register").start());
        if (fresh) {
            long started = System.nanoTime();
            int written = reports.load(planId, focalPoints);
            log.info("Demo reports written: {} reports in {} s.", written, (System.nanoTime() - started) / 1_000_000_000);
            int rated = reviews.load(planId);
            log.info("Demo half-year reviews written: {} ratings over {} half-years.", rated, DemoReviews.HALVES.size());
            log.info("Demo commitments recorded: {}.", finance.load(planId)); // finance
            risks.load(planId); // risks: the demo plan's risk register and two contingency scenarios
            log.info("Demo operational plans written: {}.", operationalPlans.load(planId)); // operationalplan
            versions.load(planId); // versions: the mid-term review's version 2, in force from 2017
            coordination.load(planId); // coordination: meetings, actions, monthly reports, MoUs, services directory
            evaluations.load(planId); // evaluations: the mid-term evaluation by an invented independent evaluator
            // recommendations after evaluations: the coordinator answers the evaluation's recommendations too
            log.info("Demo recommendations written: {}.", recommendations.load(planId)); // recommendations
            log.info("Demo trainings recorded: {}.", training.load(planId)); // training: needs, plan, pool, trainings
            // plan (worklist): the demo M&E officer is responsible for every activity of the demo plan
            long demoPlan = planId;
            plans.tree(demoPlan).activities().forEach(activity -> editing.assignResponsible(activity.id(), "officer"));
            // stakeholders: contacts, the demo plan's grid, a closed consultation of 2014 and an open one
            log.info("Demo consultation comments written: {}.", stakeholders.load(planId));
            // victimdata: one indicator of the plan computed from the register, shown to members protected
            log.info("Demo indicator linked to the victim register: {}.", register.linkIndicator(planId));
            // plan (issue 19): a regional and a municipal plan under the national plan, with their activities' statuses
            localPlans.load(planId);
            // security (issue 19): the home participant named after the demo plan's, and a second participant, Albania,
            // with its institutions, people, adopted plan and accepted reports
            secondParticipant.nameHome();
            log.info("Demo second participant's plan written: {}.", secondParticipant.load());
            // regional (issue 19): the regional indicator set, mapped by both participants' officers
            log.info("Demo regional indicators mapped: {}.", regional.load());
        }
        try {
            registerWritten.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    private void loadRegister() {
        long started = System.nanoTime();
        var loaded = register.load();
        if (loaded != null) {
            log.info("Demo victim register written: {} cases, {} links confirmed, {} proposals rejected, {} left to "
                    + "decide, in {} ms.", loaded.cases(), loaded.confirmed(), loaded.rejected(), loaded.undecided(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void loadInstitutions() throws IOException {
        var directory = institutions.directory();
        try (var reader = new InputStreamReader(new ClassPathResource("demo/demo-institutions.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            for (var record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (directory.find(record.get("Name")).isPresent()) {
                    continue;
                }
                institutions.createDemo(new InstitutionCommand(record.get("Name"), record.get("Short name"),
                        InstitutionType.valueOf(record.get("Type")), InstitutionLevel.valueOf(record.get("Level")),
                        Boolean.parseBoolean(record.get("National Authority member")),
                        Boolean.parseBoolean(record.get("Reports progress")), null, null, null, true)
                        // workbook (issue 9): names in Albanian and Serbian and acronyms, for matching imported names
                        .withNames(record.get("Albanian name"), record.get("Serbian name"), null, record.get("Acronyms")));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The documented demo accounts: one per role, two focal points. The sign-in page and the log list them. */
    static final List<SignInNotes.SampleAccount> ACCOUNTS = List.of(
            new SignInNotes.SampleAccount("focal.police", Role.FOCAL_POINT, "demo.try.focal-police"),
            new SignInNotes.SampleAccount("focal.shelter", Role.FOCAL_POINT, "demo.try.focal-shelter"),
            new SignInNotes.SampleAccount("officer", Role.ME_OFFICER, "demo.try.officer"),
            new SignInNotes.SampleAccount("coordinator", Role.COORDINATOR, "demo.try.coordinator"),
            new SignInNotes.SampleAccount("member", Role.MEMBER, "demo.try.member"),
            new SignInNotes.SampleAccount("evaluator", Role.EVALUATOR, "demo.try.evaluator"),
            new SignInNotes.SampleAccount("admin", Role.ADMINISTRATOR, "demo.try.admin"),
            new SignInNotes.SampleAccount("victimdata", Role.VICTIM_DATA_OFFICER, "demo.try.victimdata"),
            // plan: local and regional plans (issue 19)
            new SignInNotes.SampleAccount("local.coordinator", Role.LOCAL_COORDINATOR, "demo.try.local-coordinator"),
            // security: several participants (issue 19); regional: the regional body's staff
            new SignInNotes.SampleAccount("coordinator.al", Role.COORDINATOR, "demo.try.coordinator-al"),
            new SignInNotes.SampleAccount("officer.al", Role.ME_OFFICER, "demo.try.officer-al"),
            new SignInNotes.SampleAccount("regional.officer", Role.REGIONAL_OFFICER, "demo.try.regional-officer"));

    static final String POLICE = "Kosovo Police (demo)";
    static final String SHELTER = "Qendra për Mbrojtjen e Viktimave (demo)";

    /** Creates the documented accounts; returns the institutions of the documented focal points, by institution. */
    private Map<Long, String> createAccounts() {
        var directory = institutions.directory();
        var police = directory.find(POLICE).map(i -> i.id()).orElseThrow();
        var shelter = directory.find(SHELTER).map(i -> i.id()).orElseThrow();
        // the installation's administrator, across participants: keeps the participants too (issue 19)
        if (!accounts.exists("admin")) {
            accounts.createAtStartUp(new UserCommand("admin", "Arben Gashi (demo administrator)", "admin@demo.invalid",
                    null, EnumSet.of(Role.ADMINISTRATOR), null, true, PASSWORD, null));
        }
        account("coordinator", "Vlora Berisha (demo coordinator)", null, EnumSet.of(Role.COORDINATOR));
        account("officer", "Fatmira Krasniqi (demo M&E officer)", null, EnumSet.of(Role.ME_OFFICER));
        account("focal.police", "Driton Hoxha (demo focal point, police)", police, EnumSet.of(Role.FOCAL_POINT));
        account("focal.shelter", "Mimoza Shala (demo focal point, shelter)", shelter, EnumSet.of(Role.FOCAL_POINT));
        account("member", "Besnik Morina (demo National Authority member)", null, EnumSet.of(Role.MEMBER));
        account("evaluator", "Jelena Petrović (demo evaluator)", null, EnumSet.of(Role.EVALUATOR),
                java.time.LocalDate.now().plusMonths(6));
        account("victimdata", "Teuta Rama (demo victim-data officer)", null, EnumSet.of(Role.VICTIM_DATA_OFFICER));
        // plan (issue 19): the coordinator of Gjakova/Đakovica, also the focal point of its municipal commission
        var commission = directory.find(DemoLocalPlans.COMMISSION).map(i -> i.id()).orElseThrow();
        account("local.coordinator", "Arta Gjini (demo local coordinator, Gjakova/Đakovica)", commission,
                EnumSet.of(Role.LOCAL_COORDINATOR, Role.FOCAL_POINT));
        return Map.of(police, "focal.police", shelter, "focal.shelter");
    }

    private void account(String username, String fullName, Long institutionId, Set<Role> roles) {
        account(username, fullName, institutionId, roles, null);
    }

    private void account(String username, String fullName, Long institutionId, Set<Role> roles,
            java.time.LocalDate accessUntil) {
        if (!accounts.exists(username)) {
            accounts.createAtStartUp(new UserCommand(username, fullName, username + "@demo.invalid", institutionId, roles,
                    accessUntil, true, PASSWORD));
        }
    }

    static String loginTable() {
        var lines = new java.util.ArrayList<String>();
        lines.add("  user name       role");
        ACCOUNTS.forEach(account -> lines.add("  %-15s %s".formatted(account.username(),
                account.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))));
        lines.add("  password for all: " + PASSWORD + "   (the sign-in page lists them too, with what to try)");
        return String.join(System.lineSeparator(), lines);
    }
}
