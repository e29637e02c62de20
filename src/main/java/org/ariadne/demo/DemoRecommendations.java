package org.ariadne.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.recommendations.FollowUpCommand;
import org.ariadne.recommendations.Priority;
import org.ariadne.recommendations.ProposalCommand;
import org.ariadne.recommendations.RecommendationCommand;
import org.ariadne.recommendations.RecommendationStatus;
import org.ariadne.recommendations.Recommendations;
import org.ariadne.recommendations.ResponseCommand;
import org.ariadne.recommendations.ResponseDecision;
import org.ariadne.recommendations.ResponseStatus;
import org.ariadne.recommendations.SourceCommand;
import org.ariadne.recommendations.SourceKind;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo plan's recommendations tracker, entered by the demo M&amp;E officer and coordinator: GRETA's second and
 * third round and a US TIP report (invented wording, every source marked "demo"), the recommendations addressed to
 * demo institutions, most linked to demo plan activities, one answered by a new activity proposed for next year's
 * operational plan, one without any activity, follow-up notes for the years past (one overdue), statuses, and one
 * management response. Loaded once: a plan whose tracker holds a source is left as it is.
 */
@Component
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoRecommendations {

    private static final Logger log = LoggerFactory.getLogger(DemoRecommendations.class);

    private final Recommendations recommendations;
    private final Plans plans;
    private final Institutions institutions;
    private final Clock clock;

    DemoRecommendations(Recommendations recommendations, Plans plans, Institutions institutions, Clock clock) {
        this.recommendations = recommendations;
        this.plans = plans;
        this.institutions = institutions;
        this.clock = clock;
    }

    /**
     * Writes the tracker of the plan unless it holds a source other than an evaluation's, and the coordinator's
     * management responses; returns the recommendations written.
     */
    int load(long planId) {
        var written = SystemTasks.callAs(DemoRisks.OFFICER, null, EnumSet.of(Role.ME_OFFICER),
                () -> loadAsOfficer(planId));
        if (written > 0) {
            SystemTasks.callAs("coordinator", null, EnumSet.of(Role.COORDINATOR), () -> respond(planId));
        }
        return written;
    }

    private record Demo(String paragraph, String en, String sq, Priority priority, List<String> institutions,
            List<String> activities, RecommendationStatus status, String reason, List<Note> notes) {
    }

    private record Note(int yearsAgo, String measures, String evidence) {
    }

    private int loadAsOfficer(long planId) {
        // the evaluation's own source comes with its recommendations (its event); any other means a tracker loaded
        if (recommendations.sources(planId).stream().anyMatch(source -> source.kind() != SourceKind.EVALUATION)) {
            return 0;
        }
        var plan = plans.header(planId);
        var today = LocalDate.now(clock);
        var year = Math.min(Math.max(today.getYear(), plan.startYear()), plan.endYear());
        var written = 0;
        var second = recommendations.createSource(new SourceCommand(planId, SourceKind.GRETA,
                "GRETA second evaluation round (demo)", "second round", plan.startYear(), LocalDate.of(plan.startYear(), 3, 15)));
        written += write(second, List.of(
                new Demo("§ 41", "GRETA urges the authorities to ensure that victims of trafficking are identified "
                        + "proactively, including among migrants and persons in prostitution.",
                        "GRETA u kërkon autoriteteve të sigurojnë që viktimat e trafikimit të identifikohen në mënyrë "
                                + "proaktive, përfshirë mes migrantëve dhe personave në prostitucion.",
                        Priority.HIGH, List.of("Kosovo Police (demo)", "Ministry of Labour and Social Welfare (demo)"),
                        List.of("A2.1.7"), RecommendationStatus.PARTLY, null,
                        List.of(new Note(2, "Indicators for identification included in the police training curriculum.",
                                "Training curriculum (demo)"),
                                new Note(1, "Joint screening teams set up at two border crossing points.",
                                        "Standard operating procedures (demo)"))),
                new Demo("§ 63", "GRETA considers that the authorities should guarantee stable funding of shelters "
                        + "run by NGOs.",
                        "GRETA konsideron se autoritetet duhet të garantojnë financim të qëndrueshëm të strehimoreve "
                                + "të drejtuara nga OJQ-të.",
                        Priority.HIGH, List.of("Ministry of Labour and Social Welfare (demo)"), List.of("A2.2.3"),
                        RecommendationStatus.FULLY, null,
                        List.of(new Note(1, "Three-year framework contracts signed with the shelters.", null))),
                new Demo("§ 88", "GRETA invites the authorities to review the legislation on the residence of "
                        + "victims in the light of the new law on foreigners.",
                        "GRETA fton autoritetet të rishikojnë legjislacionin për qëndrimin e viktimave në dritën e "
                                + "ligjit të ri për të huajt.",
                        Priority.LOW, List.of("Ministry of Internal Affairs (demo)"), List.of(),
                        RecommendationStatus.NO_LONGER_RELEVANT,
                        "The new law on foreigners already grants a residence permit to every identified victim.",
                        List.of())), year);
        var third = recommendations.createSource(new SourceCommand(planId, SourceKind.GRETA,
                "GRETA third evaluation round (demo)", "third round", plan.startYear() + 2,
                LocalDate.of(plan.startYear() + 2, 6, 1)));
        written += write(third, List.of(
                new Demo("§ 12", "GRETA urges the authorities to ensure that victims have effective access to "
                        + "compensation, including through a state compensation fund.",
                        "GRETA u kërkon autoriteteve të sigurojnë që viktimat të kenë qasje efektive në kompensim, "
                                + "përfshirë përmes një fondi shtetëror kompensimi.",
                        Priority.HIGH, List.of("Ministry of Justice (demo)", "Victim Advocacy and Assistance Office (demo)"),
                        List.of("A2.2.8"), RecommendationStatus.PARTLY, null, List.of()),
                new Demo("§ 27", "GRETA considers that the authorities should strengthen the prevention of trafficking "
                        + "for labour exploitation, in particular by training labour inspectors.",
                        "GRETA konsideron se autoritetet duhet të forcojnë parandalimin e trafikimit për shfrytëzim "
                                + "pune, veçanërisht duke trajnuar inspektorët e punës.",
                        Priority.MEDIUM, List.of("Ministry of Labour and Social Welfare (demo)"), List.of(),
                        RecommendationStatus.NOT_ADDRESSED, null, List.of()),
                new Demo("§ 35", "GRETA invites the authorities to collect data on child victims disaggregated by "
                        + "form of exploitation.",
                        "GRETA fton autoritetet të mbledhin të dhëna për viktimat fëmijë të ndara sipas formës së "
                                + "shfrytëzimit.",
                        Priority.MEDIUM, List.of("Kosovo Police (demo)"), List.of(), RecommendationStatus.NOT_ADDRESSED,
                        null, List.of())), year);
        var tip = recommendations.createSource(new SourceCommand(planId, SourceKind.US_TIP,
                "US Trafficking in Persons Report (demo)", null, year - 1, LocalDate.of(year - 1, 6, 24)));
        written += write(tip, List.of(
                new Demo("1", "Vigorously investigate and prosecute trafficking cases and seek adequate sentences "
                        + "for convicted traffickers.",
                        "Të hetohen dhe ndiqen penalisht me vendosmëri rastet e trafikimit dhe të kërkohen dënime të "
                                + "përshtatshme për trafikantët e dënuar.",
                        Priority.HIGH, List.of("Kosovo Police (demo)", "Ministry of Justice (demo)"), List.of("A2.1.7"),
                        RecommendationStatus.PARTLY, null,
                        List.of(new Note(1, "Specialised prosecutors appointed in every basic prosecution office.",
                                "Decision of the Chief Prosecutor (demo)"))),
                new Demo("2", "Increase funding for NGO-run shelters and ensure timely disbursement.",
                        "Të rritet financimi për strehimoret e OJQ-ve dhe të sigurohet disbursimi në kohë.",
                        Priority.MEDIUM, List.of("Ministry of Labour and Social Welfare (demo)"), List.of("A2.2.3"),
                        RecommendationStatus.PARTLY, null, List.of())), year);
        // one recommendation answered by a new activity proposed for next year's operational plan
        var labour = recommendations.list(org.ariadne.recommendations.TrackerFilter.ofSource(third)).stream()
                .filter(view -> "§ 27".equals(view.paragraph())).findFirst().orElseThrow();
        var next = Math.min(year + 1, plan.endYear());
        recommendations.propose(labour.id(), labour.version(), new ProposalCommand(
                "Train labour inspectors to identify trafficking for labour exploitation (demo)",
                institution("Ministry of Labour and Social Welfare (demo)").map(InstitutionView::id).orElse(null), next));
        log.info("Demo recommendations written: {} in 3 sources.", written);
        return written;
    }

    private int write(long sourceId, List<Demo> demos, int year) {
        var tree = plans.tree(recommendations.source(sourceId).planId());
        var written = 0;
        for (var demo : demos) {
            var institutionIds = demo.institutions().stream().map(this::institution).flatMap(Optional::stream)
                    .map(InstitutionView::id).toList();
            // the follow-up of last year is due at its end: overdue where no note was written for it
            var due = LocalDate.of(year - 1, 12, 31);
            var id = recommendations.create(sourceId, new RecommendationCommand(demo.en(), demo.sq(), "", "",
                    demo.paragraph(), null, demo.priority(), institutionIds, demo.status(), demo.reason(), due));
            for (var code : demo.activities()) {
                var activity = tree.activities().filter(a -> code.equals(a.code())).findFirst();
                if (activity.isPresent()) {
                    recommendations.linkActivity(id, recommendations.get(id).version(), activity.get().id());
                }
            }
            for (var note : demo.notes()) {
                recommendations.addFollowUp(id, new FollowUpCommand(year - note.yearsAgo(), note.measures(),
                        note.evidence(), null), null);
            }
            written++;
        }
        return written;
    }

    /** The coordinator's management response to GRETA's recommendation on compensation. */
    private int respond(long planId) {
        var compensation = recommendations.list(new org.ariadne.recommendations.TrackerFilter(planId, null, null,
                SourceKind.GRETA, null, null, false, false, null)).stream()
                .filter(view -> "§ 12".equals(view.paragraph())).findFirst();
        compensation.ifPresent(view -> recommendations.respond(view.id(), null, new ResponseCommand(
                ResponseDecision.PARTLY_ACCEPTED, null,
                "Draft the regulation on the state compensation fund; budget it from the next year.",
                institution("Ministry of Justice (demo)").map(InstitutionView::id).orElse(null),
                LocalDate.now(clock).plusMonths(6), ResponseStatus.IN_PROGRESS, null)));
        // the mid-term evaluation's recommendations (they reached the tracker when the evaluation made them): the
        // management response to each, as issue 16 asks of the demo
        var fromEvaluation = recommendations.list(new org.ariadne.recommendations.TrackerFilter(planId, null, null,
                SourceKind.EVALUATION, null, null, false, false, null));
        var owner = institution("Ministry of Justice (demo)").map(InstitutionView::id).orElse(null);
        int answered = 0;
        for (var view : fromEvaluation) {
            if (view.response() != null) {
                continue;
            }
            var command = switch (answered % 3) {
                case 0 -> new ResponseCommand(ResponseDecision.ACCEPTED, null,
                        "Take the recommendation into the next operational plan, with its budget line.", owner,
                        LocalDate.now(clock).plusMonths(4), ResponseStatus.IN_PROGRESS, null);
                case 1 -> new ResponseCommand(ResponseDecision.PARTLY_ACCEPTED, null,
                        "Do what the current budget allows this year; propose the rest for the next plan.", owner,
                        LocalDate.now(clock).plusMonths(8), ResponseStatus.OPEN, null);
                default -> new ResponseCommand(ResponseDecision.REJECTED,
                        "The law already assigns this task to another body; the office follows it there.", null, null,
                        null, null, null);
            };
            recommendations.respond(view.id(), null, command);
            answered++;
        }
        return (compensation.isPresent() ? 1 : 0) + answered;
    }

    private Optional<InstitutionView> institution(String name) {
        return Objects.isNull(name) ? Optional.empty() : institutions.directory().find(name);
    }
}
