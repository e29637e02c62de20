package org.ariadne.plan;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ariadne.plan.VersionChange.Element;
import org.ariadne.plan.VersionChange.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the comparison of two versions lists, and what it does not. */
class VersionComparisonUnitTest {

    private static final PlanHeader PLAN = new PlanHeader(1, 0, "Plan", null, null, null, 2015, 2019,
            PlanStatus.ADOPTED, false);

    static IndicatorView indicator(long id, long activity, String name, Map<Integer, BigDecimal> targets) {
        return new IndicatorView(id, 0, IndicatorOwner.activity(activity), name, ResultLevel.OUTPUT, IndicatorType.NUMBER,
                "persons", Direction.INCREASE, null, null, null, null, BigDecimal.ZERO, 2014, null, null, null,
                new TreeMap<>(targets), EnumSet.noneOf(Disaggregation.class), null, null, null, null);
    }

    static ActivityView activity(long id, String code, String title, boolean dropped, String budget2016,
            IndicatorView... indicators) {
        var lines = budget2016 == null ? List.<BudgetLineView>of()
                : List.of(new BudgetLineView(2016, FundingSourceKind.STATE_BUDGET, null, new BigDecimal(budget2016), null, null));
        return new ActivityView(id, 0, 100, code, title, null, null, null, List.of(), null, null, null, true, null, null,
                null, null, null, lines, List.of(indicators), dropped);
    }

    static PlanTree tree(ActivityView... activities) {
        var specific = new SpecificObjectiveNode(100, 0, 1000, "SO 1.1", "Identification", null, List.of(),
                List.of(activities));
        return new PlanTree(PLAN, List.of(new StrategicObjectiveNode(1000, 0, "SO 1", "Protection", null,
                ThematicArea.PROTECTION, List.of(), List.of(specific))));
    }

    @Test
    void aDroppedActivityAnAddedOneARevisedTargetAndAChangedBudgetAreListedWithOldAndNewValues() {
        var v1 = tree(activity(1, "A1.1.1", "Training", false, "1000",
                        indicator(11, 1, "Officers trained", Map.of(2016, new BigDecimal("50"), 2017, new BigDecimal("60")))),
                activity(2, "A1.1.2", "Hotline", false, null, indicator(21, 2, "Calls", Map.of())));
        var v2 = tree(activity(1, "A1.1.1", "Training", false, "800",
                        indicator(11, 1, "Officers trained", Map.of(2016, new BigDecimal("50.00"), 2017, new BigDecimal("45")))),
                activity(2, "A1.1.2", "Hotline", true, null, indicator(21, 2, "Calls", Map.of())),
                activity(3, "A1.1.3", "Online lessons", false, null, indicator(31, 3, "Pupils", Map.of())));

        var changes = VersionComparison.compare(v1, v2, id -> "Institution " + id);

        assertThat(changes).extracting(VersionChange::key).containsExactly("activity-1-budget-2016",
                "indicator-11-target-2017", "activity-3-added", "activity-2-dropped");
        var target = changes.get(1);
        assertThat(target.kind()).isEqualTo(Kind.CHANGED);
        assertThat(target.element()).isEqualTo(Element.INDICATOR);
        assertThat(target.year()).isEqualTo(2017);
        assertThat(target.before()).isEqualTo("60");
        assertThat(target.after()).isEqualTo("45");
        assertThat(changes.get(0).before()).isEqualTo("1000");
        assertThat(changes.get(0).after()).isEqualTo("800");
        // the indicators of the added and the dropped activity go with them, without lines of their own
        assertThat(changes).noneMatch(c -> c.key().startsWith("indicator-21") || c.key().startsWith("indicator-31"));
    }

    @Test
    void aVersionComparedWithItselfHasNoChangeAndARenumberedActivityIsChangedNotDroppedAndAdded() {
        var v1 = tree(activity(1, "A1.1.1", "Training", false, "1000"));
        assertThat(VersionComparison.compare(v1, v1, id -> "")).isEmpty();

        var renumbered = VersionComparison.compare(v1, tree(activity(1, "A1.1.4", "Training", false, "1000")), id -> "");
        assertThat(renumbered).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.CHANGED);
            assertThat(change.field()).isEqualTo("code");
            assertThat(change.before()).isEqualTo("A1.1.1");
            assertThat(change.after()).isEqualTo("A1.1.4");
        });
    }

    @Test
    void theTreeInForceKeepsTheOlderVersionsActivitiesAndTargets() {
        var v1 = tree(activity(1, "A1.1.1", "Training", false, null,
                        indicator(11, 1, "Officers trained", Map.of(2016, new BigDecimal("50")))),
                activity(2, "A1.1.2", "Hotline", false, null));
        var live = tree(activity(1, "A1.1.1", "Training", false, null,
                        indicator(11, 1, "Officers trained", Map.of(2016, new BigDecimal("40")))),
                activity(2, "A1.1.2", "Hotline", true, null));

        var then = VersionTrees.overlay(live, v1);
        assertThat(then.activity(2)).isPresent();
        assertThat(then.indicators().findFirst().orElseThrow().yearTargets().get(2016)).isEqualByComparingTo("50");
        assertThat(VersionTrees.withoutDropped(live).activity(2)).isEmpty();
    }
}
