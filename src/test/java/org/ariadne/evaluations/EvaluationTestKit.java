package org.ariadne.evaluations;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Supplier;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;

/** Plans, evaluator accounts and evaluations for the evaluation tests, made through the facades as people would. */
@Component
public class EvaluationTestKit {

    private final TestPlans testPlans;
    private final UserAccounts accounts;
    private final Evaluations evaluations;

    EvaluationTestKit(TestPlans testPlans, UserAccounts accounts, Evaluations evaluations) {
        this.testPlans = testPlans;
        this.accounts = accounts;
        this.evaluations = evaluations;
    }

    /** A plan with one objective, one activity led by the police and one indicator on it. */
    public BuiltPlan plan() {
        var police = testPlans.institution("Evaluation Police", InstitutionType.POLICE);
        return testPlans.build(aPlan().named("Evaluated plan").running(2024, 2028)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Shelters")
                .withActivity(anActivity("A1.1.1", "Contract the shelters").ledBy(police))
                .withIndicator(anIndicator("Victims sheltered")));
    }

    /** An enabled evaluator account; returns the person as a request signs in. */
    public SignedInUser evaluator(String words) {
        var username = Unique.username("eval");
        accounts.createAtStartUp(new UserCommand(username, words, null, null, EnumSet.of(Role.EVALUATOR),
                LocalDate.now().plusYears(1), true, "Evaluator-pass-2026"));
        return TestSignIn.user(username, null, Role.EVALUATOR);
    }

    public long evaluation(long planId, String title) {
        return asOfficer(() -> evaluations.create(new EvaluationCommand(planId, null, EvaluationKind.MID_TERM, title,
                "The office", "Independent Evaluators Ltd", true, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.now().minusMonths(1), null, null, "Terms")));
    }

    public long assign(long evaluationId, SignedInUser evaluator, LocalDate from, LocalDate until) {
        return asOfficer(() -> evaluations.assign(evaluationId, new TeamCommand(evaluator.getUsername(), from, until)));
    }

    public void move(long evaluationId, EvaluationStatus... steps) {
        asOfficer(() -> {
            for (var step : steps) {
                evaluations.moveTo(evaluationId, evaluations.get(evaluationId).version(), step);
            }
            return null;
        });
    }

    public EvaluationView read(long evaluationId) {
        return asOfficer(() -> evaluations.get(evaluationId));
    }

    public <T> T asOfficer(Supplier<T> work) {
        return as(TestSignIn.user("officer", null, Role.ME_OFFICER), work);
    }

    public static <T> T as(SignedInUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
