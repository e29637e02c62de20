package org.ariadne.recommendations;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ariadne.documents.GovernmentReportPart;
import org.ariadne.documents.ReportContent;
import org.ariadne.evaluations.EvaluationRecommendationMade;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the tracker gives other modules: the recommendations an evaluation makes, taken in from its event (once, in its
 * transaction); the Word table of a GRETA questionnaire answer; the part of the report to the government.
 */
@AriadneIntegrationTest
class RecommendationPartsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    Recommendations recommendations;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    List<GovernmentReportPart> parts;

    BuiltPlan plan;
    long police;
    long sourceId;
    long identified;
    long compensated;

    @BeforeEach
    void aSourceWithFollowUp() {
        police = testPlans.institution(Unique.name("State Police"), InstitutionType.POLICE);
        plan = testPlans.build(aPlan().named(Unique.name("Plan followed up")).running(2024, 2028)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Train police")));
        TestSignIn.onThisThread(Role.COORDINATOR);
        try {
            sourceId = recommendations.createSource(new SourceCommand(plan.id(), SourceKind.GRETA, "GRETA third round",
                    null, 2024, null));
            identified = recommendations.create(sourceId, new RecommendationCommand("Identify victims at the border.",
                    "Të identifikohen viktimat në kufi.", "", "", "§ 12", null, Priority.HIGH, List.of(police),
                    RecommendationStatus.PARTLY, null, LocalDate.of(2025, 12, 31)));
            compensated = recommendations.create(sourceId, new RecommendationCommand("Compensate victims.", "", "", "",
                    "§ 9", null, Priority.MEDIUM, List.of(), RecommendationStatus.NOT_ADDRESSED, null,
                    LocalDate.of(2025, 6, 30)));
            recommendations.addFollowUp(identified, new FollowUpCommand(2025, "120 border officers trained.",
                    "Training attendance lists", "https://example.org/training"), null);
            recommendations.respond(compensated, null, new ResponseCommand(ResponseDecision.ACCEPTED, null,
                    "Set up a compensation fund", police, LocalDate.of(2025, 1, 31), ResponseStatus.IN_PROGRESS, null));
        } finally {
            TestSignIn.clear();
        }
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void anEvaluationsRecommendationIsTakenInOnceWithItsSourceMadeOncePerEvaluation() {
        long evaluationId = System.nanoTime();
        TestSignIn.onThisThread(Role.EVALUATOR);
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new EvaluationRecommendationMade(evaluationId, evaluationId + 1, plan.id(),
                    "Mid-term evaluation", LocalDate.of(2026, 5, 1), "R1", "Strengthen the referral mechanism.", "en",
                    "effectiveness", "high", "evaluator"));
            events.publishEvent(new EvaluationRecommendationMade(evaluationId, evaluationId + 2, plan.id(),
                    "Mid-term evaluation", LocalDate.of(2026, 5, 1), "R2", "Budget the shelters.", "sq", null, "low",
                    "evaluator"));
            // the same recommendation announced again changes nothing
            events.publishEvent(new EvaluationRecommendationMade(evaluationId, evaluationId + 1, plan.id(),
                    "Mid-term evaluation", LocalDate.of(2026, 5, 1), "R1", "Strengthen the referral mechanism.", "en",
                    "effectiveness", "high", "evaluator"));
        });
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var sources = recommendations.sources(plan.id()).stream().filter(s -> s.kind() == SourceKind.EVALUATION).toList();
        assertThat(sources).singleElement().satisfies(source -> {
            assertThat(source.name()).isEqualTo("evaluation Mid-term evaluation");
            assertThat(source.evaluationId()).isEqualTo(evaluationId);
            assertThat(source.recommendations()).isEqualTo(2);
        });
        var taken = recommendations.list(TrackerFilter.ofSource(sources.get(0).id()));
        assertThat(taken).extracting(RecommendationView::paragraph).containsExactly("R1", "R2");
        assertThat(taken.get(0).priority()).isEqualTo(Priority.HIGH);
        assertThat(taken.get(0).evaluationRecommendationId()).isEqualTo(evaluationId + 1);
        assertThat(taken.get(1).texts()).containsOnlyKeys("sq");
    }

    @Test
    void aRolledBackEvaluationLeavesNothingInTheTracker() {
        long evaluationId = System.nanoTime();
        TestSignIn.onThisThread(Role.EVALUATOR);
        try {
            transactions.executeWithoutResult(status -> {
                events.publishEvent(new EvaluationRecommendationMade(evaluationId, evaluationId + 1, plan.id(),
                        "Rolled back", LocalDate.of(2026, 5, 1), "R1", "Text", "en", null, "medium", "evaluator"));
                status.setRollbackOnly();
            });
        } finally {
            TestSignIn.clear();
        }
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(recommendations.sources(plan.id())).noneMatch(s -> s.kind() == SourceKind.EVALUATION);
    }

    @Test
    void theFollowUpIsAWordTableInTheLayoutOfAGretaAnswer() throws Exception {
        var bytes = mvc.perform(get("/recommendations/export.docx").param("source", String.valueOf(sourceId))
                        .param("year", "2025").param("language", "sq").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var table = document.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("Rekomandimi", "Masat e marra në 2025", "Dëshmitë");
            assertThat(table.getRows()).hasSize(3);
            // paragraph order: § 9 before § 12
            assertThat(table.getRow(1).getCell(0).getText()).startsWith("§ 9").contains("Compensate victims.");
            assertThat(table.getRow(1).getCell(1).getText()).contains("Asnjë masë");
            assertThat(table.getRow(2).getCell(0).getText()).startsWith("§ 12").contains("Të identifikohen viktimat në kufi.");
            assertThat(table.getRow(2).getCell(1).getText()).contains("120 border officers trained.");
            assertThat(table.getRow(2).getCell(2).getText()).contains("Training attendance lists")
                    .contains("https://example.org/training");
            assertThat(document.getParagraphs().get(0).getText()).contains("GRETA third round").contains("2025");
        }
    }

    @Test
    void thePartOfTheReportToTheGovernmentCountsStatusesListsMeasuresOverdueAndResponses() {
        var part = parts.stream().filter(p -> p.order() == 100).findFirst().orElseThrow();
        TestSignIn.onThisThread(Role.COORDINATOR);
        var sections = part.sections(plan.id(), 2025, Locale.ENGLISH);
        assertThat(sections).singleElement().satisfies(section -> {
            assertThat(section.heading()).isEqualTo("Follow-up of the recommendations");
            var tables = section.blocks().stream().filter(ReportContent.Table.class::isInstance)
                    .map(ReportContent.Table.class::cast).toList();
            assertThat(tables).hasSize(3);
            var bySource = tables.get(0);
            assertThat(bySource.header()).containsExactly("Source", "not addressed", "partly addressed",
                    "fully addressed", "no longer relevant", "Total");
            assertThat(bySource.rows()).containsExactly(List.of("GRETA third round", "1", "1", "0", "0", "2"));
            assertThat(tables.get(1).rows()).anySatisfy(row -> assertThat(row)
                    .contains("§ 12", "partly addressed").anySatisfy(cell -> assertThat(cell)
                            .contains("120 border officers trained.")));
            var bullets = section.blocks().stream().filter(ReportContent.Bullets.class::isInstance)
                    .map(ReportContent.Bullets.class::cast).findFirst().orElseThrow();
            assertThat(bullets.items()).singleElement().satisfies(item -> assertThat(item).contains("§ 9"));
            assertThat(tables.get(2).rows()).singleElement().satisfies(row -> assertThat(row)
                    .contains("accepted", "Set up a compensation fund", "in progress (overdue)"));
        });
        assertThat(part.sections(testPlans.build(aPlan().named(Unique.name("Plan without recommendations"))
                .running(2024, 2026)).id(), 2025, Locale.ENGLISH)).isEmpty();
    }
}
