package org.ariadne.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.ariadne.plan.BudgetLineView;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.ResultLevel;
import org.junit.jupiter.api.Test;

import static org.ariadne.quality.QualityRule.*;
import static org.ariadne.quality.Trees.activity;
import static org.ariadne.quality.Trees.indicator;
import static org.ariadne.quality.Trees.outcome;
import static org.ariadne.quality.Trees.plan;
import static org.ariadne.quality.Trees.planWith;
import static org.ariadne.quality.Trees.specific;
import static org.ariadne.quality.Trees.strategic;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule: the element is flagged when it lacks the thing the rule looks for, and only then. */
class PlanQualityRulesUnitTest {

    private final PlanQualityRules rules = new PlanQualityRules();

    private List<Finding> findings(PlanTree tree, QualityRule rule) {
        return rules.check(tree).findings().stream().filter(finding -> finding.rule() == rule).toList();
    }

    private boolean flags(PlanTree tree, QualityRule rule) {
        return !findings(tree, rule).isEmpty();
    }

    @Test
    void aCompletePlanHasNoFindings() {
        var report = rules.check(planWith(activity().build()));

        assertThat(report.findings()).isEmpty();
        assertThat(report.indicators()).isEqualTo(new Readiness(3, 3));
        assertThat(report.activities()).isEqualTo(new Readiness(1, 1));
    }

    @Test
    void anActivityARevisionDroppedIsNoLongerAuditedForWhatItLacks() {
        var dropped = activity().code("A1.1.2").lead(null).verification(null).budget()
                .indicators(indicator().baseline(null, null).build()).dropped().build();

        var report = rules.check(planWith(activity().build(), dropped));

        assertThat(report.findings()).isEmpty();
        assertThat(report.activities()).isEqualTo(new Readiness(1, 1));
        assertThat(flags(plan(strategic("SO 1", List.of(outcome()), specific("SO 1.1", List.of(outcome()), dropped))),
                SPECIFIC_OBJECTIVE_WITHOUT_ACTIVITIES)).as("an objective whose only activity was dropped").isTrue();
    }

    // ---- indicators ----

    @Test
    void anIndicatorWithoutBaselineIsFlaggedAndNamedWithItsOwnersCode() {
        var missing = indicator().name("Victims identified").baseline(null, null).build();

        var found = findings(planWith(missing), INDICATOR_WITHOUT_BASELINE);

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.element()).isEqualTo(new AuditedElement(ElementKind.INDICATOR, missing.id(), "A1.1.1",
                    "Victims identified"));
            assertThat(finding.fixPath()).isEqualTo("/indicators/" + missing.id() + "/edit");
            assertThat(finding.severity()).isEqualTo(Severity.PROBLEM);
        });
        assertThat(flags(planWith(indicator().baseline("0", 2015).build()), INDICATOR_WITHOUT_BASELINE)).isFalse();
    }

    @Test
    void anIndicatorWithoutFinalOrYearlyTargetIsFlagged() {
        assertThat(flags(planWith(indicator().target(null, null).build()), INDICATOR_WITHOUT_TARGET)).isTrue();
        assertThat(flags(planWith(indicator().target(null, null).yearTarget(2017, "50").build()), INDICATOR_WITHOUT_TARGET))
                .isFalse();
        assertThat(flags(planWith(indicator().build()), INDICATOR_WITHOUT_TARGET)).isFalse();
    }

    @Test
    void anIndicatorWithoutTypeIsFlagged() {
        assertThat(flags(planWith(indicator().type(null).build()), INDICATOR_WITHOUT_TYPE)).isTrue();
        assertThat(flags(planWith(indicator().type(IndicatorType.SCALE).build()), INDICATOR_WITHOUT_TYPE)).isFalse();
    }

    @Test
    void anIndicatorWithoutUnitIsFlaggedExceptYesNoAndPercentages() {
        assertThat(flags(planWith(indicator().unit(" ").build()), INDICATOR_WITHOUT_UNIT)).isTrue();
        assertThat(flags(planWith(indicator().type(null).unit(null).build()), INDICATOR_WITHOUT_UNIT)).isTrue();
        assertThat(flags(planWith(indicator().unit("cases").build()), INDICATOR_WITHOUT_UNIT)).isFalse();
        var yesNo = indicator().type(IndicatorType.YES_NO).unit(null).baseline("0", 2015).target("1", 2018).build();
        assertThat(flags(planWith(yesNo), INDICATOR_WITHOUT_UNIT)).isFalse();
        var percentage = indicator().type(IndicatorType.PERCENTAGE).unit(null).ratio("convicted", "prosecuted").build();
        assertThat(flags(planWith(percentage), INDICATOR_WITHOUT_UNIT)).isFalse();
    }

    @Test
    void aPercentageWithoutNumeratorOrDenominatorIsFlagged() {
        var noDenominator = indicator().type(IndicatorType.PERCENTAGE).ratio("victims assisted", null).build();
        var noNumerator = indicator().type(IndicatorType.PERCENTAGE).ratio("", "victims identified").build();
        var complete = indicator().type(IndicatorType.PERCENTAGE).ratio("victims assisted", "victims identified").build();
        var count = indicator().type(IndicatorType.NUMBER).build();

        assertThat(findings(planWith(noDenominator, noNumerator, complete, count), PERCENTAGE_WITHOUT_RATIO))
                .extracting(finding -> finding.element().id())
                .containsExactly(noDenominator.id(), noNumerator.id());
    }

    @Test
    void aBaselineWithoutYearIsAWarning() {
        var found = findings(planWith(indicator().baseline("12", null).build()), BASELINE_WITHOUT_YEAR);

        assertThat(found).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(flags(planWith(indicator().baseline("12", 2015).build()), BASELINE_WITHOUT_YEAR)).isFalse();
        // no baseline at all is the other rule's finding, not this one's
        assertThat(flags(planWith(indicator().baseline(null, null).build()), BASELINE_WITHOUT_YEAR)).isFalse();
    }

    @Test
    void aFinalTargetWithoutYearIsAWarning() {
        var found = findings(planWith(indicator().target("100", null).build()), TARGET_WITHOUT_YEAR);

        assertThat(found).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(flags(planWith(indicator().target("100", 2019).build()), TARGET_WITHOUT_YEAR)).isFalse();
    }

    @Test
    void aTargetYearOutsideThePlanPeriodIsFlaggedWithTheYearAndPeriod() {
        var late = indicator().target("100", 2023).build();
        var lateYearly = indicator().target(null, null).yearTarget(2015, "5").yearTarget(2017, "10").build();

        var found = findings(planWith(late, lateYearly), TARGET_OUTSIDE_PERIOD);

        assertThat(found).extracting(Finding::arguments).containsExactly(List.of("2023", "2016", "2019"),
                List.of("2015", "2016", "2019"));
        assertThat(flags(planWith(indicator().target("100", 2016).yearTarget(2019, "50").build()), TARGET_OUTSIDE_PERIOD))
                .isFalse();
    }

    @Test
    void anIndicatorWithoutResultLevelIsAWarning() {
        assertThat(flags(planWith(indicator().level(null).build()), INDICATOR_WITHOUT_LEVEL)).isTrue();
        assertThat(flags(planWith(indicator().level(ResultLevel.INPUT).build()), INDICATOR_WITHOUT_LEVEL)).isFalse();
    }

    // ---- activities ----

    @Test
    void anActivityWithoutLeadInstitutionIsFlaggedWithALinkToItsEditPage() {
        var orphan = activity().code("A1.1.2").title("Shelter standards").lead(null).build();

        var found = findings(planWith(orphan), ACTIVITY_WITHOUT_LEAD);

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.element().label()).isEqualTo("A1.1.2 Shelter standards");
            assertThat(finding.fixPath()).isEqualTo("/activities/" + orphan.id() + "/edit");
        });
        assertThat(flags(planWith(activity().lead(Trees.POLICE).build()), ACTIVITY_WITHOUT_LEAD)).isFalse();
    }

    @Test
    void anActivityWithoutDatesAndNotContinuousHasNoTimeline() {
        assertThat(flags(planWith(activity().dates(null, null).build()), ACTIVITY_WITHOUT_TIMELINE)).isTrue();
        assertThat(flags(planWith(activity().continuous().build()), ACTIVITY_WITHOUT_TIMELINE)).isFalse();
        assertThat(flags(planWith(activity().build()), ACTIVITY_WITHOUT_TIMELINE)).isFalse();
    }

    @Test
    void anActivityWithOnlyAStartOrOnlyAnEndDateIsAWarning() {
        assertThat(flags(planWith(activity().dates(LocalDate.of(2016, 3, 1), null).build()), ACTIVITY_WITH_OPEN_TIMELINE))
                .isTrue();
        assertThat(flags(planWith(activity().dates(null, LocalDate.of(2016, 3, 1)).build()), ACTIVITY_WITH_OPEN_TIMELINE))
                .isTrue();
        assertThat(flags(planWith(activity().continuous().build()), ACTIVITY_WITH_OPEN_TIMELINE)).isFalse();
        assertThat(flags(planWith(activity().build()), ACTIVITY_WITH_OPEN_TIMELINE)).isFalse();
    }

    @Test
    void anActivityWithoutAPlannedAmountHasNoBudget() {
        var zero = new BudgetLineView(2016, FundingSourceKind.STATE_BUDGET, Trees.POLICE, BigDecimal.ZERO, null);
        var donor = new BudgetLineView(2017, FundingSourceKind.DONOR, null, new BigDecimal("2500"), null);

        assertThat(flags(planWith(activity().budget().build()), ACTIVITY_WITHOUT_BUDGET)).isTrue();
        assertThat(flags(planWith(activity().budget(zero).build()), ACTIVITY_WITHOUT_BUDGET)).isTrue();
        assertThat(flags(planWith(activity().budget(zero, donor).build()), ACTIVITY_WITHOUT_BUDGET)).isFalse();
    }

    @Test
    void anActivityWithoutMeansOfVerificationIsFlagged() {
        assertThat(flags(planWith(activity().verification("  ").build()), ACTIVITY_WITHOUT_VERIFICATION)).isTrue();
        assertThat(flags(planWith(activity().verification(null).build()), ACTIVITY_WITHOUT_VERIFICATION)).isTrue();
        assertThat(flags(planWith(activity().verification("Minutes").build()), ACTIVITY_WITHOUT_VERIFICATION)).isFalse();
    }

    @Test
    void anActivityWithoutIndicatorIsFlagged() {
        assertThat(flags(planWith(activity().indicators().build()), ACTIVITY_WITHOUT_INDICATOR)).isTrue();
        assertThat(flags(planWith(activity().build()), ACTIVITY_WITHOUT_INDICATOR)).isFalse();
    }

    @Test
    void aOneOffEventSpreadOverMoreThanAYearIsAWarningWithItsLength() {
        var twoYears = activity().title("Organise a national conference on child trafficking")
                .dates(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 12, 31)).build();

        assertThat(findings(planWith(twoYears), ONE_OFF_EVENT_SPREAD)).singleElement()
                .extracting(Finding::arguments).isEqualTo(List.of(24L));
        var oneDay = activity().title("Organise a national conference on child trafficking")
                .dates(LocalDate.of(2016, 10, 18), LocalDate.of(2016, 10, 18)).build();
        assertThat(flags(planWith(oneDay), ONE_OFF_EVENT_SPREAD)).isFalse();
        var repeated = activity().title("Annual conference of the National Authority")
                .dates(LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31)).build();
        assertThat(flags(planWith(repeated), ONE_OFF_EVENT_SPREAD)).isFalse();
        var notAnEvent = activity().title("Training of police officers")
                .dates(LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31)).build();
        assertThat(flags(planWith(notAnEvent), ONE_OFF_EVENT_SPREAD)).isFalse();
    }

    @Test
    void theSeedsOwnExamplesOfOneOffEventsAreRecognised() {
        // seed 002: "1.1.2 Launching of a situation analysis ... and 1.1.3 Publication of a transnational research ...
        // are set at a timeline of 2 years although the wording of the actions suggest they are one-time events"
        assertThat(OneOffEvents.namesASingleEvent("Launching of a situation analysis of children in movement in Kosovo")).isTrue();
        assertThat(OneOffEvents.namesASingleEvent("Publication of a transnational research regarding children on the move"))
                .isTrue();
    }

    @Test
    void oneOffEventsAreRecognisedInAlbanianAndSerbianToo() {
        assertThat(OneOffEvents.namesASingleEvent("Organizimi i një tryeze të rrumbullakët me komunitetin")).isTrue();
        assertThat(OneOffEvents.namesASingleEvent("Konferenca kombëtare për trafikimin e fëmijëve")).isTrue();
        assertThat(OneOffEvents.namesASingleEvent("Округли сто са цивилним друштвом")).isTrue();
        assertThat(OneOffEvents.namesASingleEvent("Konferenca vjetore e Autoritetit Kombëtar")).isFalse();
        assertThat(OneOffEvents.namesASingleEvent("Regional workshops for labour inspectors")).isFalse();
    }

    // ---- objectives ----

    @Test
    void aSpecificObjectiveWithoutActivitiesIsFlagged() {
        var empty = specific("SO 1.2", List.of(outcome()));
        var tree = plan(strategic("SO 1", List.of(outcome()), specific("SO 1.1", List.of(outcome()), activity().build()),
                empty));

        assertThat(findings(tree, SPECIFIC_OBJECTIVE_WITHOUT_ACTIVITIES)).singleElement().satisfies(finding -> {
            assertThat(finding.element().code()).isEqualTo("SO 1.2");
            assertThat(finding.fixPath()).isEqualTo("/specific-objectives/" + empty.id() + "/edit");
        });
    }

    @Test
    void aSpecificObjectiveWithOnlyOutputIndicatorsHasNoResultIndicator() {
        var outputsOnly = specific("SO 1.1", List.of(indicator().build()), activity().build());
        var withImpact = specific("SO 1.2", List.of(indicator().level(ResultLevel.IMPACT).build()),
                activity().code("A1.2.1").build());

        var found = findings(plan(strategic("SO 1", List.of(outcome()), outputsOnly, withImpact)),
                SPECIFIC_OBJECTIVE_WITHOUT_RESULT_INDICATOR);

        assertThat(found).extracting(finding -> finding.element().code()).containsExactly("SO 1.1");
        assertThat(found).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void aStrategicObjectiveWithoutSpecificObjectivesIsFlagged() {
        var empty = strategic("SO 2", List.of(outcome()));
        var tree = plan(strategic("SO 1", List.of(outcome()), specific("SO 1.1", List.of(outcome()), activity().build())),
                empty);

        assertThat(findings(tree, STRATEGIC_OBJECTIVE_WITHOUT_SPECIFIC)).singleElement().satisfies(finding -> {
            assertThat(finding.element().code()).isEqualTo("SO 2");
            assertThat(finding.fixPath()).isEqualTo("/strategic-objectives/" + empty.id() + "/edit");
        });
    }

    @Test
    void aStrategicObjectiveWithoutOutcomeOrImpactIndicatorIsAWarning() {
        var tree = plan(strategic("SO 1", List.of(indicator().level(ResultLevel.OUTPUT).build()),
                specific("SO 1.1", List.of(outcome()), activity().build())));

        assertThat(findings(tree, STRATEGIC_OBJECTIVE_WITHOUT_RESULT_INDICATOR)).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(flags(planWith(activity().build()), STRATEGIC_OBJECTIVE_WITHOUT_RESULT_INDICATOR)).isFalse();
    }

    // ---- the plan as a whole ----

    @Test
    void aPlanWithoutStrategicObjectivesIsFlagged() {
        var found = findings(plan(), PLAN_WITHOUT_OBJECTIVES);

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.element().kind()).isEqualTo(ElementKind.PLAN);
            assertThat(finding.fixPath()).isEqualTo("/plans/" + Trees.PLAN.id());
        });
        assertThat(flags(planWith(activity().build()), PLAN_WITHOUT_OBJECTIVES)).isFalse();
    }

    @Test
    void aPlanWhoseIndicatorsAllMeasureOutputsActivitiesOrInputsHasNoOutcomeIndicator() {
        var outputs = plan(strategic("SO 1", List.of(indicator().level(ResultLevel.OUTPUT).build()),
                specific("SO 1.1", List.of(indicator().level(ResultLevel.ACTIVITY).build()),
                        activity().indicators(indicator().level(ResultLevel.INPUT).build(),
                                indicator().level(null).build()).build())));

        assertThat(findings(outputs, PLAN_WITHOUT_OUTCOME_INDICATOR)).singleElement()
                .extracting(Finding::arguments).isEqualTo(List.of(1, 2, 1));
        var oneImpact = plan(strategic("SO 1", List.of(indicator().level(ResultLevel.IMPACT).build()),
                specific("SO 1.1", List.of(indicator().build()), activity().build())));
        assertThat(flags(oneImpact, PLAN_WITHOUT_OUTCOME_INDICATOR)).isFalse();
    }

    @Test
    void aPlanWhereNoActivityRecordsRisksIsFlagged() {
        var noRisks = planWith(activity().risks(null).build(), activity().code("A1.1.2").risks(" ").build());
        var oneRisk = planWith(activity().risks(null).build(), activity().code("A1.1.2").risks("Elections").build());

        assertThat(findings(noRisks, PLAN_WITHOUT_RISKS)).singleElement().extracting(Finding::arguments)
                .isEqualTo(List.of(2));
        assertThat(flags(oneRisk, PLAN_WITHOUT_RISKS)).isFalse();
    }

    // ---- where a finding belongs ----

    @Test
    void findingsCarryTheirStrategicObjectiveAndTheInstitutionThatAnswersForThem() {
        var municipality = 9L;
        var ownIndicator = indicator().baseline(null, null).responsible(municipality).build();
        var leadsIndicator = indicator().baseline(null, null).build();
        var tree = planWith(activity().verification(null).indicators(ownIndicator, leadsIndicator).build());
        var strategicId = tree.objectives().get(0).id();

        var report = rules.check(tree);

        assertThat(report.findings()).extracting(Finding::strategicObjectiveId).containsOnly(strategicId);
        assertThat(report.findings()).extracting(finding -> finding.element().id(), Finding::institutionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(tree.activities().findFirst().orElseThrow().id(), Trees.POLICE),
                        org.assertj.core.groups.Tuple.tuple(ownIndicator.id(), municipality),
                        org.assertj.core.groups.Tuple.tuple(leadsIndicator.id(), Trees.POLICE));
        assertThat(report.objectives()).singleElement().satisfies(objective -> {
            assertThat(objective.problems()).isEqualTo(3);
            assertThat(objective.warnings()).isZero();
        });
    }

    @Test
    void planFindingsComeFirstThenElementsInPlanOrder() {
        var tree = plan(strategic("SO 1", List.of(indicator().build()),
                specific("SO 1.1", List.of(outcome()), activity().lead(null).risks(null).build())));

        assertThat(rules.check(tree).findings()).extracting(finding -> finding.rule().code())
                .containsExactly("PLAN-NO-RISKS", "STRAT-NO-RESULT-INDICATOR", "ACT-NO-LEAD");
    }
}
