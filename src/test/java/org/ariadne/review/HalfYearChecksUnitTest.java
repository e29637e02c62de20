package org.ariadne.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.BudgetLineView;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.ResultLevel;
import org.ariadne.reporting.ReportStatus;
import org.ariadne.reporting.ReportedActivities.Entry;
import org.ariadne.reporting.ReportedValues.PeriodValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The review's checks of an activity's half-year, one test per rule. */
class HalfYearChecksUnitTest {

    private static final HalfYear H2 = HalfYear.of("2016-H2");
    private static final long POLICE = 5;
    private static final long RATE = 70;

    private static ActivityView activity(List<BudgetLineView> budget, IndicatorView... indicators) {
        return new ActivityView(1, 0, 1, "A1.1.1", "Training", null, null, POLICE, List.of(), null, null, null, true,
                null, null, null, null, null, budget, List.of(indicators));
    }

    private static IndicatorView rate() {
        return new IndicatorView(RATE, 0, IndicatorOwner.activity(1), "Cases prosecuted", ResultLevel.OUTCOME,
                IndicatorType.PERCENTAGE, "%", null, "prosecuted", "identified", null, null, null, null, null, null,
                null, new TreeMap<>(), Set.of(), null, null, null, POLICE);
    }

    private static Entry entry(String period, LocalDate end, ActivityStatus status, String spent) {
        return new Entry(1, 1, period, end, POLICE, ReportStatus.ACCEPTED, status, "Done", null, null,
                spent == null ? BigDecimal.ZERO : new BigDecimal(spent), 0);
    }

    private static PeriodValue value(LocalDate end, String total, String numerator, String denominator) {
        return new PeriodValue(RATE, end.withDayOfMonth(1).minusMonths(2), end, new BigDecimal(total),
                numerator == null ? null : new BigDecimal(numerator), denominator == null ? null : new BigDecimal(denominator),
                Map.of(), ReportStatus.ACCEPTED, POLICE);
    }

    private static RatingView rating(Rating rating, String comments) {
        return new RatingView(1, 0, 1, 1, "A1.1.1", H2, rating, comments, null, null, null, "officer",
                LocalDateTime.of(2017, 1, 20, 10, 0), false);
    }

    private static BudgetLineView line(int year, String planned) {
        return new BudgetLineView(year, FundingSourceKind.STATE_BUDGET, null, new BigDecimal(planned), null);
    }

    @Test
    void aValueEqualToTheLastHalfYearsIsNoChangeAndADifferentOneIs() {
        var same = HalfYearChecks.sinceLastHalf(activity(List.of(), rate()), H2, List.of(),
                id -> List.of(value(LocalDate.of(2016, 6, 30), "40", null, null),
                        value(LocalDate.of(2016, 9, 30), "40.0", null, null)), null, null);
        assertThat(same.any()).isFalse();

        var changed = HalfYearChecks.sinceLastHalf(activity(List.of(), rate()), H2, List.of(),
                id -> List.of(value(LocalDate.of(2016, 6, 30), "40", null, null),
                        value(LocalDate.of(2016, 12, 31), "55", null, null)), Rating.ON_TRACK, Rating.ON_TRACK);
        assertThat(changed.values()).singleElement().satisfies(change -> {
            assertThat(change.before()).isEqualByComparingTo("40");
            assertThat(change.after()).isEqualByComparingTo("55");
        });
        assertThat(changed.ratingChanged()).as("1, still 1").isFalse();
        assertThat(HalfYearChecks.changedSinceLastHalf(activity(List.of(), rate()), H2, List.of(),
                id -> List.of(value(LocalDate.of(2016, 12, 31), "55", null, null)), null, null))
                .as("reported for the first time").isTrue();
    }

    @Test
    void aNumeratorAboveItsDenominatorIsDoubted() {
        var flags = HalfYearChecks.dataQuality(activity(List.of(), rate()), H2, List.of(),
                id -> List.of(value(LocalDate.of(2016, 9, 30), "120", "12", "10")), null, id -> "Police");

        assertThat(flags).extracting(HalfYearChecks.Flag::key).containsExactly("review.quality.numerator");
        assertThat(flags.get(0).first()).isEqualTo("12");
        assertThat(flags.get(0).second()).isEqualTo("10");
    }

    @Test
    void aThreeOnACompletedActivityAndATwoWithoutCommentsAreDoubted() {
        var completed = List.of(entry("2016-Q4", LocalDate.of(2016, 12, 31), ActivityStatus.COMPLETED, null));
        assertThat(HalfYearChecks.dataQuality(activity(List.of()), H2, completed, id -> List.of(),
                rating(Rating.NEEDS_REVISION, "Late"), id -> "Police"))
                .extracting(HalfYearChecks.Flag::key).containsExactly("review.quality.revision-completed");
        assertThat(HalfYearChecks.dataQuality(activity(List.of()), H2, completed, id -> List.of(),
                rating(Rating.MANAGEABLE_DIFFICULTIES, " "), id -> "Police"))
                .extracting(HalfYearChecks.Flag::key).containsExactly("review.quality.no-comments");
    }

    @Test
    void aYearThatEndedWithLessThanHalfItsBudgetSpentIsUnderspent() {
        var spent = List.of(entry("2016-Q2", LocalDate.of(2016, 6, 30), ActivityStatus.STARTED, "300"),
                entry("2016-Q4", LocalDate.of(2016, 12, 31), ActivityStatus.STARTED, "100"));
        var activity = activity(List.of(line(2016, "1000")));

        assertThat(HalfYearChecks.money(activity, 2016, HalfYear.of("2016-H1"), spent, id -> "Police"))
                .as("the year is not over at its first half").isEmpty();
        var flags = HalfYearChecks.money(activity, 2016, H2, spent, id -> "Police");
        assertThat(flags).extracting(HalfYearChecks.Flag::key).containsExactly("review.money.under");
        assertThat(flags.get(0)).extracting(HalfYearChecks.Flag::subject, HalfYearChecks.Flag::first,
                HalfYearChecks.Flag::second, HalfYearChecks.Flag::third).containsExactly("400", "1000", "2016", "40");
    }

    @Test
    void spendingInAYearWithoutBudgetIsFlaggedButNotAYearWithinIt() {
        var spent = List.of(entry("2016-Q4", LocalDate.of(2016, 12, 31), ActivityStatus.STARTED, "900"),
                entry("2017-Q1", LocalDate.of(2017, 3, 31), ActivityStatus.STARTED, "50"));
        var activity = activity(List.of(line(2016, "1000")));

        var flags = HalfYearChecks.money(activity, 2016, HalfYear.of("2017-H1"), spent, id -> "Police");

        assertThat(flags).extracting(HalfYearChecks.Flag::key).containsExactly("review.money.unplanned-year");
        assertThat(flags.get(0).first()).as("planned").isEqualTo("0");
        assertThat(flags.get(0).second()).as("the year").isEqualTo("2017");
    }
}
