package org.ariadne.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.ariadne.evaluations.AssessmentCommand;
import org.ariadne.evaluations.Criterion;
import org.ariadne.evaluations.EvaluationCommand;
import org.ariadne.evaluations.EvaluationKind;
import org.ariadne.evaluations.EvaluationStatus;
import org.ariadne.evaluations.EvidenceChoices;
import org.ariadne.evaluations.Evaluations;
import org.ariadne.evaluations.Priority;
import org.ariadne.evaluations.QuestionCommand;
import org.ariadne.evaluations.Rating;
import org.ariadne.evaluations.RecommendationCommand;
import org.ariadne.evaluations.StatementCommand;
import org.ariadne.evaluations.StatementKind;
import org.ariadne.evaluations.TeamCommand;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.ariadne.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * A mid-term evaluation of the demo plan by an invented independent evaluator (marked demo): the demo officer creates
 * it with its terms of reference and puts the demo evaluator ({@code evaluator}) on the team with a window around
 * today; the evaluator, inside it, asks a question, judges and rates each of the six criteria with evidence from the
 * plan and its reports, and writes findings, conclusions and four recommendations, each announced to the
 * recommendations tracker as a real one is. Loaded once: a plan with an evaluation is left as it is.
 */
@Component
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoEvaluations {

    static final String TITLE = "DEMO · Mid-term evaluation of the 2015-2019 action plan";
    static final String EVALUATOR = "evaluator";

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);

    private final Evaluations evaluations;
    private final UserAccounts accounts;
    private final Clock clock;

    DemoEvaluations(Evaluations evaluations, UserAccounts accounts, Clock clock) {
        this.evaluations = evaluations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Writes the evaluation unless the plan has one; returns its id, or null when nothing was written. */
    Long load(long planId) {
        var today = LocalDate.now(clock);
        Long id = SystemTasks.callAs("officer", null, EnumSet.of(Role.ME_OFFICER), () -> {
            if (evaluations.list().stream().anyMatch(e -> e.planId() == planId)) {
                return null;
            }
            long made = evaluations.createDemo(new EvaluationCommand(planId, null, EvaluationKind.MID_TERM, TITLE,
                    "Office of the National Anti-Trafficking Coordinator (demo)",
                    "Drita Evaluation Partners (invented, demo)", true, LocalDate.of(2015, 1, 1),
                    LocalDate.of(2017, 6, 30), today.minusMonths(2), today.plusMonths(1), today.plusMonths(2),
                    """
                            Purpose: an independent mid-term review of the 2015-2019 action plan, to learn what works \
                            and to adjust the second half of the plan.
                            Scope: all strategic objectives, January 2015 to June 2017.
                            Method: document review (progress reports, half-year reviews), interviews with the \
                            institutions and shelter NGOs, two focus groups.
                            Criteria: the six OECD-DAC criteria, each judged and rated on the 4-point scale.
                            Deliverables: inception note, draft report, final report with numbered recommendations."""));
            evaluations.moveTo(made, evaluations.get(made).version(), EvaluationStatus.IN_PROGRESS);
            if (accounts.exists(EVALUATOR)) {
                evaluations.assign(made, new TeamCommand(EVALUATOR, today.minusMonths(1), today.plusMonths(3)));
            }
            return made;
        });
        if (id == null) {
            return null;
        }
        if (accounts.exists(EVALUATOR)) {
            SystemTasks.callAs(EVALUATOR, null, EnumSet.of(Role.EVALUATOR), () -> {
                work(id);
                return null;
            });
        }
        log.info("Demo evaluation written: {} (id {}).", TITLE, id);
        return id;
    }

    private void work(long id) {
        var choices = evaluations.evidenceChoices(id);
        var judgements = List.of(
                new Judgement(Criterion.RELEVANCE, Rating.HIGHLY_SATISFACTORY,
                        "Does the plan address the forms of exploitation actually seen in the country?",
                        "The plan answers the main forms of exploitation identified in the situation analysis and "
                                + "follows the GRETA recommendations of the first round."),
                new Judgement(Criterion.COHERENCE, Rating.SATISFACTORY,
                        "Is the plan aligned with the migration and child-protection strategies?",
                        "The plan is broadly aligned with the migration strategy; links with the child-protection "
                                + "strategy are named but not yet worked out in joint activities."),
                new Judgement(Criterion.EFFECTIVENESS, Rating.PARTLY_UNSATISFACTORY,
                        "Are victims identified earlier and referred faster than before the plan?",
                        "Identification improved in the police, but referral to assistance still takes weeks; "
                                + "several outputs were delivered late or only in part."),
                new Judgement(Criterion.EFFICIENCY, Rating.PARTLY_UNSATISFACTORY,
                        "Were the planned funds available and spent as planned?",
                        "Budgets are vague for a third of the activities and donor funding covers most of the "
                                + "protection costs; spending is hard to follow per activity."),
                new Judgement(Criterion.IMPACT, Rating.SATISFACTORY,
                        "Has the plan changed how institutions cooperate on cases?",
                        "The referral mechanism is better known; the regional commissions meet, though unevenly."),
                new Judgement(Criterion.SUSTAINABILITY, Rating.UNSATISFACTORY,
                        "Will shelter services continue without donor funds?",
                        "Shelter services depend on donor projects; no state budget line secures them after 2019."));
        for (int i = 0; i < judgements.size(); i++) {
            var judgement = judgements.get(i);
            evaluations.ask(id, new QuestionCommand(judgement.criterion(), judgement.question()));
            var evidence = new ArrayList<String>();
            pick(choices.indicators(), i, evidence);
            pick(choices.activities(), i, evidence);
            pick(choices.reports(), i, evidence);
            var row = evaluations.get(id).criterion(judgement.criterion());
            evaluations.assess(id, judgement.criterion(), row.version(),
                    new AssessmentCommand(judgement.text(), judgement.rating(), evidence));
        }
        for (var finding : List.of(
                "Identification by the police rose steadily; identification by labour inspectors stayed rare.",
                "Four in ten activities have no means of verification, so their reports cannot be checked.",
                "Shelter NGOs received state funds late in each of the years reviewed.")) {
            evaluations.state(id, new StatementCommand(StatementKind.FINDING, finding, null));
        }
        for (var conclusion : List.of(
                "The plan remains relevant and is broadly coherent with related strategies.",
                "Results in referral and assistance lag behind those in identification.",
                "Without a state budget line, victim services are at risk once donor projects end.")) {
            evaluations.state(id, new StatementCommand(StatementKind.CONCLUSION, conclusion, null));
        }
        evaluations.recommend(id, new RecommendationCommand("R1", "Set a state budget line for shelter services "
                + "from the next budget year.", "en", Criterion.SUSTAINABILITY, Priority.HIGH));
        evaluations.recommend(id, new RecommendationCommand("R2", "Agree deadlines for each step of the referral "
                + "mechanism and measure them.", "en", Criterion.EFFECTIVENESS, Priority.HIGH));
        evaluations.recommend(id, new RecommendationCommand("R3", "Give every activity a means of verification and "
                + "a costed budget in the next operational plan.", "en", Criterion.EFFICIENCY, Priority.MEDIUM));
        evaluations.recommend(id, new RecommendationCommand("R4", "Plan joint activities with the child-protection "
                + "strategy.", "en", Criterion.COHERENCE, Priority.LOW));
    }

    private static void pick(List<EvidenceChoices.Choice> choices, int index, List<String> into) {
        if (!choices.isEmpty()) {
            into.add(choices.get(index % choices.size()).reference());
        }
    }

    private record Judgement(Criterion criterion, Rating rating, String question, String text) {
    }
}
