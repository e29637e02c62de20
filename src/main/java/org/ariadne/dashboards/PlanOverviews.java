package org.ariadne.dashboards;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongPredicate;

import org.ariadne.common.charts.Chart;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.StrategicObjectiveNode;
import org.ariadne.plan.PlanArea;
import org.ariadne.progress.Achievement;
import org.ariadne.progress.IndicatorProgress;
import org.ariadne.progress.ProgressOverview;
import org.ariadne.progress.ProgressOverview.ActivityProgress;
import org.ariadne.progress.ProgressRules;
import org.ariadne.review.HalfYear;
import org.ariadne.review.Rating;
import org.springframework.stereotype.Component;

/**
 * Builds the plan overview from one {@link ProgressOverview}: no further reads. With an institution chosen, the
 * objectives' progress is rolled up again from that institution's activities only, by the same rule
 * ({@link ProgressRules#rollUp}); without one, the figures are exactly those of the progress module.
 */
@Component
class PlanOverviews {

    private static final int LABEL_LENGTH = 40;

    private final DashboardTexts texts;

    PlanOverviews(DashboardTexts texts) {
        this.texts = texts;
    }

    /**
     * @param overview the overview as the reader may see it (a count seen only protected may be suppressed, and is
     *                 then left out of the roll-ups)
     * @param ratings the ratings of the half-year shown, by activity; null when the reader may not see ratings
     * @param withheld how many indicators are measured but left out for this reader (the page says so)
     */
    PlanDashboard build(ProgressOverview overview, List<PlanArea> planAreas, DashboardFilter filter,
            InstitutionDirectory directory,
            HalfYearRatings ratings, LongPredicate offered, int withheld, Locale locale) {
        var institution = filter.institutionId();
        var rows = new ArrayList<PlanDashboard.ObjectiveRow>();
        var offTrack = new ArrayList<PlanDashboard.OffTrack>();
        var scopedActivities = new ArrayList<Achievement>();
        var ratingCounts = new ArrayList<Map<Rating, Integer>>();
        int measuredIndicators = 0;
        for (var strategic : overview.strategic()) {
            var objective = strategic.objective();
            if (filter.area() != null && !filter.area().equals(objective.thematicArea())) {
                continue;
            }
            var activities = new ArrayList<ActivityProgress>();
            var specificAchievements = new ArrayList<Achievement>();
            var indicators = new ArrayList<Scoped>();
            strategic.indicators().stream().filter(i -> responsible(i.indicator(), institution))
                    .forEach(i -> indicators.add(new Scoped(i, i.indicator().responsibleInstitutionId())));
            for (var specific : strategic.specific()) {
                specific.indicators().stream().filter(i -> responsible(i.indicator(), institution))
                        .forEach(i -> indicators.add(new Scoped(i, i.indicator().responsibleInstitutionId())));
                var mine = specific.activities().stream().filter(a -> involves(a.activity(), institution)).toList();
                activities.addAll(mine);
                if (!mine.isEmpty()) {
                    specificAchievements.add(ProgressRules.rollUp(mine.stream().map(ActivityProgress::achievement).toList()));
                }
                for (var activity : specific.activities()) {
                    for (var indicator : activity.indicators()) {
                        if (institution == null || involvesDirectly(activity.activity(), institution)
                                || institution.equals(indicator.indicator().responsibleInstitutionId())) {
                            // who answers for it: the institution named on the indicator, else the activity's lead; a plan
                            // being completed may have neither yet (the quality audit lists those)
                            var responsible = indicator.indicator().responsibleInstitutionId();
                            indicators.add(new Scoped(indicator,
                                    responsible != null ? responsible : activity.activity().leadInstitutionId()));
                        }
                    }
                }
            }
            for (var scoped : indicators) {
                var progress = scoped.progress();
                var achievement = progress.achievement();
                if (achievement.isMeasured()) {
                    measuredIndicators++;
                    if (achievement.light() == Achievement.Light.RED) {
                        offTrack.add(new PlanDashboard.OffTrack(progress, progress.ownerCode(),
                                directory.nameOf(scoped.institutionId())));
                    }
                }
            }
            if (institution != null && activities.isEmpty()) {
                continue;
            }
            var achievement = institution == null ? strategic.achievement() : ProgressRules.rollUp(specificAchievements);
            var achievements = activities.stream().map(ActivityProgress::achievement).toList();
            scopedActivities.addAll(achievements);
            rows.add(new PlanDashboard.ObjectiveRow(objective, achievement, Coverage.of(achievements),
                    statusCounts(activities)));
            if (ratings != null) {
                ratingCounts.add(ratingCounts(activities, ratings.byActivity()));
            }
        }
        offTrack.sort(Comparator.comparing((PlanDashboard.OffTrack o) -> o.progress().achievement().percent())
                .thenComparing(PlanDashboard.OffTrack::ownerCode));
        var achievement = filter.narrowed()
                ? ProgressRules.rollUp(rows.stream().map(PlanDashboard.ObjectiveRow::achievement).toList())
                : overview.achievement();
        return new PlanDashboard(overview.plan(), overview.year(), filter, achievement, Coverage.of(scopedActivities),
                List.copyOf(rows), List.copyOf(offTrack), measuredIndicators, statusChart(rows, locale),
                objectivesTable(rows, planAreas, locale), offTrackTable(offTrack, locale), areas(overview, planAreas),
                institutionOptions(overview, directory, locale).stream().filter(option -> offered.test(option.id()))
                        .toList(),
                ratings == null ? null : ratingsOfHalfYear(rows, ratingCounts, ratings, locale), withheld);
    }

    /** A half-year's ratings as the review module gives them: the rating of each rated activity. */
    record HalfYearRatings(HalfYear halfYear, boolean approved, Map<Long, Rating> byActivity) {
    }

    /** Counts per rating, with null for the activities not rated in the half-year. */
    private static Map<Rating, Integer> ratingCounts(List<ActivityProgress> activities, Map<Long, Rating> ratings) {
        var counts = new HashMap<Rating, Integer>();
        activities.forEach(a -> counts.merge(ratings.get(a.activity().id()), 1, Integer::sum));
        return counts;
    }

    private PlanDashboard.RatingsOfHalfYear ratingsOfHalfYear(List<PlanDashboard.ObjectiveRow> rows,
            List<Map<Rating, Integer>> counts, HalfYearRatings ratings, Locale locale) {
        var half = ratings.halfYear();
        var builder = Chart.of(Chart.Kind.STACKED_HORIZONTAL_BARS,
                        texts.get("dashboards.chart.ratings", locale,
                                texts.get("review.half-year.h" + half.half(), locale, half.year())))
                .valueAxis(texts.get("dashboards.axis.activities", locale))
                .categories(rows.stream().map(row -> objectiveLabel(row.objective())).toList());
        for (var rating : Rating.values()) {
            builder.series(texts.get(rating.messageKey(), locale),
                    counts.stream().map(count -> count.getOrDefault(rating, 0)).toList());
        }
        builder.series(texts.get("dashboards.ratings.not-rated", locale),
                counts.stream().map(count -> count.getOrDefault(null, 0)).toList());
        int rated = counts.stream().mapToInt(count -> count.entrySet().stream()
                .filter(entry -> entry.getKey() != null).mapToInt(Map.Entry::getValue).sum()).sum();
        var chart = new DashboardChart(PlanDashboard.RATINGS, builder.build(),
                texts.get("dashboards.column.strategic-objective", locale));
        return new PlanDashboard.RatingsOfHalfYear(half, ratings.approved(), rated, chart);
    }

    private record Scoped(IndicatorProgress progress, Long institutionId) {
    }

    /** As the monitoring matrix filters: the institution leads or supports the activity, or answers for an indicator. */
    static boolean involves(ActivityView activity, Long institution) {
        return institution == null || involvesDirectly(activity, institution)
                || activity.indicators().stream().anyMatch(i -> institution.equals(i.responsibleInstitutionId()));
    }

    private static boolean involvesDirectly(ActivityView activity, Long institution) {
        return institution.equals(activity.leadInstitutionId()) || activity.supportingInstitutionIds().contains(institution);
    }

    private static boolean responsible(IndicatorView indicator, Long institution) {
        return institution == null || institution.equals(indicator.responsibleInstitutionId());
    }

    static Map<StatusColumn, Integer> statusCounts(List<ActivityProgress> activities) {
        var counts = new EnumMap<StatusColumn, Integer>(StatusColumn.class);
        for (var column : StatusColumn.values()) {
            counts.put(column, 0);
        }
        activities.forEach(a -> counts.merge(StatusColumn.of(a.activity().status()), 1, Integer::sum));
        return counts;
    }

    /** "SO 2 Protection of victims and their…": the code and the start of the title, short enough for an axis. */
    static String objectiveLabel(StrategicObjectiveNode objective) {
        return label(objective.code(), objective.title());
    }

    static String label(String code, String title) {
        var text = title == null ? "" : title.strip();
        if (text.length() > LABEL_LENGTH) {
            text = text.substring(0, LABEL_LENGTH - 1).strip() + "…";
        }
        return text.isEmpty() ? code : code + " " + text;
    }

    private DashboardChart statusChart(List<PlanDashboard.ObjectiveRow> rows, Locale locale) {
        var builder = Chart.of(Chart.Kind.STACKED_HORIZONTAL_BARS, texts.get("dashboards.chart.statuses", locale))
                .valueAxis(texts.get("dashboards.axis.activities", locale))
                .categories(rows.stream().map(row -> objectiveLabel(row.objective())).toList());
        for (var column : StatusColumn.values()) {
            builder.series(texts.get(column.messageKey(), locale), rows.stream().map(row -> row.count(column)).toList());
        }
        return new DashboardChart(PlanDashboard.STATUSES, builder.build(),
                texts.get("dashboards.column.strategic-objective", locale));
    }

    private DashboardTable objectivesTable(List<PlanDashboard.ObjectiveRow> rows, List<PlanArea> planAreas,
            Locale locale) {
        var header = new ArrayList<String>();
        for (var key : List.of("code", "strategic-objective", "area", "progress", "light", "activities", "measured",
                "not-measurable", "no-data")) {
            header.add(texts.get("dashboards.column." + key, locale));
        }
        for (var column : StatusColumn.values()) {
            header.add(texts.get(column.messageKey(), locale));
        }
        var lines = new ArrayList<List<Object>>();
        for (var row : rows) {
            var objective = row.objective();
            var line = new ArrayList<Object>(List.of(objective.code(), objective.title(),
                    areaLabel(planAreas, objective.thematicArea(), locale)));
            line.add(texts.cell(row.achievement(), locale));
            line.add(texts.light(row.achievement(), locale));
            line.add(row.coverage().activities());
            line.add(row.coverage().measured());
            line.add(row.coverage().notMeasurable());
            line.add(row.coverage().noData());
            for (var column : StatusColumn.values()) {
                line.add(row.count(column));
            }
            lines.add(line);
        }
        return new DashboardTable(PlanDashboard.OBJECTIVES, texts.get("dashboards.objectives.heading", locale), header,
                lines);
    }

    private DashboardTable offTrackTable(List<PlanDashboard.OffTrack> offTrack, Locale locale) {
        var header = List.of("code", "indicator", "institution", "value", "target", "baseline", "progress", "method")
                .stream().map(key -> texts.get("dashboards.column." + key, locale)).toList();
        var lines = new ArrayList<List<Object>>();
        for (var item : offTrack) {
            var progress = item.progress();
            var line = new ArrayList<Object>();
            line.add(item.ownerCode());
            line.add(progress.indicator().name());
            line.add(item.institution());
            line.add(DashboardTexts.tidy(progress.value()));
            line.add(DashboardTexts.tidy(progress.target()));
            line.add(DashboardTexts.tidy(progress.indicator().baselineValue()));
            line.add(texts.cell(progress.achievement(), locale));
            line.add(texts.get(progress.basis().messageKey(), locale));
            lines.add(line);
        }
        return new DashboardTable(PlanDashboard.OFF_TRACK, texts.get("dashboards.off-track.heading", locale), header,
                lines);
    }

    /** The plan's areas that some objective is in, in the plan's order: those worth filtering by. */
    private static List<PlanArea> areas(ProgressOverview overview, List<PlanArea> planAreas) {
        var present = new LinkedHashSet<String>();
        overview.strategic().forEach(s -> present.add(s.objective().thematicArea()));
        return planAreas.stream().filter(area -> present.contains(area.code())).toList();
    }

    /** The area's name in the reader's language; nothing for an objective without one. */
    static String areaLabel(List<PlanArea> planAreas, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return planAreas.stream().filter(area -> area.code().equals(code)).findFirst().map(area -> area.label(locale))
                .orElse(code);
    }

    private static List<PlanDashboard.InstitutionOption> institutionOptions(ProgressOverview overview,
            InstitutionDirectory directory, Locale locale) {
        var ids = new LinkedHashSet<Long>();
        overview.activities().map(ActivityProgress::activity).forEach(activity -> {
            ids.add(activity.leadInstitutionId());
            ids.addAll(activity.supportingInstitutionIds());
        });
        overview.indicators().map(i -> i.indicator().responsibleInstitutionId()).forEach(ids::add);
        ids.remove(null);
        var collator = Collator.getInstance(locale);
        Function<Long, String> name = id -> Objects.requireNonNullElse(directory.nameOf(id), "#" + id);
        return ids.stream().map(id -> new PlanDashboard.InstitutionOption(id, name.apply(id)))
                .sorted(Comparator.comparing(PlanDashboard.InstitutionOption::name, collator)).toList();
    }
}
