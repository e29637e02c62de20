package org.ariadne.evaluations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ariadne.documents.ReportContent;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluations' part of the report to the government: an evaluation that ran in the year is there with its type,
 * evaluator, the ratings per criterion as a table, its conclusions and recommendations, in the language asked; a
 * planned one and the years it did not run in have no section.
 */
@AriadneIntegrationTest
class EvaluationsReportPartIntegrationTest {

    @Autowired
    EvaluationTestKit kit;
    @Autowired
    Evaluations evaluations;
    @Autowired
    EvaluationsReportPart part;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void anEvaluationRunningInTheYearIsReportedWithItsRatingsConclusionsAndRecommendations() {
        BuiltPlan plan = kit.plan();
        SignedInUser evaluator = kit.evaluator("Report Evaluator");
        long running = kit.evaluation(plan.id(), "Running evaluation");
        kit.evaluation(plan.id(), "Only planned");
        kit.move(running, EvaluationStatus.IN_PROGRESS);
        kit.assign(running, evaluator, LocalDate.now().minusDays(1), LocalDate.now().plusDays(5));
        EvaluationTestKit.as(evaluator, () -> {
            evaluations.assess(running, Criterion.EFFECTIVENESS, evaluations.get(running)
                    .criterion(Criterion.EFFECTIVENESS).version(), new AssessmentCommand("Late but done.",
                    Rating.SATISFACTORY, List.of()));
            evaluations.state(running, new StatementCommand(StatementKind.CONCLUSION, "Referral is slow.", null));
            evaluations.recommend(running, new RecommendationCommand("R1", "Measure referral delays.", "en",
                    Criterion.EFFECTIVENESS, Priority.HIGH));
            return null;
        });
        int year = LocalDate.now().getYear();

        var sections = part.sections(plan.id(), year, Locale.ENGLISH);

        assertThat(part.order()).isEqualTo(200);
        assertThat(sections).hasSize(1);
        var blocks = sections.get(0).blocks();
        assertThat(sections.get(0).heading()).isEqualTo("Evaluations of the plan in " + year);
        assertThat(blocks).filteredOn(ReportContent.Subheading.class::isInstance)
                .extracting(b -> ((ReportContent.Subheading) b).text())
                .containsExactly("Running evaluation", "Conclusions", "Recommendations");
        var table = blocks.stream().filter(ReportContent.Table.class::isInstance).map(ReportContent.Table.class::cast)
                .findFirst().orElseThrow();
        assertThat(table.rows()).hasSize(6);
        assertThat(table.rows()).contains(List.of("Effectiveness", "Satisfactory", "Late but done."),
                List.of("Impact", "Not rated yet", ""));
        assertThat(blocks).filteredOn(ReportContent.Paragraph.class::isInstance)
                .extracting(b -> ((ReportContent.Paragraph) b).text())
                .anySatisfy(text -> assertThat(text).contains("Mid-term evaluation by Independent Evaluators Ltd",
                        "Report Evaluator", "In progress"));
        assertThat(blocks).filteredOn(ReportContent.Bullets.class::isInstance)
                .extracting(b -> ((ReportContent.Bullets) b).items())
                .containsExactly(List.of("C1. Referral is slow."), List.of("R1 (high). Measure referral delays."));

        var albanian = part.sections(plan.id(), year, Locale.forLanguageTag("sq"));
        assertThat(albanian.get(0).heading()).isEqualTo("Vlerësimet e planit në " + year);
        assertThat(part.sections(plan.id(), year + 1, Locale.ENGLISH)).as("still running the next year").hasSize(1);
        assertThat(part.sections(plan.id(), year - 5, Locale.ENGLISH)).as("begun after that year").isEmpty();
    }
}
