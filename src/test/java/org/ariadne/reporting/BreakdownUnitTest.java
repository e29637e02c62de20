package org.ariadne.reporting;

import java.util.EnumSet;
import java.util.List;

import org.ariadne.plan.Disaggregation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How an indicator's value is broken down: the first two dimensions as a grid, each further one on its own. */
class BreakdownUnitTest {

    private static final List<String> REGIONS = List.of("PRISHTINA", "PRIZREN");

    @Test
    void anIndicatorWithoutDimensionsHasNoParts() {
        var breakdown = Breakdown.of(EnumSet.noneOf(Disaggregation.class), REGIONS);

        assertThat(breakdown.isEmpty()).isTrue();
        assertThat(breakdown.knows("SEX=FEMALE")).isFalse();
    }

    @Test
    void sexByAgeGroupIsOneGridOfFourParts() {
        var breakdown = Breakdown.of(EnumSet.of(Disaggregation.AGE_GROUP, Disaggregation.SEX), REGIONS);

        assertThat(breakdown.groups()).hasSize(1);
        assertThat(breakdown.groups().get(0).dimensions()).containsExactly(Disaggregation.SEX, Disaggregation.AGE_GROUP);
        assertThat(breakdown.groups().get(0).parts()).extracting(Breakdown.Part::key).containsExactly(
                "SEX=FEMALE|AGE_GROUP=UNDER_18", "SEX=FEMALE|AGE_GROUP=ADULT", "SEX=MALE|AGE_GROUP=UNDER_18",
                "SEX=MALE|AGE_GROUP=ADULT");
        assertThat(breakdown.knows("SEX=MALE|AGE_GROUP=ADULT")).isTrue();
        assertThat(breakdown.knows("SEX=MALE")).as("a single dimension of the grid is not a part").isFalse();
    }

    @Test
    void everyFurtherDimensionIsABreakdownOfItsOwn() {
        var breakdown = Breakdown.of(EnumSet.of(Disaggregation.SEX, Disaggregation.AGE_GROUP, Disaggregation.CITIZENSHIP,
                Disaggregation.REGION), REGIONS);

        assertThat(breakdown.groups()).extracting(Breakdown.Group::dimensions).containsExactly(
                List.of(Disaggregation.SEX, Disaggregation.AGE_GROUP), List.of(Disaggregation.CITIZENSHIP),
                List.of(Disaggregation.REGION));
        assertThat(breakdown.groups().get(1).parts()).extracting(Breakdown.Part::key)
                .containsExactly("CITIZENSHIP=NATIONAL", "CITIZENSHIP=FOREIGN");
        assertThat(breakdown.groups().get(2).parts()).extracting(Breakdown.Part::key)
                .containsExactly("REGION=PRISHTINA", "REGION=PRIZREN");
    }

    @Test
    void regionsComeFromConfiguration() {
        var breakdown = Breakdown.of(EnumSet.of(Disaggregation.REGION), List.of("NORTH"));

        assertThat(breakdown.groups().get(0).parts()).extracting(Breakdown.Part::key).containsExactly("REGION=NORTH");
        assertThat(breakdown.groups().get(0).parts().get(0).categories().get(0).messageKey())
                .isEqualTo("reporting.category.region.north");
    }

    @Test
    void aSingleDimensionOtherThanTheGridIsItsOwnGroup() {
        var breakdown = Breakdown.of(EnumSet.of(Disaggregation.FORM_OF_EXPLOITATION), REGIONS);

        assertThat(breakdown.groups()).hasSize(1);
        assertThat(breakdown.groups().get(0).parts()).hasSize(6);
        assertThat(breakdown.knows("FORM_OF_EXPLOITATION=LABOUR")).isTrue();
    }
}
