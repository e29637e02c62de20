package org.ariadne.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ariadne.common.charts.ChartDrawing;
import org.ariadne.common.disclosure.SuppressedCells;
import org.ariadne.common.format.Formats;
import org.ariadne.dashboards.BudgetDashboard;
import org.ariadne.dashboards.DashboardChart;
import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.dashboards.DashboardFilter;
import org.ariadne.dashboards.DashboardTable;
import org.ariadne.dashboards.PlanDashboard;
import org.ariadne.dashboards.StatusColumn;
import org.ariadne.documents.ReportContent.Block;
import org.ariadne.documents.ReportContent.Bullets;
import org.ariadne.documents.ReportContent.Figure;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.ariadne.documents.ReportContent.Subheading;
import org.ariadne.documents.ReportContent.Table;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.Aggregation;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanHeader;
import org.ariadne.progress.Achievement;
import org.ariadne.progress.IndicatorProgress;
import org.ariadne.progress.ProgressOverview;
import org.ariadne.reporting.ReportedActivities;
import org.ariadne.review.ActionFilter;
import org.ariadne.review.CorrectiveActionView;
import org.ariadne.review.HalfYear;
import org.ariadne.review.Rating;
import org.ariadne.review.RatingView;
import org.ariadne.review.Reviews;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * One report on a plan being put together: the data read once (the same progress the dashboards count, the reports
 * of the period, the half-year review), then one method per section. The annual report and the quarterly summary are
 * made of all its sections; the report to the government takes the plan's progress from here.
 */
final class PlanReportBuild {

    static final String SUMMARY = "summary";
    static final String ACTIVITIES = "activities";
    static final String INDICATORS = "indicators";
    static final String BUDGET = "budget";
    static final String ACHIEVEMENTS = "achievements";
    static final String PROBLEMS = "problems";
    static final String REVIEW = "review";
    static final String RECOMMENDATIONS = "recommendations";
    /** Issue 19: the local and regional plans that follow the plan (annual report). */
    static final String LOCAL = "local";

    private static final int CHART_WIDTH = 900;
    static final String DASH = "\u2014";

    private final DocumentRequest request;
    private final Locale locale;
    private final MessageSourceAccessor texts;
    private final InstitutionDirectory directory;
    private final ProgressOverview overview;
    private final PlanDashboard dashboard;
    private final BudgetDashboard budget;
    private final List<ReportedActivities.Entry> entries;
    private final Map<Long, List<ReportedActivities.Entry>> entriesByActivity;
    private final Map<Long, ActivityView> activities = new LinkedHashMap<>();
    /** The ratings of the year's first and second half-year (annual report only). */
    private final Map<Integer, List<RatingView>> ratings = new HashMap<>();
    private final List<CorrectiveActionView> actions;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate today;
    private final Formats formats;
    private final int threshold;
    private final List<org.ariadne.plan.LocalPlans.Contribution> local;

    PlanReportBuild(ReportSources sources, long planId, DocumentRequest request, LocalDate today) {
        this.request = request;
        this.locale = request.language();
        this.today = today;
        this.texts = new MessageSourceAccessor(sources.messageSource(), locale);
        this.directory = sources.institutions().directory();
        this.threshold = sources.disclosure().threshold();
        var filter = new DashboardFilter(request.year(), null, null, request.includeSubmitted());
        // the same progress the dashboards count (and have mostly computed already), read once; as it is published,
        // whoever generates it: members, evaluators and the government read the document, and the portal publishes
        // it, so an indicator computed from the victim register is shown (and rolled up) as a member sees it
        this.overview = sources.charts().progressAsPublished(planId, filter);
        overview.activities().forEach(activity -> activities.put(activity.activity().id(), activity.activity()));
        this.dashboard = sources.charts().planAsPublished(planId, filter, locale);
        this.budget = sources.charts().budget(planId, filter, locale);
        if (request.quarter() == null) {
            from = LocalDate.of(request.year(), 1, 1);
            to = LocalDate.of(request.year(), 12, 31);
        } else {
            from = LocalDate.of(request.year(), request.quarter() * 3 - 2, 1);
            to = from.plusMonths(3).minusDays(1);
        }
        this.entries = sources.reported().entries(planId, request.includeSubmitted(), from, to);
        this.entriesByActivity = entries.stream().collect(Collectors.groupingBy(ReportedActivities.Entry::activityId));
        if (request.kind() == DocumentKind.ANNUAL_REPORT) {
            for (int half = 1; half <= 2; half++) {
                ratings.put(half, sources.reviews().ratings(planId, new HalfYear(request.year(), half)));
            }
        }
        this.actions = sources.reviews().correctiveActions(planId, ActionFilter.none());
        this.formats = Formats.of(locale);
        // delayed as of the end of the year reported on, or today while that year runs
        this.local = request.kind() == DocumentKind.ANNUAL_REPORT
                ? sources.localPlans().contributions(planId, null, today.isBefore(to) ? today : to) : List.of();
    }

    /** The plan reported on. */
    PlanHeader plan() {
        return overview.plan();
    }

    /** The plan's corrective actions, whatever their half-year or state. */
    List<CorrectiveActionView> actions() {
        return actions;
    }

    /** An activity's code ("A1.2.3"), or null when it is not in the plan's progress. */
    String activityCode(long activityId) {
        var activity = activities.get(activityId);
        return activity == null ? null : activity.code();
    }

    /** How many activities the plan has (what decides whether its report has an annex). */
    int activityCount() {
        return activities.size();
    }

    /** How many indicators the plan has, at every level. */
    long indicatorCount() {
        return overview.indicators().count();
    }

    /** The report with every activity and indicator in it: a plan of the usual size. */
    ReportContent content(String title) {
        return content(title, null);
    }

    /**
     * The report; with {@code annexTitle}, that of a plan too large for one readable document (issue 11): the same
     * sections, each with its summary per objective and the words saying where its detail is, in the annex
     * ({@link #annex}), and the same budget, local plans and recommendations.
     */
    ReportContent content(String title, String annexTitle) {
        var annexed = annexTitle != null;
        var sections = new ArrayList<Section>();
        sections.add(summary());
        sections.add(annexed ? activitySummary(annexTitle) : activityStatus());
        sections.add(annexed ? indicatorSummary(annexTitle) : indicatorProgress());
        sections.add(budget(annexTitle));
        sections.add(annexed ? narrativeSummary(ACHIEVEMENTS, ReportedActivities.Entry::narrative, annexTitle)
                : narratives(ACHIEVEMENTS, ReportedActivities.Entry::narrative));
        sections.add(annexed ? narrativeSummary(PROBLEMS, ReportedActivities.Entry::problems, annexTitle)
                : narratives(PROBLEMS, ReportedActivities.Entry::problems));
        if (request.kind() == DocumentKind.ANNUAL_REPORT) {
            sections.add(annexed ? reviewSummary(annexTitle) : review());
            if (!local.isEmpty()) {
                sections.add(localPlans());
            }
        }
        sections.add(recommendations(annexed));
        var front = new ArrayList<>(front());
        if (annexed) {
            front.add(annexWhere(annexTitle));
        }
        return new ReportContent(title, text("documents.subtitle"), locale, front,
                text("documents.contents"), text("documents.page"), text("documents.page-of"), sections);
    }

    /**
     * The annex of the report called {@code reportTitle}: the status of every activity, the progress of every
     * indicator, what the institutions wrote activity by activity and, in the annual report, every half-year rating,
     * as the report of a smaller plan has them.
     */
    ReportContent annex(String reportTitle) {
        var sections = new ArrayList<Section>();
        sections.add(activityStatus());
        sections.add(indicatorProgress());
        var flags = new ArrayList<Block>();
        moneyFlags(flags, null);
        sections.add(section(BUDGET, flags));
        sections.add(narratives(ACHIEVEMENTS, ReportedActivities.Entry::narrative));
        sections.add(narratives(PROBLEMS, ReportedActivities.Entry::problems));
        if (request.kind() == DocumentKind.ANNUAL_REPORT) {
            sections.add(review());
        }
        var front = new ArrayList<String>();
        front.add(text("documents.annex.of", reportTitle));
        front.addAll(front());
        if (!PdfParts.tagged(sections)) {
            // too long for the PDF's tags in the heap (PdfParts): the Word file is the one a screen reader reads
            front.add(text("documents.annex.untagged"));
        }
        return new ReportContent(annexTitle(reportTitle), text("documents.annex.subtitle"), locale, front,
                text("documents.contents"), text("documents.page"), text("documents.page-of"), sections);
    }

    /** The annex's title, in the report's language. */
    String annexTitle(String reportTitle) {
        return text("documents.annex.title", reportTitle);
    }

    private List<String> front() {
        var plan = overview.plan();
        return List.of(
                text("documents.front.plan", plan.title(), plan.startYear() + "\u2013" + plan.endYear()),
                text("documents.front.period", date(from), date(to)),
                text(request.includeSubmitted() ? "documents.front.basis-submitted" : "documents.front.basis-accepted"),
                text("documents.front.generated", date(today)));
    }

    /** Where the annex is: its title and its files, offered on the report's page. */
    private String annexWhere(String annexTitle) {
        return text("documents.annex.where", annexTitle, request.annexFileStem());
    }

    /** Issue 11: the activities' status counted per strategic objective; every activity's is in the annex. */
    private Section activitySummary(String annexTitle) {
        var blocks = new ArrayList<Block>();
        blocks.add(Paragraph.of(text("documents.annex.activities", activities.size())));
        var rows = new ArrayList<List<String>>();
        for (var strategic : overview.strategic()) {
            var counts = new java.util.EnumMap<StatusColumn, Integer>(StatusColumn.class);
            int all = 0;
            for (var specific : strategic.specific()) {
                for (var activity : specific.activities()) {
                    counts.merge(StatusColumn.of(activity.activity().status()), 1, Integer::sum);
                    all++;
                }
            }
            var cells = new ArrayList<String>(List.of(strategic.objective().code(), strategic.objective().title(),
                    formats.number(all)));
            for (var column : StatusColumn.values()) {
                cells.add(formats.number(counts.getOrDefault(column, 0)));
            }
            cells.add(achievement(strategic.achievement()));
            rows.add(row(cells.toArray(String[]::new)));
        }
        var header = new ArrayList<String>(List.of(text("documents.column.code"),
                text("documents.column.strategic-objective"), text("documents.column.activities")));
        for (var column : StatusColumn.values()) {
            header.add(text(column.messageKey()));
        }
        header.add(text("documents.column.progress"));
        blocks.add(new Table(header, rows, List.of(false, false, true, true, true, true, true, true, true), true));
        blocks.add(Paragraph.of(annexWhere(annexTitle)));
        return section(ACTIVITIES, blocks);
    }

    /**
     * Issue 11: the indicators counted per strategic objective by their traffic light; every indicator's baseline,
     * target, value and achievement are in the annex. An indicator whose count is too small to publish is counted
     * among those without a figure, as the detail shows it without one.
     */
    private Section indicatorSummary(String annexTitle) {
        var blocks = new ArrayList<Block>();
        var rows = new ArrayList<List<String>>();
        long total = 0;
        for (var strategic : overview.strategic()) {
            var indicators = java.util.stream.Stream.of(strategic.indicators().stream(),
                    strategic.specific().stream().flatMap(s -> s.indicators().stream()),
                    strategic.specific().stream().flatMap(s -> s.activities().stream())
                            .flatMap(a -> a.indicators().stream()))
                    .flatMap(x -> x).toList();
            var lights = new java.util.EnumMap<Achievement.Light, Integer>(Achievement.Light.class);
            for (var indicator : indicators) {
                boolean hidden = smallCount(indicator) || indicator.achievement().isSuppressed();
                lights.merge(hidden ? Achievement.Light.GREY : indicator.achievement().light(), 1, Integer::sum);
            }
            total += indicators.size();
            rows.add(row(strategic.objective().code(), strategic.objective().title(), formats.number(indicators.size()),
                    formats.number(lights.getOrDefault(Achievement.Light.GREEN, 0)),
                    formats.number(lights.getOrDefault(Achievement.Light.AMBER, 0)),
                    formats.number(lights.getOrDefault(Achievement.Light.RED, 0)),
                    formats.number(lights.getOrDefault(Achievement.Light.GREY, 0))));
        }
        blocks.add(Paragraph.of(text("documents.annex.indicators", total)));
        blocks.add(new Table(List.of(text("documents.column.code"), text("documents.column.strategic-objective"),
                text("documents.column.indicators"), text(Achievement.Light.GREEN.messageKey()),
                text(Achievement.Light.AMBER.messageKey()), text(Achievement.Light.RED.messageKey()),
                text("documents.column.no-figure")), rows,
                List.of(false, false, true, true, true, true, true), true));
        blocks.add(Paragraph.of(annexWhere(annexTitle)));
        blocks.add(Paragraph.noteOf(text("documents.indicators.method")));
        return section(INDICATORS, blocks);
    }

    /** Issue 11: how many entries the institutions wrote per strategic objective; what they wrote is in the annex. */
    private Section narrativeSummary(String anchor, Function<ReportedActivities.Entry, String> field, String annexTitle) {
        var rows = new ArrayList<List<String>>();
        long total = 0;
        for (var strategic : overview.strategic()) {
            long written = strategic.specific().stream().flatMap(s -> s.activities().stream())
                    .flatMap(a -> entriesByActivity.getOrDefault(a.activity().id(), List.of()).stream())
                    .map(field).filter(text -> text != null && !text.isBlank()).count();
            if (written > 0) {
                rows.add(row(strategic.objective().code(), strategic.objective().title(), formats.number(written)));
                total += written;
            }
        }
        var blocks = new ArrayList<Block>();
        if (total == 0) {
            blocks.add(Paragraph.of(text("documents." + anchor + ".none")));
            return section(anchor, blocks);
        }
        blocks.add(Paragraph.of(text("documents.annex.entries", total)));
        blocks.add(new Table(List.of(text("documents.column.code"), text("documents.column.strategic-objective"),
                text("documents.column.entries")), rows, List.of(false, false, true), true));
        blocks.add(Paragraph.of(annexWhere(annexTitle)));
        return section(anchor, blocks);
    }

    Section summary() {
        var blocks = new ArrayList<Block>();
        blocks.add(Paragraph.of(text("documents.summary.overall", achievement(overview.achievement()))));
        blocks.add(Paragraph.of(text("documents.summary.activities", dashboard.coverage().activities(),
                dashboard.count(StatusColumn.COMPLETED), dashboard.count(StatusColumn.STARTED),
                dashboard.count(StatusColumn.CONTINUOUS), dashboard.count(StatusColumn.NOT_STARTED),
                dashboard.count(StatusColumn.NOT_REPORTED))));
        blocks.add(Paragraph.of(text("documents.summary.indicators", overview.indicators().count(),
                dashboard.measuredIndicators(), dashboard.offTrack().size())));
        blocks.add(Paragraph.of(text("documents.summary.reports", entries.stream()
                .map(e -> e.periodId() + "/" + e.institutionId()).distinct().count())));
        chart(blocks, dashboard.statuses());
        var rows = new ArrayList<List<String>>();
        for (var objective : dashboard.objectives()) {
            rows.add(row(objective.objective().code(), objective.objective().title(),
                    achievement(objective.achievement()), formats.number(objective.coverage().activities()),
                    formats.number(objective.coverage().measured()),
                    formats.number(objective.coverage().notMeasurable())));
        }
        blocks.add(new Table(List.of(text("documents.column.code"), text("documents.column.strategic-objective"),
                text("documents.column.progress"), text("documents.column.activities"),
                text("documents.column.measured"), text("documents.column.not-measurable")), rows,
                List.of(false, false, true, true, true, true), true));
        blocks.add(Paragraph.noteOf(text("documents.summary.method")));
        return section(SUMMARY, blocks);
    }

    Section activityStatus() {
        var blocks = new ArrayList<Block>();
        var latest = new LinkedHashMap<Long, ReportedActivities.Entry>();
        entries.forEach(entry -> latest.put(entry.activityId(), entry));
        for (var strategic : overview.strategic()) {
            blocks.add(new Subheading(strategic.objective().code() + " " + strategic.objective().title()));
            var rows = new ArrayList<List<String>>();
            for (var specific : strategic.specific()) {
                for (var activity : specific.activities()) {
                    var view = activity.activity();
                    var entry = latest.get(view.id());
                    rows.add(row(view.code(), view.title(), institution(view.leadInstitutionId()),
                            view.status() == null ? text("plan.activity.not-reported")
                                    : text(view.status().messageKey()),
                            achievement(activity.achievement()), entry == null ? DASH : entry.periodLabel()));
                }
            }
            if (rows.isEmpty()) {
                blocks.add(Paragraph.noteOf(text("documents.activities.none")));
            } else {
                blocks.add(new Table(List.of(text("documents.column.code"), text("documents.column.activity"),
                        text("documents.column.lead"), text("documents.column.status"),
                        text("documents.column.progress"), text("documents.column.last-report")),
                        rows, List.of(false, false, false, false, true, false), true));
            }
        }
        return section(ACTIVITIES, blocks);
    }

    Section indicatorProgress() {
        var rows = new ArrayList<List<String>>();
        var suppressed = new boolean[1];
        overview.indicators().sorted(Comparator.comparing(IndicatorProgress::ownerCode, ReportContents.CODE_ORDER))
                .forEach(indicator -> {
                    var view = indicator.indicator();
                    var unit = view.unit() == null ? "" : " " + view.unit();
                    // a small count of what happened to people is not published, nor the progress that gives it
                    // back: as on the portal, whose reports these documents become
                    boolean hidden = smallCount(indicator) || indicator.achievement().isSuppressed();
                    suppressed[0] |= hidden;
                    rows.add(row(indicator.ownerCode(), view.name(),
                            view.baselineValue() == null ? DASH : number(view.baselineValue()) + unit
                                    + (view.baselineYear() == null ? "" : " (" + view.baselineYear() + ")"),
                            indicator.target() == null ? DASH : number(indicator.target()) + unit,
                            hidden ? SuppressedCells.MARK
                                    : indicator.value() == null ? DASH : number(indicator.value()) + unit,
                            hidden ? SuppressedCells.MARK : achievement(indicator.achievement())));
                });
        var blocks = new ArrayList<Block>();
        if (rows.isEmpty()) {
            blocks.add(Paragraph.of(text("documents.indicators.none")));
        } else {
            blocks.add(new Table(List.of(text("documents.column.code"), text("documents.column.indicator"),
                    text("documents.column.baseline"), text("documents.column.target"),
                    text("documents.column.value"), text("documents.column.achievement")), rows,
                    List.of(false, false, true, true, true, false), true));
        }
        if (suppressed[0]) {
            blocks.add(Paragraph.noteOf(text(SuppressedCells.LEGEND, threshold)));
        }
        blocks.add(Paragraph.noteOf(text("documents.indicators.method")));
        return section(INDICATORS, blocks);
    }

    /** A count of what happened, added up over the period, above zero and below the disclosure threshold. */
    private boolean smallCount(IndicatorProgress progress) {
        var view = progress.indicator();
        var value = progress.value();
        return view.type() == IndicatorType.NUMBER && view.effectiveAggregation() == Aggregation.SUM
                && value != null && value.signum() > 0
                && value.compareTo(BigDecimal.valueOf(threshold)) < 0;
    }

    /** The budget; with {@code annexTitle}, the activities whose money does not add up are counted, and listed there. */
    private Section budget(String annexTitle) {
        var blocks = new ArrayList<Block>();
        var totals = budget.totals();
        blocks.add(Paragraph.of(text("documents.budget.totals", money(totals.planned()), money(totals.secured()),
                money(totals.spent()), budget.currency())));
        if (totals.withoutYear() != null && totals.withoutYear().signum() > 0 && budget.year() == null) {
            blocks.add(Paragraph.noteOf(text("documents.budget.without-year", money(totals.withoutYear()))));
        }
        chart(blocks, budget.byObjective());
        var rows = new ArrayList<List<String>>();
        for (var objective : budget.objectives()) {
            rows.add(row(objective.code(), objective.title(), money(objective.planned()),
                    money(objective.secured()), money(objective.spent()), money(objective.donorGap())));
        }
        blocks.add(new Table(List.of(text("documents.column.code"), text("documents.column.objective"),
                text("documents.column.planned"), text("documents.column.secured"), text("documents.column.spent"),
                text("documents.column.donor-gap")), rows, List.of(false, false, true, true, true, true), true));
        table(blocks, budget.bySource().table());
        blocks.add(Paragraph.noteOf(text("documents.budget.method", budget.currency())));
        moneyFlags(blocks, annexTitle);
        return section(BUDGET, blocks);
    }

    /**
     * The objectives and activities whose money does not add up in the year, judged by the rule the budget page and
     * the review use ({@code progress.SpendingRule}), or a sentence saying that all are within their budget.
     */
    private void moneyFlags(List<Block> blocks, String annexTitle) {
        blocks.add(new Subheading(text("documents.budget.flags")));
        var rows = new ArrayList<List<String>>();
        for (var objective : budget.objectives()) {
            if (objective.spending().flagged()) {
                rows.add(row(objective.code(), objective.title(), money(objective.planned()), money(objective.spent()),
                        text(objective.spending().messageKey())));
            }
        }
        if (annexTitle != null && !budget.flaggedActivities().isEmpty()) {
            // issue 11: a large plan's activities are listed in the annex, counted here
            blocks.add(Paragraph.of(text("documents.annex.flagged", budget.flaggedActivities().size())));
            blocks.add(Paragraph.of(annexWhere(annexTitle)));
        } else {
            for (var activity : budget.flaggedActivities()) {
                rows.add(row(activity.code(), activity.title(), money(activity.planned()), money(activity.spent()),
                        text(activity.spending().messageKey())));
            }
        }
        if (rows.isEmpty() && annexTitle != null && !budget.flaggedActivities().isEmpty()) {
            return;
        }
        if (rows.isEmpty()) {
            blocks.add(Paragraph.of(text("documents.budget.flags.none")));
            return;
        }
        blocks.add(new Table(List.of(text("documents.column.code"), text("documents.budget.flags.element"),
                text("documents.column.planned"), text("documents.column.spent"), text("documents.budget.flags.finding")),
                rows, List.of(false, false, true, true, false), true));
        blocks.add(Paragraph.noteOf(text("documents.budget.flags.rule")));
    }

    /** Achievements or problems: what the institutions wrote in the period's reports, activity by activity. */
    private Section narratives(String anchor, Function<ReportedActivities.Entry, String> field) {
        var blocks = new ArrayList<Block>();
        for (var strategic : overview.strategic()) {
            var items = new ArrayList<String>();
            strategic.specific().stream().flatMap(s -> s.activities().stream()).forEach(activity -> {
                var view = activity.activity();
                for (var entry : entriesByActivity.getOrDefault(view.id(), List.of())) {
                    var written = field.apply(entry);
                    if (written != null && !written.isBlank()) {
                        items.add(text("documents.narrative.item", view.code(), view.title(), entry.periodLabel(),
                                institution(entry.institutionId()), written.strip()));
                    }
                }
            });
            if (!items.isEmpty()) {
                blocks.add(new Subheading(strategic.objective().code() + " " + strategic.objective().title()));
                blocks.add(new Bullets(items));
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(Paragraph.of(text("documents." + anchor + ".none")));
        }
        return section(anchor, blocks);
    }

    /** Every activity's half-year rating with its comments, the corrective actions agreed, and the chart. */
    private Section review() {
        return review(ratings -> {
            var rows = new ArrayList<List<String>>();
            ratings.stream().sorted(Comparator.comparing(RatingView::activityCode, ReportContents.CODE_ORDER))
                    .forEach(rating -> rows.add(row(rating.activityCode(), activityTitle(rating.activityId()),
                            text(rating.rating().messageKey()), orDash(rating.comments()))));
            return new Table(List.of(text("documents.column.code"), text("documents.column.activity"),
                    text("documents.column.rating"), text("documents.column.comments")), rows,
                    List.of(false, false, false, false), true);
        }, null);
    }

    /**
     * Issue 11: the half-year ratings counted by rating, with the corrective actions agreed (each of them, as the
     * coordinator follows them up) and the chart; every activity's rating and comments are in the annex.
     */
    private Section reviewSummary(String annexTitle) {
        return review(ratings -> {
            var rows = new ArrayList<List<String>>();
            for (var rating : Rating.values()) {
                rows.add(row(text(rating.messageKey()),
                        formats.number(ratings.stream().filter(r -> r.rating() == rating).count())));
            }
            return new Table(List.of(text("documents.column.rating"), text("documents.column.activities")), rows,
                    List.of(false, true));
        }, annexTitle);
    }

    /**
     * The review section: per half-year its heading (approved or not), its ratings as {@code ratingsTable} writes
     * them, its corrective actions; then the chart and, with {@code annexTitle}, where the detail is.
     */
    private Section review(Function<List<RatingView>, Table> ratingsTable, String annexTitle) {
        var blocks = new ArrayList<Block>();
        for (int half = 1; half <= 2; half++) {
            var halfYear = new HalfYear(request.year(), half);
            var ratings = this.ratings.get(half);
            var approved = !ratings.isEmpty() && ratings.get(0).approved();
            blocks.add(new Subheading(text("documents.review.half-" + half, String.valueOf(request.year()))
                    + (ratings.isEmpty() ? "" : " \u00b7 " + text(approved ? "documents.review.approved"
                            : "documents.review.not-approved"))));
            if (ratings.isEmpty()) {
                blocks.add(Paragraph.of(text("documents.review.no-ratings")));
                continue;
            }
            blocks.add(ratingsTable.apply(ratings));
            var ofHalf = actions.stream().filter(action -> halfYear.equals(action.halfYear())).toList();
            if (!ofHalf.isEmpty()) {
                blocks.add(Paragraph.of(text("documents.review.actions", ofHalf.size())));
                blocks.add(actionsTable(ofHalf));
            }
        }
        if (dashboard.ratings() != null && dashboard.ratings().rated() > 0) {
            chart(blocks, dashboard.ratings().chart());
        }
        if (annexTitle != null) {
            blocks.add(Paragraph.of(annexWhere(annexTitle)));
        }
        return section(REVIEW, blocks);
    }

    /**
     * Issue 19: per unit, its plan, its activities that map onto this plan's objectives (on track, delayed, completed)
     * and the objectives they map onto.
     */
    private Section localPlans() {
        var rows = new ArrayList<List<String>>();
        var byPlan = new LinkedHashMap<Long, List<org.ariadne.plan.LocalPlans.Contribution>>();
        local.stream().sorted(Comparator.comparing((org.ariadne.plan.LocalPlans.Contribution c) -> c.plan().unitName())
                .thenComparing(c -> c.plan().title()))
                .forEach(c -> byPlan.computeIfAbsent(c.plan().planId(), id -> new ArrayList<>()).add(c));
        for (var contributions : byPlan.values()) {
            var plan = contributions.get(0).plan();
            int activities = contributions.stream().mapToInt(org.ariadne.plan.LocalPlans.Contribution::activities).sum();
            int delayed = contributions.stream().mapToInt(org.ariadne.plan.LocalPlans.Contribution::delayed).sum();
            int completed = contributions.stream().mapToInt(org.ariadne.plan.LocalPlans.Contribution::completed).sum();
            rows.add(row(plan.unitName(), plan.title(), formats.number(activities),
                    formats.number(activities - completed - delayed), formats.number(delayed), formats.number(completed),
                    codes(contributions.stream().map(c -> c.objective().code()).toList())));
        }
        var blocks = new ArrayList<Block>();
        blocks.add(Paragraph.of(text("documents.local.lead", byPlan.size())));
        blocks.add(new Table(List.of(text("documents.local.column.unit"), text("documents.local.column.plan"),
                text("documents.local.column.activities"), text("documents.local.column.on-track"),
                text("documents.local.column.delayed"), text("documents.local.column.completed"),
                text("documents.local.column.objectives")), rows,
                List.of(false, false, true, true, true, true, false), false));
        return section(LOCAL, blocks);
    }

    Table actionsTable(List<CorrectiveActionView> actions) {
        var rows = new ArrayList<List<String>>();
        for (var action : actions) {
            rows.add(row(action.activityCode(), action.description(),
                    institution(action.ownerInstitutionId()),
                    action.dueDate() == null ? DASH : date(action.dueDate()),
                    text(action.status().messageKey()) + (action.overdue() ? " (" + text("documents.review.overdue") + ")" : "")));
        }
        return new Table(List.of(text("documents.column.code"), text("documents.column.action"),
                text("documents.column.owner"), text("documents.column.due"), text("documents.column.status")),
                rows, List.of(false, false, false, false, false), true);
    }

    /** The recommendations; {@code annexed}: the activities to revise as one item, as the others are. */
    private Section recommendations(boolean annexed) {
        var items = new ArrayList<String>();
        if (request.kind() == DocumentKind.ANNUAL_REPORT) {
            for (int half = 2; half >= 1; half--) {
                var ratings = this.ratings.get(half);
                if (!ratings.isEmpty()) {
                    var revise = ratings.stream().filter(r -> r.rating() == Rating.NEEDS_REVISION)
                            .sorted(Comparator.comparing(RatingView::activityCode, ReportContents.CODE_ORDER)).toList();
                    if (annexed && !revise.isEmpty()) {
                        items.add(text("documents.recommendation.revise-many", revise.size(),
                                codes(revise.stream().map(RatingView::activityCode).toList()),
                                request.year() + "-H" + half));
                    } else {
                        revise.forEach(r -> items.add(text("documents.recommendation.revise", r.activityCode(),
                                activityTitle(r.activityId()), request.year() + "-H" + r.halfYear().half())));
                    }
                    break;
                }
            }
        }
        var overdue = actions.stream().filter(CorrectiveActionView::overdue).toList();
        if (!overdue.isEmpty()) {
            items.add(text("documents.recommendation.overdue", overdue.size(), codes(overdue.stream()
                    .map(CorrectiveActionView::activityCode).toList())));
        }
        var notMeasurable = overview.indicators()
                .filter(i -> i.achievement().kind() == Achievement.Kind.NOT_MEASURABLE)
                // a count too small to publish has its baseline and target: nothing to set
                .filter(i -> !i.achievement().isSuppressed()).toList();
        if (!notMeasurable.isEmpty()) {
            items.add(text("documents.recommendation.not-measurable", notMeasurable.size(),
                    codes(notMeasurable.stream().map(IndicatorProgress::ownerCode).toList())));
        }
        if (!dashboard.offTrack().isEmpty()) {
            items.add(text("documents.recommendation.behind", dashboard.offTrack().size(),
                    codes(dashboard.offTrack().stream().map(PlanDashboard.OffTrack::ownerCode).toList())));
        }
        var late = activities.values().stream()
                .filter(a -> a.status() == null || a.status() == org.ariadne.plan.ActivityStatus.NOT_STARTED)
                .filter(a -> a.endDate() != null && !a.endDate().isAfter(to)).map(ActivityView::code).toList();
        if (!late.isEmpty()) {
            items.add(text("documents.recommendation.replan", late.size(), codes(late)));
        }
        var gap = budget.totals().donorGap();
        if (gap != null && gap.signum() > 0) {
            items.add(text("documents.recommendation.funding", money(gap), budget.currency()));
        }
        var blocks = new ArrayList<Block>();
        if (items.isEmpty()) {
            blocks.add(Paragraph.of(text("documents.recommendation.none")));
        } else {
            blocks.add(new Bullets(items));
        }
        blocks.add(Paragraph.noteOf(text("documents.recommendation.note")));
        return section(RECOMMENDATIONS, blocks);
    }

    private void chart(List<Block> blocks, DashboardChart chart) {
        if (chart == null || chart.isEmpty()) {
            return;
        }
        int height = ChartDrawing.naturalHeight(chart.chart());
        blocks.add(new Figure(chart.chart().title(), ChartDrawing.png(chart.chart(), CHART_WIDTH, height, locale),
                CHART_WIDTH, height));
        table(blocks, chart.table());
    }

    private void table(List<Block> blocks, DashboardTable table) {
        if (table == null || table.isEmpty()) {
            return;
        }
        var rows = table.rows().stream().map(row -> row.stream().map(this::cell).toList()).toList();
        var numeric = new ArrayList<Boolean>();
        for (int column = 0; column < table.header().size(); column++) {
            int c = column;
            numeric.add(!table.rows().isEmpty() && table.rows().stream()
                    .allMatch(row -> row.get(c) == null || row.get(c) instanceof Number));
        }
        blocks.add(new Table(table.header(), rows, numeric));
    }

    private String cell(Object value) {
        if (value == null) {
            return DASH;
        }
        if (value instanceof BigDecimal decimal) {
            return number(decimal);
        }
        if (value instanceof Number number) {
            return formats.number(number);
        }
        return value.toString();
    }

    private Section section(String anchor, List<Block> blocks) {
        return new Section(anchor, text("documents.section." + anchor), List.copyOf(blocks));
    }

    private String achievement(Achievement achievement) {
        return switch (achievement.kind()) {
            case MEASURED -> formats.percent(achievement.percent()) + " ("
                    + text(achievement.light().messageKey()) + ")";
            case NOT_MEASURABLE -> text("documents.not-measurable", text(achievement.reasonKey()));
            case NO_DATA -> text(achievement.reasonKey());
        };
    }

    /** A table row; a dash in every cell the data leaves empty (a plan being completed has gaps). */
    private List<String> row(String... cells) {
        return java.util.Arrays.stream(cells).map(this::orDash).toList();
    }

    /** An institution's name; a dash where the plan names none yet (or it was removed from the directory). */
    private String institution(Long id) {
        return orDash(directory.nameOf(id));
    }

    private String activityTitle(long activityId) {
        var activity = activities.get(activityId);
        return activity == null ? DASH : activity.title();
    }

    private String codes(List<String> codes) {
        var distinct = codes.stream().distinct().sorted(ReportContents.CODE_ORDER).toList();
        return distinct.size() <= 12 ? String.join(", ", distinct)
                : String.join(", ", distinct.subList(0, 12)) + ", " + text("documents.and-more", distinct.size() - 12);
    }

    private String money(BigDecimal amount) {
        return amount == null ? DASH : number(amount.setScale(0, RoundingMode.HALF_UP));
    }

    private String number(BigDecimal value) {
        return formats.number(value.stripTrailingZeros());
    }

    private String date(LocalDate date) {
        return formats.date(date);
    }

    private String orDash(String text) {
        return text == null || text.isBlank() ? DASH : text;
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments);
    }
}
