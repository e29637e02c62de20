package org.ariadne.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ariadne.audit.AuditHistory;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ImportComparison.ChangeKind;
import org.ariadne.plan.ImportComparison.ElementKind;
import org.ariadne.plan.PlanDraft.ActivityDraft;
import org.ariadne.plan.PlanDraft.IndicatorDraft;
import org.ariadne.plan.PlanDraft.SpecificObjectiveDraft;
import org.ariadne.plan.PlanDraft.StrategicObjectiveDraft;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@AriadneIntegrationTest
class PlanImportIntegrationTest {

    @Autowired
    PlanImport imports;
    @Autowired
    Plans plans;
    @Autowired
    Institutions institutions;
    @Autowired
    AuditHistory history;
    @Autowired
    PlanEditing editing;

    long police;

    @BeforeEach
    void signIn() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        police = institutions.create(InstitutionCommand.named(Unique.name("Police"), InstitutionType.POLICE));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private static PlanCommand header() {
        return new PlanCommand(Unique.name("Imported plan"), null, null, null, 2015, 2019, PlanStatus.DRAFT);
    }

    private IndicatorCommand indicator(String name, IndicatorType type, String baseline, String target) {
        return new IndicatorCommand(name, ResultLevel.OUTPUT, type, type == IndicatorType.PERCENTAGE ? "%" : "persons",
                Direction.INCREASE, null, null, null, null, baseline == null ? null : new BigDecimal(baseline), 2014,
                "Annual report", target == null ? null : new BigDecimal(target), 2019, List.of(),
                EnumSet.of(Disaggregation.SEX), null, null, null, null);
    }

    private ActivityCommand activity(String code, String title) {
        return new ActivityCommand(code, title, null, "Trained officers", police, List.of(), "A. Krasniqi",
                LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), false, Frequency.QUARTERLY, "Lists of participants",
                null, "Staff turnover", null,
                List.of(new BudgetLineCommand(2016, FundingSourceKind.STATE_BUDGET, police, new BigDecimal("15000"), null)));
    }

    private PlanDraft draft(String activityTitle, IndicatorCommand indicator) {
        var activity = new ActivityDraft(4, activity("A1.1.1", activityTitle), List.of(new IndicatorDraft(4, indicator)));
        var specific = new SpecificObjectiveDraft(3, new SpecificObjectiveCommand("SO 1.1", "Awareness raising", null),
                List.of(), List.of(activity));
        var strategic = new StrategicObjectiveDraft(2, new StrategicObjectiveCommand("SO 1", "Prevention", null,
                ThematicArea.PREVENTION), List.of(), List.of(specific));
        return new PlanDraft(List.of(strategic), EnumSet.allOf(PlanField.class));
    }

    @Test
    void aNewPlanIsCreatedFromTheDraftAndComparingTheSameDraftAgainFindsNothingToChange() {
        var draft = draft("Training of police officers", indicator("Officers trained", IndicatorType.NUMBER, "10", "200"));
        var preview = imports.compare(null, header(), draft, id -> "x");
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(ChangeKind.NEW)).isEqualTo(4);

        var outcome = imports.apply(null, header(), draft, false);

        var tree = plans.tree(outcome.planId());
        assertThat(tree.activities()).extracting(ActivityView::code, ActivityView::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A1.1.1", "Training of police officers"));
        assertThat(tree.indicators()).extracting(IndicatorView::name).containsExactly("Officers trained");
        var again = imports.compare(outcome.planId(), null, draft, institutions.directory()::nameOf);
        assertThat(again.isIdentical()).as("%s", again.changes()).isTrue();
        assertThat(history.forEntity("activity", tree.activities().findFirst().orElseThrow().id()))
                .extracting(e -> e.action().name()).containsExactly("IMPORTED");
    }

    @Test
    void aChangedTitleIsShownAsAChangeOfThatFieldOnly() {
        var first = draft("Training of police officers", indicator("Officers trained", IndicatorType.NUMBER, "10", "200"));
        var planId = imports.apply(null, header(), first, false).planId();
        var second = draft("Training of police and border officers",
                indicator("Officers trained", IndicatorType.NUMBER, "10", "200"));

        var preview = imports.compare(planId, null, second, institutions.directory()::nameOf);

        assertThat(preview.changes()).filteredOn(c -> c.change() == ChangeKind.CHANGED)
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.kind()).isEqualTo(ElementKind.ACTIVITY);
                    assertThat(change.fields()).containsExactly("title");
                });
        imports.apply(planId, null, second, false);
        assertThat(plans.tree(planId).activities().findFirst().orElseThrow().title())
                .isEqualTo("Training of police and border officers");
    }

    @Test
    void fieldsTheFileDoesNotCarryKeepTheirValues() {
        var planId = imports.apply(null, header(),
                draft("Training", indicator("Officers trained", IndicatorType.NUMBER, "10", "200")), false).planId();
        var withoutRisks = new PlanDraft(draft("Training", indicator("Officers trained", IndicatorType.NUMBER, "10", "200"))
                .objectives(), EnumSet.complementOf(EnumSet.of(PlanField.RISKS, PlanField.BUDGET)));
        var changed = withoutRisks.objectives().get(0).specificObjectives().get(0).activities().get(0);
        assertThat(changed.activity().risks()).isEqualTo("Staff turnover");

        var preview = imports.compare(planId, null, withoutRisks, institutions.directory()::nameOf);

        assertThat(preview.isIdentical()).isTrue();
    }

    @Test
    void aPercentageAbove100AndABadCodeAreReportedByRowAndNothingIsSaved() {
        var bad = draft("Training", indicator("Share of officers trained", IndicatorType.PERCENTAGE, "10", "140"));
        var before = plans.list().size();

        var preview = imports.compare(null, header(), bad, id -> "x");

        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.field()).isEqualTo(PlanField.TARGET);
        });
        assertThatThrownBy(() -> imports.apply(null, header(), bad, false))
                .isInstanceOf(org.ariadne.common.UserFacingException.class);
        assertThat(plans.list()).hasSize(before);
    }

    @Test
    void anActivityWhoseCodeDoesNotFitItsObjectiveIsAProblem() {
        var activity = new ActivityDraft(4, activity("A2.1.1", "Misplaced"), List.of());
        var specific = new SpecificObjectiveDraft(3, new SpecificObjectiveCommand("SO 1.1", "Awareness", null), List.of(),
                List.of(activity));
        var strategic = new StrategicObjectiveDraft(2, new StrategicObjectiveCommand("SO 1", "Prevention", null,
                ThematicArea.PREVENTION), List.of(), List.of(specific));

        var preview = imports.compare(null, header(), new PlanDraft(List.of(strategic), Set.of(PlanField.values())),
                id -> "x");

        assertThat(preview.problems()).extracting(p -> p.row(), p -> p.field())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, PlanField.CODE));
    }

    @Test
    void elementsMissingFromTheFileAreListedAndRemovedOnlyWhenAsked() {
        var planId = imports.apply(null, header(),
                draft("Training", indicator("Officers trained", IndicatorType.NUMBER, "10", "200")), false).planId();
        var empty = new PlanDraft(List.of(new StrategicObjectiveDraft(2,
                new StrategicObjectiveCommand("SO 1", "Prevention", null, ThematicArea.PREVENTION), List.of(),
                List.of(new SpecificObjectiveDraft(3, new SpecificObjectiveCommand("SO 1.1", "Awareness raising", null),
                        List.of(), List.of())))), EnumSet.allOf(PlanField.class));

        var preview = imports.compare(planId, null, empty, institutions.directory()::nameOf);
        assertThat(preview.count(ChangeKind.NOT_IN_FILE, ElementKind.ACTIVITY)).isEqualTo(1);

        imports.apply(planId, null, empty, false);
        assertThat(plans.tree(planId).activities()).hasSize(1);
        imports.apply(planId, null, empty, true);
        assertThat(plans.tree(planId).activities()).isEmpty();
        assertThat(plans.tree(planId).indicators()).isEmpty();
    }

    @Test
    void aDraftPlanIsDeletedWithEverythingInItButAnAdoptedOneIsNot() {
        var draft = imports.apply(null, header(),
                draft("Training", indicator("Officers trained", IndicatorType.NUMBER, "10", "200")), false).planId();
        editing.deletePlan(draft);
        assertThat(plans.list()).noneMatch(plan -> plan.id() == draft);
        assertThat(history.forEntity("plan", draft)).first().extracting(e -> e.action().name()).isEqualTo("DELETED");

        var adopted = editing.createPlan(new PlanCommand(Unique.name("Adopted"), null, null, null, 2020, 2024,
                PlanStatus.ADOPTED));
        assertThatThrownBy(() -> editing.deletePlan(adopted)).isInstanceOf(PlanException.class);
        assertThat(plans.header(adopted)).isNotNull();
    }
}
