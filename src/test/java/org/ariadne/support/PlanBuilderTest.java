package org.ariadne.support;

import org.ariadne.plan.Frequency;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.ThematicArea;
import org.junit.jupiter.api.Test;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

/** The test kit's plan builder places elements as a plan's workbook would and fills in only plain defaults. */
class PlanBuilderTest {

    @Test
    void elementsGoUnderTheObjectiveWrittenBeforeThemAndActivitiesWithoutCodeGetTheNextOne() {
        var plan = aPlan().withActivity(anActivity("Training"))
                .withActivity(anActivity("Operations").withIndicator(anIndicator("Operations held")))
                .withStrategicObjective("SO 2", "Prevention", ThematicArea.PREVENTION)
                .withIndicator(anIndicator("Pupils aware"))
                .withActivity(anActivity("Campaign"));

        assertThat(plan.elements).extracting(element -> element.code)
                .containsExactly("SO 1", "SO 1.1", "A1.1.1", "A1.1.2", "SO 2", "SO 2.1", "A2.1.1");
        assertThat(plan.elements.get(3).indicators).extracting(IndicatorBuilder::name).containsExactly("Operations held");
        assertThat(plan.elements.get(4).indicators).extracting(IndicatorBuilder::name).containsExactly("Pupils aware");
    }

    @Test
    void anActivityAndAnIndicatorHaveThePlainDefaultsOfOneTypedInByHand() {
        var activity = anActivity("A1.1.1", "Training").ledBy(7L).toCommand();
        assertThat(activity.continuous()).isTrue();
        assertThat(activity.frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(activity.leadInstitutionId()).isEqualTo(7L);
        assertThat(activity.supportingInstitutionIds()).isEmpty();
        assertThat(activity.budgetLines()).isEmpty();
        assertThat(activity.startDate()).isNull();

        var indicator = anIndicator("Victims identified").target("200").toCommand();
        assertThat(indicator.resultLevel()).isEqualTo(ResultLevel.OUTPUT);
        assertThat(indicator.type()).isEqualTo(IndicatorType.NUMBER);
        assertThat(indicator.baselineValue()).isZero();
        assertThat(indicator.targetValue()).isEqualByComparingTo("200");
        assertThat(indicator.targetYear()).isNull();
        assertThat(indicator.disaggregations()).isEmpty();
    }
}
