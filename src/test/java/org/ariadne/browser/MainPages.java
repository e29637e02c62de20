package org.ariadne.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
import org.ariadne.publication.PublicationException;
import org.ariadne.publication.PublicationSubject;
import org.ariadne.publication.Publishing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.reporting.SpendingCommand;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.review.CorrectiveActionCommand;
import org.ariadne.review.HalfYear;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.ariadne.victimdata.AssistanceDecision;
import org.ariadne.victimdata.CaseCommand;
import org.ariadne.victimdata.CaseScope;
import org.ariadne.victimdata.CaseStatus;
import org.ariadne.victimdata.ExploitationForm;
import org.ariadne.victimdata.VictimRegister;
import org.ariadne.victimdata.VictimService;
import org.ariadne.victimdata.linkage.Sex;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;

/**
 * The main pages of every role of DOMAIN.md, filled from one small plan that looks like the demo's: the police lead
 * a training (victims identified, by sex × age group, baseline and target, budget from the state and a donor) and
 * joint operations, a shelter leads the beds. The police's report of the quarter before last is accepted, their
 * report of the last quarter is a draft; the shelter's is submitted; the training is rated 2 with a corrective
 * action; the plan and the year's figures are on the portal. Built through the services, as people would.
 */
final class MainPages {

    static final String PASSWORD = "main-pages-Passw0rd";

    /** Who looks at the pages; each signs in with an account of their own. */
    enum Who {
        ANONYMOUS, ADMINISTRATOR, COORDINATOR, ME_OFFICER, FOCAL_POINT, MEMBER, EVALUATOR, VICTIM_DATA_OFFICER,
        /** issue 19: the administrator of the installation, who belongs to no participant and keeps them. */
        INSTALLATION_ADMINISTRATOR,
        /** issue 19: the regional body's officer, who belongs to no participant and compares them. */
        REGIONAL_OFFICER;

        /** Whether the person works across participants (an account of no participant). */
        boolean acrossParticipants() {
            return this == INSTALLATION_ADMINISTRATOR || this == REGIONAL_OFFICER;
        }
    }

    /**
     * A page as one person sees it. {@code owner} names the helper rebuilding the page while this test was written
     * (null for the others): their findings go to them rather than into their templates.
     */
    record Page(Who who, String name, String path, String owner) {
    }

    final long planId;
    final long police;
    final long shelter;
    final long training;
    final long operations;
    final long victims;
    final long anotherUser;
    final PeriodView last;
    final HalfYear half;
    final java.util.Map<Who, String> usernames = new java.util.EnumMap<>(Who.class);
    /** A victim case with an earlier case of the same person proposed, once {@link #withVictimCases} made them. */
    Long victimCase;
    /** This year's operational plan, drafted, and one of its lines, once {@link #withOperationalPlan} made them. */
    Long operationalPlanLine; // operationalplan

    MainPages(PlanEditing editing, Institutions institutions, ReportingSchedules schedules, ProgressReports reports,
            ReviewEditing reviews, Publishing publishing, UserAccounts accounts) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        int thisYear = LocalDate.now().getYear();
        var kit = new TestPlans(editing, institutions);
        police = kit.institution("Police", InstitutionType.POLICE);
        shelter = kit.institution("Shelter", InstitutionType.SHELTER_NGO);
        var donor = kit.institution("Donor", InstitutionType.DONOR);
        int year = LocalDate.now().getMonthValue() <= 3 ? thisYear - 1 : thisYear;
        var plan = kit.build(aPlan().named("Main pages plan").running(thisYear - 1, thisYear + 1)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Training of police officers").ledBy(police)
                        .budget(year, FundingSourceKind.STATE_BUDGET, police, "1000", "1000")
                        .budget(year, FundingSourceKind.DONOR, donor, "5000", "2000")
                        .withIndicator(anIndicator("Victims identified").baseline("38").target("55")
                                .by(Disaggregation.SEX, Disaggregation.AGE_GROUP)))
                .withActivity(anActivity("A1.1.2", "Joint operations").ledBy(police)
                        .withIndicator(anIndicator("Referral meetings held")))
                .withActivity(anActivity("A1.1.3", "Shelter beds").ledBy(shelter)
                        .withIndicator(anIndicator("Beds available").unit("beds").baseline("10").target("50"))));
        planId = plan.id();
        training = plan.element("A1.1.1");
        operations = plan.element("A1.1.2");
        var beds = plan.element("A1.1.3");
        victims = plan.indicator("Victims identified");
        var meetings = plan.indicator("Referral meetings held");
        schedules.configure(planId, 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        var ended = schedules.periods(planId).stream().filter(p -> p.endsOn().isBefore(LocalDate.now())).toList();
        last = ended.get(ended.size() - 1);
        var earlier = ended.get(ended.size() - 2);
        half = HalfYear.containing(last.endsOn());

        // the police: the quarter before last accepted, the last one a draft
        as(police);
        reports.saveActivity(earlier.id(), police, training, 0, new ActivityEntryCommand(ActivityStatus.STARTED,
                "Officers trained", null, List.of(new SpendingCommand(FundingSourceKind.STATE_BUDGET, police,
                        new BigDecimal("400")))));
        reports.saveActivity(earlier.id(), police, operations, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Operations held", null, List.of()));
        reports.saveValue(earlier.id(), police, victims, earlier.startsOn(), 0, new ValueCommand(new BigDecimal("12"),
                null, null, Map.of("SEX=FEMALE|AGE_GROUP=ADULT", new BigDecimal("7"), "SEX=MALE|AGE_GROUP=ADULT",
                        new BigDecimal("5")), null));
        reports.saveValue(earlier.id(), police, meetings, earlier.startsOn(), 0,
                new ValueCommand(new BigDecimal("4"), null, null, Map.of(), null));
        reports.submit(earlier.id(), police, reports.sheet(earlier.id(), police).reportVersion());
        TestSignIn.onThisThread(Role.COORDINATOR);
        reports.accept(earlier.id(), police, reports.sheet(earlier.id(), police).reportVersion());
        as(police);
        reports.saveActivity(last.id(), police, training, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Two more courses", null, List.of()));
        // the shelter: submitted, waiting for review
        as(shelter);
        reports.saveActivity(last.id(), shelter, beds, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Ten beds opened", null, List.of()));
        reports.submit(last.id(), shelter, reports.sheet(last.id(), shelter).reportVersion());

        TestSignIn.onThisThread(Role.ME_OFFICER);
        reviews.rate(planId, training, half, null, new RatingCommand(2, "Difficulties that can be handled"));
        reviews.addCorrectiveAction(planId, training, half,
                new CorrectiveActionCommand("Train the trainers", police, LocalDate.now().plusMonths(2)));
        TestSignIn.onThisThread(Role.COORDINATOR);
        // the submission and acceptances above recount and evict cached progress after their commits, in the
        // background: a preview taken before that settles is rightly refused as stale, and previewed again
        for (var subject : List.of(PublicationSubject.plan(), PublicationSubject.figures(year))) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).pollInSameThread()
                    .ignoreExceptionsMatching(refused -> refused instanceof PublicationException stale
                            && "publication.error.stale".equals(stale.messageKey()))
                    .until(() -> publishing.publish(planId, subject,
                            publishing.preview(planId, subject).fingerprint()) != null);
        }
        TestSignIn.clear();

        person(accounts, Who.ADMINISTRATOR, null, Role.ADMINISTRATOR);
        person(accounts, Who.COORDINATOR, null, Role.COORDINATOR);
        person(accounts, Who.ME_OFFICER, null, Role.ME_OFFICER);
        person(accounts, Who.FOCAL_POINT, police, Role.FOCAL_POINT);
        person(accounts, Who.MEMBER, null, Role.MEMBER);
        person(accounts, Who.EVALUATOR, null, Role.EVALUATOR);
        person(accounts, Who.VICTIM_DATA_OFFICER, null, Role.VICTIM_DATA_OFFICER);
        person(accounts, Who.INSTALLATION_ADMINISTRATOR, null, Role.ADMINISTRATOR);
        person(accounts, Who.REGIONAL_OFFICER, null, Role.REGIONAL_OFFICER);
        anotherUser = accounts.createAtStartUp(new UserCommand(Unique.username("colleague"), "Arta Colleague", null,
                police, EnumSet.of(Role.FOCAL_POINT), null, true, PASSWORD));
        // plan: the M&E officer is responsible for the training, so that their worklist shows it (issue 12)
        TestSignIn.onThisThread(Role.ME_OFFICER);
        editing.assignResponsible(training, usernames.get(Who.ME_OFFICER));
        // notices: and for the beds, whose report waits for review, so that the worklist shows a new report
        editing.assignResponsible(beds, usernames.get(Who.ME_OFFICER));
        TestSignIn.clear();
    }

    private void person(UserAccounts accounts, Who who, Long institution, Role role) {
        var username = Unique.username(who.name().replace("_", "").toLowerCase(java.util.Locale.ROOT));
        var until = who == Who.EVALUATOR ? LocalDate.now().plusMonths(3) : null;
        var participant = who.acrossParticipants() ? null : org.ariadne.common.participant.ParticipantScope.HOME;
        accounts.createAtStartUp(new UserCommand(username, "Main pages " + who.name().toLowerCase(java.util.Locale.ROOT),
                null, institution, Set.of(role), until, true, PASSWORD, participant));
        usernames.put(who, username);
    }

    private static void as(long institution) {
        var user = TestSignIn.user(Unique.username("focal"), institution, Role.FOCAL_POINT);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /**
     * Two identifications of one person in the victim register, the later with the earlier proposed, for the pages
     * of the register (the victim-data officer's; the coordinator reviews its access log).
     */
    MainPages withVictimCases(VictimRegister register) {
        TestSignIn.onThisThread(Role.VICTIM_DATA_OFFICER);
        try {
            // 1970–1989: the victim-data journey's Drita Hoxha is born in 1992 and must meet no earlier case of hers
            var born = LocalDate.of(1970, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(7_000));
            for (var identifiedOn : List.of(LocalDate.now().minusYears(2), LocalDate.now().minusMonths(1))) {
                victimCase = register.register(new CaseCommand(identifiedOn, police, shelter, CaseStatus.IDENTIFIED,
                        Sex.FEMALE, 16, "xk", "Prizren", "Dragash", CaseScope.INTERNAL,
                        EnumSet.of(ExploitationForm.SEXUAL), identifiedOn, AssistanceDecision.ACCEPTED, identifiedOn,
                        null, null, null, null, null, EnumSet.of(VictimService.SHELTER), true,
                        "Came with her aunt", "Drita", "Hoxha", born, "Prizren", "Bekim", "Fatime", "")).id();
            }
        } finally {
            TestSignIn.clear();
        }
        return this;
    }

    /** An annual report made before the current disclosure rule, once {@link #withOlderDisclosureRule} made it. */
    Long olderRuleDocument;

    /**
     * What was made before the disclosure rule was strengthened (7 Dec 2026), for the notices that say to make it
     * again: a finished annual report made under rule 1 (its page, the list of reports and the publication page say
     * so) and the year's figures on the portal published under rule 1 (the publication page says to publish them
     * again). Written as the migration left such rows, without generating anything.
     */
    MainPages withOlderDisclosureRule(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        var pdf = "%PDF-1.4 made before".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var madeAt = java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusDays(30).withNano(0));
        jdbc.sql("""
                        insert into generated_document (plan_id, kind, period_year, language, include_submitted, title,
                            status, progress, requested_by, requested_at, finished_at, pdf, docx, pdf_size, docx_size,
                            disclosure_rule)
                        values (?, 'ANNUAL_REPORT', ?, 'en', false, ?, 'FINISHED', 100, 'officer', ?, ?, ?, ?, ?, ?, 1)""")
                .params(planId, LocalDate.now().getYear() - 1, "Annual implementation report "
                        + (LocalDate.now().getYear() - 1), madeAt, madeAt, pdf, pdf, (long) pdf.length, (long) pdf.length)
                .update(keys, "id");
        olderRuleDocument = keys.getKey().longValue();
        jdbc.sql("update publication set disclosure_rule = 1 where plan_id = ? and kind = 'FIGURES' and on_portal = true")
                .param(planId).update();
        return this;
    }

    /** risks: a risk of the training and an active scenario, once {@link #withRisks} made them. */
    Long risk;
    Long scenario;

    /**
     * risks: the register holds a critical risk of the training without mitigation and a low one, and a pandemic
     * scenario with its minimum package is active, so that the dashboard shows contingency mode.
     */
    MainPages withRisks(org.ariadne.risks.Risks risks, org.ariadne.risks.Scenarios scenarios) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            risk = risks.create(planId, new org.ariadne.risks.RiskCommand("Trained officers leave the unit",
                    org.ariadne.risks.RiskCategory.OPERATIONAL, 4, 5, null, police, org.ariadne.risks.RiskStatus.OPEN,
                    null, "activity-" + training));
            risks.create(planId, new org.ariadne.risks.RiskCommand("Meetings postponed",
                    org.ariadne.risks.RiskCategory.OTHER, 1, 2, "Meet online", null, org.ariadne.risks.RiskStatus.OPEN,
                    LocalDate.now().plusMonths(2), "plan"));
            scenario = scenarios.create(planId, org.ariadne.risks.ScenarioCommand.of("Pandemic", "Lockdown declared",
                    List.of(new org.ariadne.risks.ScenarioCommand.PackageLine(org.ariadne.risks.ServiceKind.SHELTER,
                            shelter, "Isolation room")), List.of(operations)));
            TestSignIn.onThisThread(Role.COORDINATOR);
            scenarios.activate(scenario, scenarios.get(scenario).version(),
                    new org.ariadne.risks.ActivationCommand(LocalDate.now(), "Lockdown"));
        } finally {
            TestSignIn.clear();
        }
        return this;
    }

    // operationalplan
    /** This year's operational plan of the plan, drafted by the M&amp;E officer (the coordinator approves it). */
    MainPages withOperationalPlan(org.ariadne.operationalplan.OperationalPlanEditing editing,
            org.ariadne.operationalplan.OperationalPlans operationalPlans) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            int year = LocalDate.now().getYear();
            editing.draft(planId, year);
            operationalPlanLine = operationalPlans.get(planId, year).lines().get(0).id();
        } finally {
            TestSignIn.clear();
        }
        return this;
    }

    // coordination
    /** A National Authority session with attendance, two decisions and an action of the police, an MoU, a service. */
    Long meeting;
    Long agreement;
    Long service;

    MainPages withCoordination(org.ariadne.coordination.Meetings meetings,
            org.ariadne.coordination.FollowUpActions actions, org.ariadne.coordination.Agreements agreements,
            org.ariadne.services.Services services) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            meeting = meetings.create(new org.ariadne.coordination.MeetingCommand(
                    org.ariadne.coordination.MeetingKind.NATIONAL_AUTHORITY, "National Authority, spring session",
                    LocalDate.now().minusDays(3), java.time.LocalTime.of(10, 0), java.time.LocalTime.of(12, 0),
                    "Government building, hall 3", "Opening\nAnnual report", List.of(police, shelter), null, null,
                    List.of(police, shelter), List.of("Director of investigations", "Executive director"),
                    List.of("2", "1"), List.of("3", "0"),
                    List.of("The annual report is adopted.", "A working group on labour exploitation is set up."),
                    "The session opened at 10:00."));
            actions.create(meeting, new org.ariadne.coordination.FollowUpCommand("Report the joint investigations", 2,
                    police, LocalDate.now().minusDays(1), training, org.ariadne.coordination.ActionStatus.OPEN, null));
            agreement = agreements.create(new org.ariadne.coordination.AgreementCommand(
                    org.ariadne.coordination.AgreementKind.MOU, "MoU on the referral of victims",
                    LocalDate.now().minusYears(2), LocalDate.now().plusDays(40), "Referral of victims to shelters",
                    org.ariadne.coordination.AgreementStatus.IN_FORCE, java.util.Arrays.asList(police, shelter),
                    java.util.Arrays.asList(null, null), java.util.Arrays.asList("Refers victims", "Admits them"),
                    List.of(training)));
            service = services.create(new org.ariadne.services.ServiceCommand("Shelter for victims of trafficking",
                    org.ariadne.services.ServiceType.SHELTER, shelter, "Prishtina", "Prishtina", 18,
                    java.util.Set.of(org.ariadne.services.TargetGroup.WOMEN, org.ariadne.services.TargetGroup.CHILDREN),
                    "+383 38 000 101", "24/7"));
        } finally {
            TestSignIn.clear();
        }
        return this;
    }

    // evaluations
    /** An evaluation of the plan in progress with the main pages' evaluator on its team, once {@link #withEvaluation} made it. */
    Long evaluation;

    /** evaluations: a mid-term evaluation, in progress, rated on effectiveness, with one recommendation. */
    MainPages withEvaluation(org.ariadne.evaluations.Evaluations evaluations) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            evaluation = evaluations.create(org.ariadne.evaluations.EvaluationCommand.empty(planId)
                    .withTitle("Mid-term evaluation"));
            evaluations.moveTo(evaluation, 0, org.ariadne.evaluations.EvaluationStatus.IN_PROGRESS);
            evaluations.assign(evaluation, new org.ariadne.evaluations.TeamCommand(usernames.get(Who.EVALUATOR),
                    LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)));
            evaluations.ask(evaluation, new org.ariadne.evaluations.QuestionCommand(
                    org.ariadne.evaluations.Criterion.EFFECTIVENESS, "Were the officers trained as planned?"));
            evaluations.assess(evaluation, org.ariadne.evaluations.Criterion.EFFECTIVENESS, 0,
                    new org.ariadne.evaluations.AssessmentCommand("Most courses were held.",
                            org.ariadne.evaluations.Rating.SATISFACTORY, List.of("activity-" + training)));
            evaluations.recommend(evaluation, new org.ariadne.evaluations.RecommendationCommand("R1",
                    "Train the trainers.", "en", org.ariadne.evaluations.Criterion.EFFECTIVENESS,
                    org.ariadne.evaluations.Priority.HIGH));
        } finally {
            TestSignIn.clear();
        }
        return this;
    }

    // recommendations
    /** recommendations: a GRETA source and a recommendation to the police, once {@link #withRecommendations} made them. */
    Long recommendation;

    /**
     * recommendations: a GRETA round with a recommendation addressed to the police, linked to the training, with a
     * follow-up note and the coordinator's management response.
     */
    /** plan (issue 19): a municipal plan under the fixture's plan, one of its objectives mapped onto it. */
    Long localPlan;
    Long territorialUnit;

    MainPages withLocalPlan(org.ariadne.institutions.TerritorialUnits units, org.ariadne.plan.LocalPlans local,
            PlanEditing editing, Institutions institutions) {
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        try {
            var region = units.create(new org.ariadne.institutions.TerritorialUnitCommand(
                    org.ariadne.support.Unique.name("Prizren region"), org.ariadne.institutions.TerritorialUnitKind.REGION,
                    null, null, null, null));
            territorialUnit = units.create(new org.ariadne.institutions.TerritorialUnitCommand(
                    org.ariadne.support.Unique.name("Gjakova"), org.ariadne.institutions.TerritorialUnitKind.MUNICIPALITY,
                    region, null, null, null));
            TestSignIn.onThisThread(Role.ME_OFFICER);
            var built = new TestPlans(editing, institutions).build(aPlan().named("Gjakova local plan")
                    .running(LocalDate.now().getYear() - 1, LocalDate.now().getYear() + 1)
                    .withStrategicObjective("SO 1", "Local protection", ThematicArea.PROTECTION)
                    .withSpecificObjective("SO 1.1", "Local identification")
                    .withActivity(anActivity("A1.1.1", "Municipal referral team").ledBy(police)));
            localPlan = built.id();
            local.place(localPlan, territorialUnit, planId);
            var target = local.nationalObjectives(planId).get(0).key();
            local.map(org.ariadne.plan.LocalPlans.ElementKind.STRATEGIC, built.element("SO 1"), target);
        } finally {
            TestSignIn.clear();
        }
        return this;
    }

    // regional (issue 19)
    /**
     * The first participant {@link org.ariadne.regional.RegionalFixture} made (its edit form) and the regional indicator
     * both the home participant and the second map, once {@link #withRegional} made them.
     */
    Long participant;
    Long regionalIndicator;

    /**
     * regional (issue 19): two more participants with their own national plans (one adopted, reported and accepted,
     * one a draft), two regional indicators, "victims identified" mapped by the home participant (this plan's
     * indicator) and by the draft's participant, "shelter places" by the adopted plan's, so that the comparison shows
     * figures, "not mapped" and every criterion; waits until the adopted plan's accepted value shows.
     */
    MainPages withRegional(org.ariadne.regional.RegionalFixture others, org.ariadne.regional.RegionalIndicators set,
            org.ariadne.regional.RegionalMapping mapping, org.ariadne.regional.RegionalComparison comparison) {
        participant = others.participantA;
        var regionalOfficer = TestSignIn.userOf(null, Unique.username("regional"), null, Role.REGIONAL_OFFICER);
        try {
            signInOnThisThread(regionalOfficer);
            var code = Unique.username("r").toUpperCase(java.util.Locale.ROOT);
            regionalIndicator = set.create(new org.ariadne.regional.RegionalIndicatorCommand(code + "-1",
                    "Victims identified", "Viktima të identifikuara", "Identifikovane žrtve", "Идентификувани жртви",
                    "persons", org.ariadne.plan.Direction.INCREASE));
            long places = set.create(new org.ariadne.regional.RegionalIndicatorCommand(code + "-2",
                    "Shelter places for victims", "Vende strehimi për viktimat", "Mesta u skloništima za žrtve",
                    "Места во засолништа за жртви", "places", org.ariadne.plan.Direction.INCREASE));
            TestSignIn.onThisThread(Role.ME_OFFICER);
            mapping.map(new org.ariadne.regional.MappingCommand(regionalIndicator, victims));
            signInOnThisThread(TestSignIn.userOf(others.participantA, Unique.username("officer"), null, Role.ME_OFFICER));
            mapping.map(new org.ariadne.regional.MappingCommand(places, others.bedsIndicatorA));
            signInOnThisThread(TestSignIn.userOf(others.participantB, Unique.username("officer"), null, Role.ME_OFFICER));
            mapping.map(new org.ariadne.regional.MappingCommand(regionalIndicator, others.victimsIndicatorB));
            // the acceptance of the adopted plan's report recounts its progress after the commit, in the background
            signInOnThisThread(regionalOfficer);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).pollInSameThread()
                    .until(() -> comparison.compare(java.util.Locale.ENGLISH).rows().stream()
                            .filter(row -> row.indicator().id() == places).flatMap(row -> row.cells().stream())
                            .anyMatch(cell -> cell.value() != null));
        } finally {
            TestSignIn.clear();
        }
        return this;
    }

    private static void signInOnThisThread(org.ariadne.security.SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    MainPages withRecommendations(org.ariadne.recommendations.Recommendations recommendations) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            var source = recommendations.createSource(new org.ariadne.recommendations.SourceCommand(planId,
                    org.ariadne.recommendations.SourceKind.GRETA, "GRETA third round", "third round", 2024, null));
            recommendation = recommendations.create(source, new org.ariadne.recommendations.RecommendationCommand(
                    "Ensure that victims are identified proactively at the border.",
                    "Të sigurohet identifikimi proaktiv i viktimave në kufi.", "", "", "§ 12", LocalDate.now(),
                    org.ariadne.recommendations.Priority.HIGH, List.of(police),
                    org.ariadne.recommendations.RecommendationStatus.PARTLY, null, LocalDate.now().minusDays(1)));
            recommendations.linkActivity(recommendation, recommendations.get(recommendation).version(), training);
            recommendations.addFollowUp(recommendation, new org.ariadne.recommendations.FollowUpCommand(
                    LocalDate.now().getYear() - 1, "Border officers trained.", "Attendance lists", null), null);
            TestSignIn.onThisThread(Role.COORDINATOR);
            recommendations.respond(recommendation, null, new org.ariadne.recommendations.ResponseCommand(
                    org.ariadne.recommendations.ResponseDecision.ACCEPTED, null, "Joint screening teams", police,
                    LocalDate.now().plusMonths(3), org.ariadne.recommendations.ResponseStatus.OPEN, null));
        } finally {
            TestSignIn.clear();
        }
        return this;
    }

    // stakeholders
    /** stakeholders: a police contact, a round inviting the police with their comment, its outside link's token. */
    Long stakeholderContact;
    Long consultation;
    Long consultationComment;
    String consultationToken;

    /**
     * stakeholders: two police contacts (one without consent), the police and the shelter on the plan's grid, a
     * consultation inviting the police with one comment of theirs and an outside organisation's link.
     */
    MainPages withStakeholders(org.ariadne.stakeholders.Contacts contacts,
            org.ariadne.stakeholders.StakeholderAnalysis analysis, org.ariadne.stakeholders.Consultations consultations) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            stakeholderContact = contacts.create(police, new org.ariadne.stakeholders.ContactCommand("Arta Krasniqi",
                    "Head of unit", "arta@police.example", "+383 38 000 000",
                    Set.of(org.ariadne.stakeholders.ContactLanguage.ALBANIAN), true, LocalDate.now().minusDays(2), null));
            contacts.create(police, new org.ariadne.stakeholders.ContactCommand("Besnik Gashi", null, null, null,
                    Set.of(), false, null, "Through the focal point only."));
            analysis.place(planId, new org.ariadne.stakeholders.PlacementCommand(police, 5, 4, null,
                    "Leads identification"));
            analysis.place(planId, new org.ariadne.stakeholders.PlacementCommand(shelter, 4, 2, null,
                    "Runs the shelter"));
            var opened = consultations.open(planId, new org.ariadne.stakeholders.RoundCommand("Consultation on the draft",
                    "Validation of the draft plan", LocalDate.now(), LocalDate.now().plusWeeks(3), Set.of(police),
                    List.of("Women's network"), List.of("network@example.org")));
            consultation = opened.id();
            consultationToken = opened.links().get(0).token();
            as(police);
            consultations.comment(consultation, java.util.Map.of("a-" + training, "Add the southern border crossings."));
            TestSignIn.onThisThread(Role.ME_OFFICER);
            consultationComment = consultations.comments(consultation).get(0).id();
        } finally {
            TestSignIn.clear();
        }
        return this;
    }

    /** Every main page of every role, each once, for the person whose work it is. */
    List<Page> all() {
        var plan = "/plans/" + planId;
        var pages = new ArrayList<Page>();
        // anyone: sign-in, the public portal, the error pages
        add(pages, Who.ANONYMOUS, "sign-in", "/login");
        add(pages, Who.ANONYMOUS, "portal", "/portal");
        add(pages, Who.ANONYMOUS, "portal plan", "/portal/plans/" + planId);
        add(pages, Who.ANONYMOUS, "error not found (public)", "/portal/plans/999999999");
        // the coordinator: approve, publish, follow ("/" lands on the reports waiting for approval)
        add(pages, Who.COORDINATOR, "start", "/");
        add(pages, Who.COORDINATOR, "report waiting for review", "/reporting/" + last.id() + "/institutions/" + shelter,
                "reportforms");
        add(pages, Who.COORDINATOR, "publication", plan + "/publication");
        add(pages, Who.COORDINATOR, "publication preview", plan + "/publication/preview?kind=PLAN");
        add(pages, Who.COORDINATOR, "notices", "/notices");
        // the M&E officer: build the plan, follow reporting, review, generate reports
        add(pages, Who.ME_OFFICER, "start", "/");
        add(pages, Who.ME_OFFICER, "plans", "/plans");
        add(pages, Who.ME_OFFICER, "plan tree", plan);
        add(pages, Who.ME_OFFICER, "monitoring matrix", plan + "/matrix");
        add(pages, Who.ME_OFFICER, "plan quality", plan + "/quality");
        add(pages, Who.ME_OFFICER, "plan edit", plan + "/edit");
        add(pages, Who.ME_OFFICER, "new plan", "/plans/new");
        add(pages, Who.ME_OFFICER, "plan import", "/plans/import");
        add(pages, Who.ME_OFFICER, "activity", "/activities/" + training);
        add(pages, Who.ME_OFFICER, "activity edit", "/activities/" + training + "/edit");
        add(pages, Who.ME_OFFICER, "indicator edit", "/indicators/" + victims + "/edit");
        add(pages, Who.ME_OFFICER, "completeness", "/reporting/plans/" + planId + "/completeness");
        add(pages, Who.ME_OFFICER, "overdue", "/reporting/plans/" + planId + "/overdue");
        add(pages, Who.ME_OFFICER, "reporting schedule", "/reporting/plans/" + planId + "/schedule");
        add(pages, Who.ME_OFFICER, "holidays", "/reporting/holidays");
        add(pages, Who.ME_OFFICER, "half-year review", plan + "/review?half=" + half.label(), "review");
        add(pages, Who.ME_OFFICER, "corrective actions", plan + "/corrective-actions");
        add(pages, Who.ME_OFFICER, "documents", plan + "/documents");
        add(pages, Who.ME_OFFICER, "institutions", "/institutions");
        add(pages, Who.ME_OFFICER, "new institution", "/institutions/new");
        add(pages, Who.ME_OFFICER, "audit trail", "/audit");
        add(pages, Who.ME_OFFICER, "search", "/search?q=police");
        // dataquality
        add(pages, Who.ME_OFFICER, "data quality", plan + "/data-quality?period=" + last.id());
        add(pages, Who.ME_OFFICER, "data-quality checks", plan + "/data-quality/rules");
        // the focal point: their reports ("/" lands on them)
        add(pages, Who.FOCAL_POINT, "start", "/");
        add(pages, Who.FOCAL_POINT, "report form", "/reporting/" + last.id() + "/institutions/" + police,
                "reportforms");
        add(pages, Who.FOCAL_POINT, "institution dashboard", plan + "/institutions/" + police + "/dashboard");
        add(pages, Who.FOCAL_POINT, "account", "/account");
        // the member (and donors): read the plan, the dashboards, the accepted reports
        add(pages, Who.MEMBER, "start", "/");
        add(pages, Who.MEMBER, "dashboard", plan + "/dashboard");
        add(pages, Who.MEMBER, "budget", plan + "/budget");
        add(pages, Who.MEMBER, "indicator dashboard", "/indicators/" + victims + "/dashboard");
        add(pages, Who.MEMBER, "error not found", "/plans/999999999");
        add(pages, Who.MEMBER, "error refused", "/admin/users");
        // the administrator: users and institutions ("/" lands on the users)
        add(pages, Who.ADMINISTRATOR, "start", "/");
        add(pages, Who.ADMINISTRATOR, "new user", "/admin/users/new");
        add(pages, Who.ADMINISTRATOR, "user", "/admin/users/" + anotherUser);
        add(pages, Who.ADMINISTRATOR, "user password", "/admin/users/" + anotherUser + "/password");
        // the evaluator and the victim-data officer: where they land
        add(pages, Who.EVALUATOR, "start", "/");
        add(pages, Who.VICTIM_DATA_OFFICER, "start", "/");
        if (olderRuleDocument != null) {
            add(pages, Who.ME_OFFICER, "document made before the current disclosure rule",
                    "/documents/" + olderRuleDocument);
        }
        if (victimCase != null) {
            add(pages, Who.VICTIM_DATA_OFFICER, "victim register", "/victim-data/cases");
            add(pages, Who.VICTIM_DATA_OFFICER, "new victim case", "/victim-data/cases/new");
            add(pages, Who.VICTIM_DATA_OFFICER, "victim case", "/victim-data/cases/" + victimCase);
            add(pages, Who.VICTIM_DATA_OFFICER, "victim case edit", "/victim-data/cases/" + victimCase + "/edit");
            add(pages, Who.VICTIM_DATA_OFFICER, "victim register access log", "/victim-data/access-log");
            add(pages, Who.COORDINATOR, "victim register access log", "/victim-data/access-log");
        }
        // the register's statistics: exact for the office, protected for members
        add(pages, Who.COORDINATOR, "victim statistics", "/victim-data/statistics?rows=YEAR&columns=SEX&tables=AGE_GROUP");
        add(pages, Who.MEMBER, "victim statistics (protected)", "/victim-data/statistics");
        // finance
        add(pages, Who.MEMBER, "finance", plan + "/finance");
        add(pages, Who.ME_OFFICER, "new commitment", plan + "/commitments/new");
        add(pages, Who.ME_OFFICER, "exchange rates", "/finance/rates");
        // risks: the register with its heat map, the risk form, the scenarios and one scenario's page
        if (risk != null) {
            add(pages, Who.ME_OFFICER, "risk register", plan + "/risks");
            add(pages, Who.ME_OFFICER, "new risk", plan + "/risks/new");
            add(pages, Who.ME_OFFICER, "risk edit", "/risks/" + risk + "/edit");
            add(pages, Who.ME_OFFICER, "contingency scenarios", plan + "/scenarios");
            add(pages, Who.ME_OFFICER, "scenario edit", "/scenarios/" + scenario + "/edit");
            add(pages, Who.COORDINATOR, "scenario", "/scenarios/" + scenario);
            add(pages, Who.FOCAL_POINT, "risk register", plan + "/risks");
        }
        // versions: the plan's versions, version 1 read only, the comparison
        add(pages, Who.COORDINATOR, "plan versions", plan + "/versions");
        add(pages, Who.MEMBER, "plan version 1", plan + "/versions/1");
        add(pages, Who.MEMBER, "plan versions compared", plan + "/versions/compare");
        // strategy: the list and the coordinator's form
        add(pages, Who.MEMBER, "strategies", "/strategies");
        add(pages, Who.COORDINATOR, "new strategy", "/strategies/new");
        // operationalplan: the year's operational plan, drafted by the officer, approved by the coordinator, read by all
        if (operationalPlanLine != null) {
            var year = plan + "/operational-plans/" + LocalDate.now().getYear();
            add(pages, Who.ME_OFFICER, "operational plans", plan + "/operational-plans");
            add(pages, Who.ME_OFFICER, "operational plan", year);
            add(pages, Who.ME_OFFICER, "operational plan line", year + "/lines/" + operationalPlanLine);
            add(pages, Who.COORDINATOR, "operational plan", year);
            add(pages, Who.FOCAL_POINT, "operational plan", year);
        }
        // coordination: the meetings list (and the pages around it), the register, agreements, the services directory
        if (meeting != null) {
            add(pages, Who.ME_OFFICER, "meetings", "/meetings");
            add(pages, Who.ME_OFFICER, "coordination overview", "/coordination");
            add(pages, Who.ME_OFFICER, "meeting", "/meetings/" + meeting);
            add(pages, Who.ME_OFFICER, "meeting edit", "/meetings/" + meeting + "/edit");
            add(pages, Who.ME_OFFICER, "new follow-up action", "/meetings/" + meeting + "/actions/new");
            add(pages, Who.FOCAL_POINT, "follow-up actions", "/follow-up-actions");
            add(pages, Who.FOCAL_POINT, "meeting", "/meetings/" + meeting);
            add(pages, Who.ME_OFFICER, "committee reports", "/committee-reports");
            add(pages, Who.ME_OFFICER, "new committee report", "/committee-reports/new");
            add(pages, Who.MEMBER, "agreements", "/agreements");
            add(pages, Who.MEMBER, "agreement", "/agreements/" + agreement);
            add(pages, Who.ME_OFFICER, "agreement edit", "/agreements/" + agreement + "/edit");
            add(pages, Who.FOCAL_POINT, "services directory", "/services");
            add(pages, Who.ME_OFFICER, "service edit", "/services/" + service + "/edit");
        }
        // evaluations: the list, the evaluation page, the evaluator's rating form
        if (evaluation != null) {
            add(pages, Who.ME_OFFICER, "evaluations", "/evaluations");
            add(pages, Who.ME_OFFICER, "evaluation", "/evaluations/" + evaluation);
            add(pages, Who.EVALUATOR, "evaluations", "/evaluations");
            add(pages, Who.EVALUATOR, "evaluation criterion", "/evaluations/" + evaluation + "/criteria/effectiveness");
        }
        // plan: the plan's thematic areas, kept by the officer, read by all (issue 9)
        add(pages, Who.ME_OFFICER, "thematic areas", plan + "/areas");
        add(pages, Who.MEMBER, "thematic areas", plan + "/areas");
        // training: the trainings list (the officer's register, the member's figures only)
        add(pages, Who.ME_OFFICER, "trainings", "/trainings");
        add(pages, Who.MEMBER, "trainings (figures)", "/trainings");
        // recommendations: the tracker, one recommendation's page, its response form
        if (recommendation != null) {
            add(pages, Who.MEMBER, "recommendations", "/recommendations?plan=" + planId);
            add(pages, Who.FOCAL_POINT, "recommendations", "/recommendations");
            add(pages, Who.ME_OFFICER, "recommendation", "/recommendations/" + recommendation);
            add(pages, Who.COORDINATOR, "management response", "/recommendations/" + recommendation + "/response");
        }
        // plan: the M&E officer's worklist (issue 12)
        add(pages, Who.ME_OFFICER, "worklist", "/my/activities");
        // victimdata: the case import's upload page; the indicators computed from the register (the office's page)
        add(pages, Who.VICTIM_DATA_OFFICER, "victim case import", "/victim-data/cases/import");
        add(pages, Who.ME_OFFICER, "indicators from the victim register", "/victim-data/statistics/indicators");
        // stakeholders: contacts, the grid, the consultation pages of the office and the focal point, the outside link
        if (consultation != null) {
            add(pages, Who.ME_OFFICER, "all contact people", "/stakeholders/contacts");
            add(pages, Who.ME_OFFICER, "contact people", "/stakeholders/institutions/" + police + "/contacts");
            add(pages, Who.FOCAL_POINT, "contact people", "/stakeholders/institutions/" + police + "/contacts");
            add(pages, Who.FOCAL_POINT, "contact edit", "/stakeholders/contacts/" + stakeholderContact + "/edit");
            add(pages, Who.ME_OFFICER, "stakeholder analysis", plan + "/stakeholders");
            add(pages, Who.ME_OFFICER, "consultations", plan + "/consultations");
            add(pages, Who.ME_OFFICER, "new consultation", plan + "/consultations/new");
            add(pages, Who.ME_OFFICER, "consultation", "/consultations/" + consultation);
            add(pages, Who.ME_OFFICER, "disposition", "/consultations/comments/" + consultationComment + "/disposition");
            add(pages, Who.COORDINATOR, "consultation report", "/consultations/" + consultation + "/report");
            add(pages, Who.FOCAL_POINT, "consultation", "/consultations/" + consultation);
            add(pages, Who.ANONYMOUS, "consultation link", "/consult/" + consultationToken);
        }
        // notices (issue 12): the review filtered as the office works it, a rated activity with its corrective action
        // and the activities not rated yet
        add(pages, Who.ME_OFFICER, "half-year review, the police's rated 2 or 3",
                plan + "/review?half=" + half.label() + "&institution=" + police + "&show=rated-2-3", "review");
        add(pages, Who.ME_OFFICER, "half-year review, not rated",
                plan + "/review?half=" + half.label() + "&show=not-rated", "review");
        // api: a person's own API tokens, on their account
        add(pages, Who.FOCAL_POINT, "API tokens", "/account/tokens");
        // institutions, plan (issue 19): regions and municipalities; a plan's local plans; a local plan's mapping
        add(pages, Who.ADMINISTRATOR, "regions and municipalities", "/territorial-units");
        add(pages, Who.ADMINISTRATOR, "new region or municipality", "/territorial-units/new");
        add(pages, Who.ME_OFFICER, "local and regional plans", plan + "/local");
        if (localPlan != null) {
            add(pages, Who.ADMINISTRATOR, "region or municipality edit", "/territorial-units/" + territorialUnit + "/edit");
            add(pages, Who.ME_OFFICER, "local plan mapping", "/plans/" + localPlan + "/local");
            add(pages, Who.MEMBER, "dashboard with local contribution", plan + "/dashboard");
        }
        // security (issue 19): the installation's administrator keeps the participants and places people in them
        add(pages, Who.INSTALLATION_ADMINISTRATOR, "users (of every participant)", "/admin/users");
        add(pages, Who.INSTALLATION_ADMINISTRATOR, "participants", "/admin/participants");
        add(pages, Who.INSTALLATION_ADMINISTRATOR, "new participant", "/admin/participants/new");
        add(pages, Who.INSTALLATION_ADMINISTRATOR, "new user (with a participant)", "/admin/users/new");
        add(pages, Who.INSTALLATION_ADMINISTRATOR, "user (with a participant)", "/admin/users/" + anotherUser);
        // regional (issue 19): the regional officer's comparison and indicator set; an M&E officer's mapping
        add(pages, Who.REGIONAL_OFFICER, "start", "/");
        add(pages, Who.REGIONAL_OFFICER, "regional indicator set", "/regional/indicators");
        add(pages, Who.REGIONAL_OFFICER, "new regional indicator", "/regional/indicators/new");
        add(pages, Who.ME_OFFICER, "regional mapping", "/regional/mapping");
        if (regionalIndicator != null) {
            add(pages, Who.INSTALLATION_ADMINISTRATOR, "participant edit", "/admin/participants/" + participant);
            add(pages, Who.REGIONAL_OFFICER, "regional comparison", "/regional");
            add(pages, Who.REGIONAL_OFFICER, "regional indicator edit", "/regional/indicators/" + regionalIndicator + "/edit");
        }
        return pages;
    }

    private static void add(List<Page> pages, Who who, String name, String path) {
        add(pages, who, name, path, null);
    }

    private static void add(List<Page> pages, Who who, String name, String path, String owner) {
        pages.add(new Page(who, name, path, owner));
    }
}
