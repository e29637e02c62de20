package org.ariadne.evaluations;

import java.time.LocalDate;
import java.util.Locale;

import org.ariadne.audit.AuditHistory;
import org.ariadne.search.SiteSearch;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation's trail and its place in the search box follow the evaluation's read rule: the officer reads every
 * line and finds it; an evaluator only while their window is open; a member finds it only once it is final; a focal
 * point never.
 */
@AriadneIntegrationTest
class EvaluationTrailAndSearchIntegrationTest {

    @Autowired
    EvaluationTestKit kit;
    @Autowired
    Evaluations evaluations;
    @Autowired
    AuditHistory history;
    @Autowired
    SiteSearch search;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theTrailAndTheSearchShowTheEvaluationOnlyToThoseWhoMayOpenIt() {
        var plan = kit.plan();
        var evaluator = kit.evaluator("Trail Evaluator");
        var title = Unique.name("Searchable evaluation");
        long evaluation = kit.evaluation(plan.id(), title);
        long member = kit.assign(evaluation, evaluator, LocalDate.now().minusDays(3), LocalDate.now().plusDays(3));
        var word = title.substring(title.lastIndexOf(' ') + 1);

        EvaluationTestKit.as(evaluator, () -> {
            assertThat(history.forEntity("evaluation", evaluation)).isNotEmpty();
            assertThat(history.forEntity("evaluation-team-member", member)).isNotEmpty();
            assertThat(found(word)).isTrue();
            return null;
        });
        kit.asOfficer(() -> {
            evaluations.changeWindow(evaluation, member, 0, new WindowCommand(LocalDate.now().minusDays(3),
                    LocalDate.now().minusDays(1)));
            assertThat(found(word)).isTrue();
            return null;
        });
        EvaluationTestKit.as(evaluator, () -> {
            assertThat(history.forEntity("evaluation", evaluation)).as("window closed").isEmpty();
            assertThat(history.forEntity("evaluation-team-member", member)).isEmpty();
            assertThat(found(word)).isFalse();
            return null;
        });
        EvaluationTestKit.as(TestSignIn.user("member", null, Role.MEMBER), () -> {
            assertThat(found(word)).as("not final yet").isFalse();
            return null;
        });
        kit.move(evaluation, EvaluationStatus.IN_PROGRESS, EvaluationStatus.DRAFT_REPORT, EvaluationStatus.FINAL);
        EvaluationTestKit.as(TestSignIn.user("member", null, Role.MEMBER), () -> {
            assertThat(found(word)).isTrue();
            return null;
        });
        EvaluationTestKit.as(TestSignIn.user("focal", 1L, Role.FOCAL_POINT), () -> {
            assertThat(found(word)).isFalse();
            return null;
        });
    }

    private boolean found(String word) {
        return search.search(word, Locale.ENGLISH).groups().stream().flatMap(group -> group.hits().stream())
                .anyMatch(hit -> hit.title().contains(word));
    }
}
