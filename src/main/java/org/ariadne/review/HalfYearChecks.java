package org.ariadne.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.LongFunction;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.BudgetLineView;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.IndicatorView;
import org.ariadne.progress.SpendingRule;
import org.ariadne.reporting.ReportedActivities.Entry;
import org.ariadne.reporting.ReportedValues.PeriodValue;

/**
 * What the review points out about an activity in a half-year, read from what was reported: what changed since the
 * previous half-year, doubts about the data (seed 002's "regular quality checks", after DHIS2's validation rules) and
 * money that does not add up (seed 004: spent against planned). It only reads what it is given: the activity's report
 * entries of every period, each indicator's values ({@code series}), and the ratings; it decides nothing, the officer
 * does.
 */
public final class HalfYearChecks {

    private HalfYearChecks() {
    }

    /** One indicator's value as reported by one institution: the latest before and the latest in the half-year. */
    public record ValueChange(String indicator, long institutionId, BigDecimal before, BigDecimal after) {
    }

    /**
     * What changed on an activity since the previous half-year: the status reported by its end against the one
     * reported in this half-year, the values likewise, and this half-year's rating against the previous one.
     */
    public record SinceLastHalf(HalfYear previous, ActivityStatus statusBefore, ActivityStatus statusNow,
            List<ValueChange> values, Rating ratingBefore, Rating ratingNow) {

        /** Nothing changed (or nothing was compared). */
        public static SinceLastHalf nothing(HalfYear half) {
            return new SinceLastHalf(half.previous(), null, null, List.of(), null, null);
        }

        public boolean statusChanged() {
            return statusNow != null && statusNow != statusBefore;
        }

        public boolean ratingChanged() {
            return ratingBefore != null && ratingNow != null && ratingBefore != ratingNow;
        }

        public boolean valuesChanged() {
            return !values.isEmpty();
        }

        public boolean any() {
            return statusChanged() || ratingChanged() || valuesChanged();
        }
    }

    /**
     * A point the officer should look at, as a message key and its arguments: {@code subject} (an indicator, an
     * institution, a period), then two more figures or names. Money flags say over- or under-spending.
     */
    public record Flag(String key, String subject, String first, String second, String third) {

        static Flag of(String key, Object... args) {
            var texts = new String[4];
            for (int i = 0; i < texts.length && i < args.length; i++) {
                texts[i] = args[i] == null ? null : args[i] instanceof BigDecimal number ? plain(number) : args[i].toString();
            }
            return new Flag(key, texts[0], texts[1], texts[2], texts[3]);
        }

        /** Over- or underspending, or money spent on an activity that has not started. */
        public boolean isMoney() {
            return key.startsWith("review.money.");
        }
    }

    /**
     * What changed on the activity since the previous half-year. A value counts as changed when it was reported in
     * this half-year and differs from the same institution's latest one before it (or there was none).
     */
    public static SinceLastHalf sinceLastHalf(ActivityView activity, HalfYear half, List<Entry> entries,
            LongFunction<List<PeriodValue>> series, Rating before, Rating now) {
        var previous = half.previous();
        ActivityStatus statusBefore = null;
        ActivityStatus statusNow = null;
        for (var entry : entries) {
            if (entry.activityId() != activity.id() || entry.status() == null) {
                continue;
            }
            if (!entry.periodEnd().isAfter(previous.endsOn())) {
                statusBefore = entry.status();
            } else if (half.contains(entry.periodEnd())) {
                statusNow = entry.status();
            }
        }
        var values = new ArrayList<ValueChange>();
        for (var indicator : activity.indicators()) {
            values.addAll(valueChanges(indicator, half, series));
        }
        return new SinceLastHalf(previous, statusBefore, statusNow, values, before, now);
    }

    /**
     * Whether anything changed, as {@link #sinceLastHalf} would say, reading the indicators' values only when the
     * status and the rating have not changed, and only until one has: what the filter needs for a large plan.
     */
    public static boolean changedSinceLastHalf(ActivityView activity, HalfYear half, List<Entry> entries,
            LongFunction<List<PeriodValue>> series, Rating before, Rating now) {
        if (sinceLastHalf(activity, half, entries, indicator -> List.of(), before, now).any()) {
            return true;
        }
        return activity.indicators().stream().anyMatch(indicator -> !valueChanges(indicator, half, series).isEmpty());
    }

    private static List<ValueChange> valueChanges(IndicatorView indicator, HalfYear half,
            LongFunction<List<PeriodValue>> series) {
        var previous = half.previous();
        var latestBefore = new LinkedHashMap<Long, BigDecimal>();
        var latestNow = new LinkedHashMap<Long, BigDecimal>();
        for (var value : series.apply(indicator.id())) {
            if (!value.endsOn().isAfter(previous.endsOn())) {
                latestBefore.put(value.institutionId(), value.total());
            } else if (half.contains(value.endsOn())) {
                latestNow.put(value.institutionId(), value.total());
            }
        }
        var changes = new ArrayList<ValueChange>();
        latestNow.forEach((institution, after) -> {
            var was = latestBefore.get(institution);
            if (was == null || was.compareTo(after) != 0) {
                changes.add(new ValueChange(indicator.name(), institution, was, after));
            }
        });
        return changes;
    }

    /**
     * Doubts about what was reported on the activity in the half-year, and about its rating, that only the review
     * can have: a numerator above its denominator, an activity reported completed without the evidence its means of
     * verification asks for (and without values, which the data-quality checks look at), a report that says nothing of
     * what was done, and a rating that does not fit the status. The values themselves (far from the earlier ones, two
     * institutions apart, a value without evidence) are checked by the office's data-quality checks, shown beside
     * these (module {@code dataquality}), so that one setting decides what is doubted on both pages.
     */
    public static List<Flag> dataQuality(ActivityView activity, HalfYear half, List<Entry> entries,
            LongFunction<List<PeriodValue>> series, RatingView rating, LongFunction<String> institutions) {
        var flags = new ArrayList<Flag>();
        var valuesByReport = new TreeMap<String, PeriodValue>();
        for (var indicator : activity.indicators()) {
            for (var value : series.apply(indicator.id())) {
                if (!half.contains(value.endsOn())) {
                    continue;
                }
                valuesByReport.putIfAbsent(value.endsOn() + "/" + value.institutionId(), value);
                if (value.numerator() != null && value.denominator() != null
                        && value.numerator().compareTo(value.denominator()) > 0) {
                    flags.add(Flag.of("review.quality.numerator", indicator.name(), value.numerator(), value.denominator()));
                }
            }
        }
        var verification = verification(activity);
        for (var entry : entries) {
            if (entry.activityId() != activity.id() || !half.contains(entry.periodEnd())) {
                continue;
            }
            boolean valuesReported = valuesByReport.containsKey(entry.periodEnd() + "/" + entry.institutionId());
            if (verification != null && entry.evidence() == 0 && !valuesReported
                    && entry.status() == ActivityStatus.COMPLETED) {
                flags.add(Flag.of("review.quality.no-evidence", entry.periodLabel(), verification,
                        institutions.apply(entry.institutionId())));
            }
            if (entry.status() != null && entry.status() != ActivityStatus.NOT_STARTED && blank(entry.narrative())) {
                flags.add(Flag.of("review.quality.no-narrative", entry.periodLabel(),
                        institutions.apply(entry.institutionId())));
            }
        }
        if (rating != null) {
            var status = rating.reviewedStatus() != null ? rating.reviewedStatus() : latestStatus(activity, half, entries);
            boolean due = activity.continuous() || (activity.startDate() != null && !activity.startDate().isAfter(half.endsOn()));
            if (rating.rating() == Rating.ON_TRACK && status == ActivityStatus.NOT_STARTED && due) {
                flags.add(Flag.of("review.quality.on-track-not-started"));
            }
            if (rating.rating() == Rating.NEEDS_REVISION && status == ActivityStatus.COMPLETED) {
                flags.add(Flag.of("review.quality.revision-completed"));
            }
            if (rating.rating().asksForComments() && blank(rating.comments())) {
                flags.add(Flag.of("review.quality.no-comments", rating.rating().number()));
            }
        }
        return flags;
    }

    /**
     * Money that does not add up, in the years {@code fromYear} to {@code through}'s year, counting what was spent
     * up to {@code through}'s end: spending above the year's planned budget, spending on an activity with no budget,
     * spending in a period the institution marked "hasn't started", and, for a year that has ended, spending below
     * half its planned budget.
     */
    public static List<Flag> money(ActivityView activity, int fromYear, HalfYear through, List<Entry> entries,
            LongFunction<String> institutions) {
        var flags = new ArrayList<Flag>();
        var spentByYear = new TreeMap<Integer, BigDecimal>();
        for (var entry : entries) {
            if (entry.activityId() != activity.id() || entry.periodEnd().isAfter(through.endsOn())
                    || entry.periodEnd().getYear() < fromYear || entry.spent() == null || entry.spent().signum() <= 0) {
                continue;
            }
            spentByYear.merge(entry.periodEnd().getYear(), entry.spent(), BigDecimal::add);
            if (entry.status() == ActivityStatus.NOT_STARTED) {
                flags.add(Flag.of("review.money.not-started", entry.spent(), entry.periodLabel(),
                        institutions.apply(entry.institutionId())));
            }
        }
        boolean yearly = activity.budgetLines().stream().anyMatch(line -> line.year() != null);
        if (activity.budgetLines().isEmpty() || activity.plannedBudget().signum() == 0) {
            var spent = spentByYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (spent.signum() > 0) {
                flags.add(Flag.of("review.money.no-budget", spent));
            }
            return flags;
        }
        if (!yearly) {
            var spent = spentByYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (spent.compareTo(activity.plannedBudget()) > 0) {
                flags.add(Flag.of("review.money.over-total", spent, activity.plannedBudget()));
            }
            return flags;
        }
        for (int year = fromYear; year <= through.year(); year++) {
            final int y = year;
            var planned = activity.budgetLines().stream().filter(line -> Objects.equals(line.year(), y))
                    .map(BudgetLineView::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
            var spent = spentByYear.getOrDefault(year, BigDecimal.ZERO);
            switch (SpendingRule.judge(planned, spent, year < through.year() || through.half() == 2)) {
                case UNPLANNED -> flags.add(Flag.of("review.money.unplanned-year", spent, planned, year));
                case OVERSPENT -> flags.add(Flag.of("review.money.over", spent, planned, year));
                case UNDERSPENT -> flags.add(Flag.of("review.money.under", spent, planned, year,
                        spent.multiply(BigDecimal.valueOf(100)).divide(planned, 0, RoundingMode.HALF_UP)));
                case WITHIN -> { }
            }
        }
        return flags;
    }

    private static ActivityStatus latestStatus(ActivityView activity, HalfYear half, List<Entry> entries) {
        var latest = activity.status();
        for (var entry : entries) {
            if (entry.activityId() == activity.id() && half.contains(entry.periodEnd()) && entry.status() != null) {
                latest = entry.status();
            }
        }
        return latest;
    }

    /** What the activity or one of its indicators names as means of verification, or null when none asks for it. */
    private static String verification(ActivityView activity) {
        if (!blank(activity.meansOfVerification())) {
            return activity.meansOfVerification().strip();
        }
        return activity.indicators().stream().map(IndicatorView::meansOfVerification).filter(text -> !blank(text))
                .map(String::strip).findFirst().orElse(null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
