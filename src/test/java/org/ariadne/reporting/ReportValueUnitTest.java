package org.ariadne.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ariadne.common.UserFacingException;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.ResultLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The value of an indicator and its parts: a value fits its indicator's type, every breakdown filled in adds up to
 * the total, and a total left empty is the sum of the parts.
 */
class ReportValueUnitTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 4, 20, 10, 0);
    private static final List<String> REGIONS = List.of("PRISHTINA", "PRIZREN");

    private static IndicatorView indicator(IndicatorType type, Set<Disaggregation> dimensions, BigDecimal min,
            BigDecimal max) {
        return new IndicatorView(7, 0, IndicatorOwner.activity(3), "Victims identified", ResultLevel.OUTPUT, type, null,
                Direction.INCREASE, null, null, min, max, null, null, null, null, null, new TreeMap<>(), dimensions, null,
                null, null, null);
    }

    private static IndicatorView number(Disaggregation... dimensions) {
        return indicator(IndicatorType.NUMBER, dimensions.length == 0 ? EnumSet.noneOf(Disaggregation.class)
                : EnumSet.of(dimensions[0], dimensions), null, null);
    }

    private static ReportValue value() {
        return ReportValue.blank(10, 7, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
    }

    /** The refusal's message key, or null when the value was taken. */
    private static String apply(ReportValue value, IndicatorView indicator, ValueCommand command) {
        try {
            value.apply(indicator, Breakdown.of(indicator.disaggregations(), REGIONS), command, "focal", NOW);
            return null;
        } catch (UserFacingException refused) {
            return refused.messageKey();
        }
    }

    private static ValueCommand total(String total, Map<String, BigDecimal> parts) {
        return new ValueCommand(total == null ? null : new BigDecimal(total), null, null, parts, null);
    }

    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    @Test
    void partsMustAddUpToTheTotal() {
        var value = value();
        var indicator = number(Disaggregation.SEX, Disaggregation.AGE_GROUP);
        var parts = Map.of("SEX=FEMALE|AGE_GROUP=UNDER_18", n("2"), "SEX=MALE|AGE_GROUP=ADULT", n("3"));

        assertThat(apply(value, indicator, total("6", parts))).isEqualTo("reporting.error.parts-do-not-add-up");
        assertThat(value.isEmpty()).as("nothing is kept from a refused value").isTrue();
        assertThat(apply(value, indicator, total("5", parts))).isNull();
        assertThat(value.view().total()).isEqualByComparingTo("5");
        assertThat(value.view().parts()).containsOnlyKeys("SEX=FEMALE|AGE_GROUP=UNDER_18", "SEX=MALE|AGE_GROUP=ADULT");
    }

    @Test
    void anEmptyTotalIsTheSumOfTheParts() {
        var value = value();

        assertThat(apply(value, number(Disaggregation.SEX), total(null, Map.of("SEX=FEMALE", n("4"), "SEX=MALE",
                n("1.5"))))).isNull();

        assertThat(value.view().total()).isEqualByComparingTo("5.5");
    }

    @Test
    void everyBreakdownFilledInMustAddUpToTheSameTotal() {
        var indicator = number(Disaggregation.SEX, Disaggregation.AGE_GROUP, Disaggregation.CITIZENSHIP);
        var grid = Map.of("SEX=FEMALE|AGE_GROUP=ADULT", n("3"), "SEX=MALE|AGE_GROUP=ADULT", n("1"));

        var citizenshipOff = new java.util.HashMap<>(grid);
        citizenshipOff.put("CITIZENSHIP=NATIONAL", n("3"));
        assertThat(apply(value(), indicator, total(null, citizenshipOff))).isEqualTo("reporting.error.parts-do-not-add-up");

        var consistent = new java.util.HashMap<>(grid);
        consistent.put("CITIZENSHIP=NATIONAL", n("3"));
        consistent.put("CITIZENSHIP=FOREIGN", n("1"));
        var value = value();
        assertThat(apply(value, indicator, total(null, consistent))).isNull();
        assertThat(value.view().total()).isEqualByComparingTo("4");
    }

    @Test
    void aTotalWithoutPartsNeedsNoBreakdown() {
        var value = value();

        assertThat(apply(value, number(Disaggregation.SEX), total("12", Map.of()))).isNull();

        assertThat(value.view().total()).isEqualByComparingTo("12");
        assertThat(value.view().parts()).isEmpty();
    }

    @Test
    void aPartTheIndicatorDoesNotHaveOrANegativePartIsRefused() {
        assertThat(apply(value(), number(Disaggregation.SEX), total(null, Map.of("REGION=PRISHTINA", n("1")))))
                .isEqualTo("reporting.error.not-in-report");
        assertThat(apply(value(), number(Disaggregation.SEX), total(null, Map.of("SEX=FEMALE", n("-1")))))
                .isEqualTo("reporting.error.value-out-of-range");
    }

    @Test
    void aPercentageIsBetweenZeroAndHundredAndFollowsFromNumeratorAndDenominator() {
        var percentage = indicator(IndicatorType.PERCENTAGE, EnumSet.noneOf(Disaggregation.class), null, null);
        var value = value();

        assertThat(apply(value, percentage, new ValueCommand(null, n("1"), n("4"), Map.of(), null))).isNull();
        assertThat(value.view().total()).isEqualByComparingTo("25");
        assertThat(apply(value(), percentage, new ValueCommand(null, n("5"), n("4"), Map.of(), null)))
                .isEqualTo("reporting.error.value-out-of-range");
        assertThat(apply(value(), percentage, new ValueCommand(null, n("0"), n("0"), Map.of(), null)))
                .isEqualTo("reporting.error.value-out-of-range");
        assertThat(apply(value(), percentage, total("100.5", Map.of()))).isEqualTo("reporting.error.value-out-of-range");
        assertThat(apply(value(), percentage, total("100", Map.of()))).isNull();
    }

    @Test
    void yesOrNoIsOneOrZeroAndAScaleValueStaysWithinItsScale() {
        var yesNo = indicator(IndicatorType.YES_NO, EnumSet.noneOf(Disaggregation.class), null, null);
        assertThat(apply(value(), yesNo, total("1", Map.of()))).isNull();
        assertThat(apply(value(), yesNo, total("0", Map.of()))).isNull();
        assertThat(apply(value(), yesNo, total("2", Map.of()))).isEqualTo("reporting.error.value-out-of-range");

        var scale = indicator(IndicatorType.SCALE, EnumSet.noneOf(Disaggregation.class), n("1"), n("5"));
        assertThat(apply(value(), scale, total("5", Map.of()))).isNull();
        assertThat(apply(value(), scale, total("0", Map.of()))).isEqualTo("reporting.error.value-out-of-range");
        assertThat(apply(value(), scale, total("6", Map.of()))).isEqualTo("reporting.error.value-out-of-range");
    }

    @Test
    void anEmptyValueWithANoteIsKeptAsNoValue() {
        var value = value();

        assertThat(apply(value, number(), new ValueCommand(null, null, null, Map.of(), " not collected "))).isNull();

        assertThat(value.isEmpty()).isTrue();
        assertThat(value.view().note()).isEqualTo("not collected");
    }
}
