package org.ariadne.dataquality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ariadne.plan.IndicatorType;
import org.ariadne.reporting.ReportStatus;
import org.ariadne.reporting.ReportedFigures.Figure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each check of {@link CheckKind} on figures made up here: what it flags, what it leaves alone. */
class ChecksUnitTest {

    private static final long POLICE = 1;
    private static final long PROSECUTION = 2;
    private static final long VICTIMS = 10;
    private static final long ACTIVITY = 100;
    private static final Map<Long, Checks.Facts> INDICATORS = Map.of(VICTIMS,
            new Checks.Facts(VICTIMS, "A1.1.1 Victims identified", IndicatorType.NUMBER, ACTIVITY, true));

    private static Figure figure(long institution, int month, String total) {
        var start = LocalDate.of(2026, month, 1);
        return new Figure(VICTIMS, institution, 7, start, start.plusMonths(1).minusDays(1), new BigDecimal(total),
                ReportStatus.SUBMITTED);
    }

    private static List<Figure> history(long institution, String... totals) {
        var figures = new ArrayList<Figure>();
        for (int i = 0; i < totals.length; i++) {
            figures.add(figure(institution, i + 1, totals[i]));
        }
        return figures;
    }

    private static Checks.Settings settings(CheckRule... rules) {
        return new Checks.Settings(List.of(rules));
    }

    private static CheckRule rule(Long indicator, CheckKind kind, boolean on, String threshold) {
        var rule = CheckRule.of(1, indicator, kind);
        rule.set(on, threshold == null ? null : new BigDecimal(threshold), "officer", java.time.LocalDateTime.now());
        return rule;
    }

    /** Only the named checks are on, with every other one off, so each test sees its own check only. */
    private static Checks.Settings only(CheckRule... on) {
        var rules = new ArrayList<CheckRule>(List.of(on));
        for (var kind : CheckKind.values()) {
            if (rules.stream().noneMatch(rule -> rule.kind() == kind && rule.indicatorId() == null)) {
                rules.add(rule(null, kind, false, kind.hasThreshold() ? "100" : null));
            }
        }
        return settings(rules.toArray(CheckRule[]::new));
    }

    private static final Map<Long, Set<Long>> EVIDENCED = Map.of(POLICE, Set.of(ACTIVITY), PROSECUTION, Set.of(ACTIVITY));

    @Test
    void aValueMoreThanDoubleOrLessThanHalfTheMedianOfThePreviousFourIsFarFromThem() {
        var settings = only(rule(null, CheckKind.FAR_FROM_PREVIOUS, true, "100"));
        // previous four: 10, 12, 11, 30 (the fifth back, 500, is too old to count): median 11.5
        var earlier = history(POLICE, "500", "10", "12", "11", "30");

        var high = Checks.flags(List.of(figure(POLICE, 6, "24")), earlier, List.of(), EVIDENCED, INDICATORS, settings);
        var low = Checks.flags(List.of(figure(POLICE, 6, "5.7")), earlier, List.of(), EVIDENCED, INDICATORS, settings);
        var near = Checks.flags(List.of(figure(POLICE, 6, "22.9")), earlier, List.of(), EVIDENCED, INDICATORS, settings);

        assertThat(high).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(CheckKind.FAR_FROM_PREVIOUS);
            assertThat(flag.reference()).isEqualByComparingTo("11.5");
            assertThat(flag.value()).isEqualByComparingTo("24");
            assertThat(flag.anchor()).isEqualTo("i-" + VICTIMS + "-2026-06-01");
        });
        assertThat(low).singleElement().extracting(Flag::kind).isEqualTo(CheckKind.FAR_FROM_PREVIOUS);
        assertThat(near).isEmpty();
    }

    @Test
    void oneEarlierValueOrAMedianOfNothingIsNoBasisForComparing() {
        var settings = only(rule(null, CheckKind.FAR_FROM_PREVIOUS, true, "100"));

        assertThat(Checks.flags(List.of(figure(POLICE, 6, "90")), history(POLICE, "10"), List.of(), EVIDENCED,
                INDICATORS, settings)).isEmpty();
        assertThat(Checks.flags(List.of(figure(POLICE, 6, "3")), history(POLICE, "0", "0", "0"), List.of(), EVIDENCED,
                INDICATORS, settings)).isEmpty();
    }

    @Test
    void theThresholdForOneIndicatorReplacesTheOneForAll() {
        var settings = only(rule(null, CheckKind.FAR_FROM_PREVIOUS, true, "100"),
                rule(VICTIMS, CheckKind.FAR_FROM_PREVIOUS, true, "300"));

        // 40 is more than double 11 but less than four times it
        assertThat(Checks.flags(List.of(figure(POLICE, 6, "40")), history(POLICE, "10", "12", "11"), List.of(),
                EVIDENCED, INDICATORS, settings)).isEmpty();
        assertThat(Checks.flags(List.of(figure(POLICE, 6, "45")), history(POLICE, "10", "12", "11"), List.of(),
                EVIDENCED, INDICATORS, settings)).singleElement()
                .satisfies(flag -> assertThat(flag.threshold()).isEqualByComparingTo("300"));
    }

    @Test
    void aRunningTotalThatFallsIsFlaggedOnlyWhereTheOfficeSaysItIsOne() {
        var values = List.of(figure(POLICE, 6, "41"));
        var earlier = history(POLICE, "30", "38", "42");

        assertThat(Checks.flags(values, earlier, List.of(), EVIDENCED, INDICATORS, only())).isEmpty();
        assertThat(Checks.flags(values, earlier, List.of(), EVIDENCED, INDICATORS,
                only(rule(VICTIMS, CheckKind.CUMULATIVE_FALLS, true, null)))).singleElement().satisfies(flag -> {
                    assertThat(flag.kind()).isEqualTo(CheckKind.CUMULATIVE_FALLS);
                    assertThat(flag.reference()).isEqualByComparingTo("42");
                });
    }

    @Test
    void twoInstitutionsFarApartAreFlaggedOnceWhenBothAreChecked() {
        var settings = only(rule(null, CheckKind.INSTITUTIONS_APART, true, "100"));
        var police = figure(POLICE, 6, "40");
        var prosecution = figure(PROSECUTION, 6, "15");
        var close = figure(PROSECUTION, 6, "25");

        var both = Checks.flags(List.of(police, prosecution), List.of(), List.of(police, prosecution), EVIDENCED,
                INDICATORS, settings);
        var policeAlone = Checks.flags(List.of(police), List.of(), List.of(prosecution), EVIDENCED, INDICATORS,
                settings);

        assertThat(both).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(CheckKind.INSTITUTIONS_APART);
            assertThat(flag.institutionId()).isEqualTo(POLICE);
            assertThat(flag.otherInstitutionId()).isEqualTo(PROSECUTION);
        });
        assertThat(policeAlone).singleElement().extracting(Flag::otherInstitutionId).isEqualTo(PROSECUTION);
        assertThat(Checks.flags(List.of(police), List.of(), List.of(close), EVIDENCED, INDICATORS, settings)).isEmpty();
    }

    @Test
    void aValueWithoutTheEvidenceItsMeansOfVerificationAsksForIsFlaggedOncePerReport() {
        var settings = only(rule(null, CheckKind.NO_EVIDENCE, true, null));
        var values = List.of(figure(POLICE, 4, "3"), figure(POLICE, 5, "4"));

        var flags = Checks.flags(values, List.of(), List.of(), Map.of(), INDICATORS, settings);
        var withEvidence = Checks.flags(values, List.of(), List.of(), EVIDENCED, INDICATORS, settings);
        var noMeans = Checks.flags(values, List.of(), List.of(), Map.of(), Map.of(VICTIMS,
                new Checks.Facts(VICTIMS, "A1.1.1 Victims", IndicatorType.NUMBER, ACTIVITY, false)), settings);

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(CheckKind.NO_EVIDENCE);
            assertThat(flag.anchor()).isEqualTo("e-" + ACTIVITY);
        });
        assertThat(withEvidence).isEmpty();
        assertThat(noMeans).isEmpty();
    }

    @Test
    void aThresholdIsRequiredWhereTheCheckHasOneAndKeptWithinReason() {
        var rule = CheckRule.of(1, null, CheckKind.FAR_FROM_PREVIOUS);
        var now = java.time.LocalDateTime.now();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rule.set(true, null, "officer", now))
                .isInstanceOf(DataQualityException.class)
                .hasFieldOrPropertyWithValue("messageKey", "dataquality.error.threshold-required");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rule.set(true, BigDecimal.ZERO, "officer", now))
                .isInstanceOf(DataQualityException.class)
                .hasFieldOrPropertyWithValue("messageKey", "dataquality.error.threshold-range");
        var noThreshold = CheckRule.of(1, null, CheckKind.NO_EVIDENCE);
        noThreshold.set(false, new BigDecimal("50"), "officer", now);
        assertThat(noThreshold.threshold()).isNull();
        assertThat(Checks.median(List.of(new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("2"))))
                .isEqualByComparingTo("2");
    }
}
