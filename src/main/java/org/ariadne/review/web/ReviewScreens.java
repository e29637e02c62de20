package org.ariadne.review.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.ariadne.common.PersonNames;
import org.ariadne.dataquality.DataQuality;
import org.ariadne.dataquality.Flag;
import org.ariadne.dataquality.FlagTexts;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.Plans;
import org.ariadne.progress.PlanProgress;
import org.ariadne.reporting.ReportedActivities;
import org.ariadne.reporting.ReportedValues;
import org.ariadne.review.HalfYearChecks;
import org.ariadne.review.CorrectiveActionView;
import org.ariadne.review.HalfYear;
import org.ariadne.review.RatingView;
import org.ariadne.review.Reviews;
import org.ariadne.review.web.ReviewScreen.ActivityLine;
import org.ariadne.review.web.ReviewScreen.ReportedPeriod;
import org.ariadne.review.web.ReviewScreen.SpecificGroup;
import org.ariadne.review.web.ReviewScreen.StrategicGroup;
import org.springframework.stereotype.Component;

/**
 * Puts the review screen together from the plan, the accepted reports of the half-year's periods (a period belongs
 * to the half-year its last day falls in), the plan's progress in the half-year's year and the review itself.
 */
@Component
class ReviewScreens {

    /** How many earlier half-years of ratings the screen shows next to each activity. */
    static final int EARLIER_RATINGS = 3;
    /**
     * Above this many activities the screen lists the strategic objectives and loads each one's activities on demand
     * (a national plan's 400 activities in one page were 400 KB and 60,000 px tall).
     */
    static final int SECTIONS_ABOVE = 60;

    private final Plans plans;
    private final ReportedActivities reported;
    private final ReportedValues values;
    private final PlanProgress progress;
    private final Reviews reviews;
    private final Institutions institutions;
    private final PersonNames people;
    private final Clock clock;
    private final DataQuality dataQuality;
    private final FlagTexts flagTexts;

    ReviewScreens(Plans plans, ReportedActivities reported, ReportedValues values, PlanProgress progress,
            Reviews reviews, Institutions institutions, PersonNames people, Clock clock, DataQuality dataQuality,
            FlagTexts flagTexts) {
        this.dataQuality = dataQuality;
        this.flagTexts = flagTexts;
        this.plans = plans;
        this.reported = reported;
        this.values = values;
        this.progress = progress;
        this.reviews = reviews;
        this.institutions = institutions;
        this.people = people;
        this.clock = clock;
    }

    /**
     * The half-year shown when none is asked for: the last one that has ended, within the plan's period; or, when
     * nothing was reported in it (a plan whose reporting stopped, such as the demo's), the latest one with reports.
     */
    HalfYear defaultHalf(PlanHeader plan) {
        var half = HalfYear.containing(LocalDate.now(clock)).previous();
        var first = new HalfYear(plan.startYear(), 1);
        var last = new HalfYear(plan.endYear(), 2);
        var ended = half.compareTo(first) < 0 ? first : half.compareTo(last) > 0 ? last : half;
        var reportedHalves = reported.entries(plan.id(), true).stream()
                .map(entry -> HalfYear.containing(entry.periodEnd())).filter(h -> h.compareTo(ended) <= 0)
                .collect(Collectors.toSet());
        if (reportedHalves.isEmpty() || reportedHalves.contains(ended)) {
            return ended;
        }
        return reportedHalves.stream().max(java.util.Comparator.naturalOrder()).orElse(ended);
    }

    ReviewScreen screen(long planId, HalfYear half, boolean includeSubmitted) {
        return screen(planId, half, includeSubmitted, ReviewFilter.none(), false);
    }

    /**
     * The screen with its filters. With {@code onDemand} and no section chosen, a plan of more than
     * {@link #SECTIONS_ABOVE} activities shows each specific objective's counts only, its activities loading on demand;
     * only then (the page, not the download) are the activities checked: what changed, data quality, money.
     */
    ReviewScreen screen(long planId, HalfYear half, boolean includeSubmitted, ReviewFilter filter, boolean onDemand) {
        var tree = plans.tree(planId);
        var directory = institutions.directory();
        // up to the half-year's end: what came later is not part of this review
        var allEntries = reported.entries(planId, includeSubmitted, java.time.LocalDate.MIN, half.endsOn());
        var entries = allEntries.stream()
                .filter(entry -> half.contains(entry.periodEnd()))
                .collect(Collectors.groupingBy(ReportedActivities.Entry::activityId));
        var entriesUpToHalf = allEntries.stream().collect(Collectors.groupingBy(ReportedActivities.Entry::activityId));
        var series = series(planId, half, includeSubmitted);
        var overview = progress.overview(planId, half.year(), includeSubmitted);
        var progressOf = overview.activities()
                .collect(Collectors.toMap(a -> a.activity().id(), Function.identity(), (first, second) -> first));
        var summary = reviews.summary(planId, half);
        var ratings = summary.ratings().stream()
                .collect(Collectors.toMap(RatingView::activityId, Function.identity()));
        var earlier = new HashMap<Long, List<RatingView>>();
        var previousRatings = new HashMap<Long, RatingView>();
        var history = reviews.history(planId);
        for (int i = history.size() - 1; i >= 0; i--) {
            var rating = history.get(i);
            if (rating.halfYear().equals(half.previous())) {
                previousRatings.put(rating.activityId(), rating);
            }
            if (rating.halfYear().compareTo(half) < 0) {
                var list = earlier.computeIfAbsent(rating.activityId(), id -> new ArrayList<>());
                if (list.size() < EARLIER_RATINGS) {
                    list.add(rating);
                }
            }
        }
        var actions = summary.actions().stream().collect(Collectors.groupingBy(CorrectiveActionView::activityId));
        var usernames = new HashSet<String>();

        int total = (int) tree.activities().count();
        boolean sectioned = onDemand && filter.specific() == null && total > SECTIONS_ABOVE;
        // the office's data-quality checks on the values sent in the half-year, worded for the reader, by activity
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Map<Long, List<String>> checked = !onDemand || sectioned ? Map.of()
                : dataQuality.flagsEnding(planId, half.startsOn(), half.endsOn()).stream()
                        .filter(flag -> flag.activityId() != null)
                        .collect(Collectors.groupingBy(Flag::activityId, Collectors.mapping(
                                flag -> flagTexts.forReview(flag, locale, directory), Collectors.toList())));
        var groups = new ArrayList<StrategicGroup>();
        for (var strategic : tree.objectives()) {
            if (!filter.keepsObjective(strategic.id())) {
                continue;
            }
            var specifics = new ArrayList<SpecificGroup>();
            int shown = 0;
            int rated = 0;
            for (var specific : strategic.specificObjectives()) {
                if (!filter.keepsSpecific(specific.id())) {
                    continue;
                }
                var lines = new ArrayList<ActivityLine>();
                int inSection = 0;
                int ratedInSection = 0;
                for (var activity : specific.activities()) {
                    if (!filter.keeps(activity, ratings.get(activity.id()))) {
                        continue;
                    }
                    var own = entriesUpToHalf.getOrDefault(activity.id(), List.of());
                    HalfYearChecks.SinceLastHalf since = null;
                    if (filter.changedOnly()) {
                        // a section not loaded needs the answer only, which is quicker to have than the whole change
                        boolean changed = sectioned ? changed(activity, half, own, series, previousRatings, ratings)
                                : (since = since(activity, half, own, series, previousRatings, ratings)).any();
                        if (!changed) {
                            continue;
                        }
                    }
                    inSection++;
                    ratedInSection += ratings.containsKey(activity.id()) ? 1 : 0;
                    if (sectioned) {
                        continue;
                    }
                    var periods = entries.getOrDefault(activity.id(), List.of()).stream()
                            .map(entry -> new ReportedPeriod(entry, directory.nameOf(entry.institutionId()),
                                    "reporting/" + entry.periodId() + "/institutions/" + entry.institutionId()))
                            .toList();
                    var activityProgress = progressOf.get(activity.id());
                    var rating = ratings.get(activity.id());
                    var line = new ActivityLine(activity, directory.nameOf(activity.leadInstitutionId()), periods,
                            activityProgress == null ? List.of() : activityProgress.indicators(),
                            activityProgress == null ? null : activityProgress.achievement(), rating,
                            earlier.getOrDefault(activity.id(), List.of()), actions.getOrDefault(activity.id(), List.of()),
                            !onDemand ? HalfYearChecks.SinceLastHalf.nothing(half)
                                    : since != null ? since : since(activity, half, own, series, previousRatings, ratings),
                            !onDemand ? List.of()
                                    : HalfYearChecks.dataQuality(activity, half, own, series, rating, directory::nameOf),
                            checked.getOrDefault(activity.id(), List.of()),
                            !onDemand ? List.of() : HalfYearChecks.money(activity, half.year(), half, own, directory::nameOf));
                    remember(usernames, line);
                    lines.add(line);
                }
                shown += inSection;
                rated += ratedInSection;
                if (inSection > 0) {
                    specifics.add(new SpecificGroup(specific, lines, inSection, ratedInSection));
                }
            }
            if (shown > 0) {
                groups.add(new StrategicGroup(strategic, specifics, shown, rated));
            }
        }
        var review = summary.review();
        usernames.add(review.approvedBy());
        usernames.add(review.reopenedBy());
        var involved = new java.util.LinkedHashSet<Long>();
        tree.activities().forEach(activity -> {
            if (activity.leadInstitutionId() != null) {
                involved.add(activity.leadInstitutionId());
            }
            involved.addAll(activity.supportingInstitutionIds());
        });
        tree.indicators().forEach(indicator -> {
            if (indicator.responsibleInstitutionId() != null) {
                involved.add(indicator.responsibleInstitutionId());
            }
        });
        var owners = directory.all().stream().filter(org.ariadne.institutions.InstitutionView::active)
                .filter(institution -> involved.isEmpty() || involved.contains(institution.id())).toList();
        return new ReviewScreen(tree.plan(), half, HalfYearChoices.of(tree.plan()), review, includeSubmitted, groups,
                summary.blockers(), total, ratings.size(), names(usernames), directory, filter, sectioned,
                tree.objectives(), owners);
    }

    private static HalfYearChecks.SinceLastHalf since(org.ariadne.plan.ActivityView activity, HalfYear half,
            List<ReportedActivities.Entry> entries, LongFunction<List<ReportedValues.PeriodValue>> series,
            Map<Long, RatingView> before, Map<Long, RatingView> now) {
        var previous = before.get(activity.id());
        var current = now.get(activity.id());
        return HalfYearChecks.sinceLastHalf(activity, half, entries, series,
                previous == null ? null : previous.rating(), current == null ? null : current.rating());
    }

    private static boolean changed(org.ariadne.plan.ActivityView activity, HalfYear half,
            List<ReportedActivities.Entry> entries, LongFunction<List<ReportedValues.PeriodValue>> series,
            Map<Long, RatingView> before, Map<Long, RatingView> now) {
        var previous = before.get(activity.id());
        var current = now.get(activity.id());
        return HalfYearChecks.changedSinceLastHalf(activity, half, entries, series,
                previous == null ? null : previous.rating(), current == null ? null : current.rating());
    }

    /**
     * Each indicator's reported values, read when first asked for and only for indicators with a value in the
     * half-year's year (one query for all tells which): the others have nothing new to compare or check.
     */
    private LongFunction<List<ReportedValues.PeriodValue>> series(long planId, HalfYear half, boolean includeSubmitted) {
        var reportedThisYear = values.yearly(planId, half.year(), includeSubmitted).stream()
                .filter(value -> value.year() == half.year() && value.count() > 0)
                .map(ReportedValues.YearValue::indicatorId).collect(Collectors.toSet());
        var read = new HashMap<Long, List<ReportedValues.PeriodValue>>();
        return indicatorId -> reportedThisYear.contains(indicatorId)
                ? read.computeIfAbsent(indicatorId, id -> values.series(id, includeSubmitted))
                : List.of();
    }

    private static void remember(Set<String> usernames, ActivityLine line) {
        if (line.rating() != null) {
            usernames.add(line.rating().ratedBy());
        }
        line.previous().forEach(rating -> usernames.add(rating.ratedBy()));
        line.actions().forEach(action -> usernames.add(action.updatedBy()));
    }

    Map<String, String> names(Set<String> usernames) {
        var names = new HashMap<String, String>();
        usernames.stream().filter(Objects::nonNull).forEach(username -> names.put(username, people.displayName(username)));
        return names;
    }
}
