package org.ariadne.dashboards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.disclosure.Disclosed;
import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.dashboards.spi.FigureDisclosure;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.Plans;
import org.ariadne.progress.IndicatorProgress;
import org.ariadne.progress.ProgressOverview;
import org.ariadne.reportingcycle.Completeness;
import org.ariadne.reporting.ReportedActivities;
import org.ariadne.reporting.ReportedValues;
import org.ariadne.review.HalfYear;
import org.ariadne.review.Rating;
import org.ariadne.review.Reviews;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where the dashboards' charts and tables are defined, with their titles and labels in the reader's
 * language. The dashboard pages show them; the annual report draws the same charts ({@code ChartDrawing.png}) and
 * prints the same tables. Each call reads the plan tree once and a few figures added up in the database, never one
 * query per element; the plan's progress is reused until a report of the plan or the plan itself changes
 * ({@link ProgressSnapshots}). Values count from accepted reports only, unless the filter asks for submitted ones
 * too and the reader belongs to the coordinator's office or is an evaluator. An indicator whose counts the reader may
 * see only protected ({@link FigureDisclosure}: those computed from the victim register, for members and evaluators)
 * is shown through the disclosure rule: its detail, its downloads, its place among the plan's indicators off track and
 * its progress through the API.
 */
@org.springframework.modulith.NamedInterface("api")
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DashboardCharts {

    private final Plans plans;
    private final ProgressSnapshots progress;
    private final ReportedValues values;
    private final ReportedActivities activities;
    private final Completeness completeness;
    private final Institutions institutions;
    private final PlanOverviews overviews;
    private final IndicatorDetails indicators;
    private final InstitutionRecords records;
    private final Budgets budgets;
    private final Reviews reviews;
    private final Clock clock;
    private final String currency;
    private final List<FigureDisclosure> disclosures;
    private final DisclosureControl disclosure;

    DashboardCharts(Plans plans, ProgressSnapshots progress, ReportedValues values, ReportedActivities activities,
            Completeness completeness, Institutions institutions, PlanOverviews overviews, IndicatorDetails indicators,
            InstitutionRecords records, Budgets budgets, Reviews reviews, Clock clock, @Value("${ariadne.currency:EUR}") String currency,
            List<FigureDisclosure> disclosures, DisclosureControl disclosure) {
        this.plans = plans;
        this.progress = progress;
        this.values = values;
        this.activities = activities;
        this.completeness = completeness;
        this.institutions = institutions;
        this.overviews = overviews;
        this.indicators = indicators;
        this.records = records;
        this.budgets = budgets;
        this.reviews = reviews;
        this.clock = clock;
        this.currency = currency;
        this.disclosures = List.copyOf(disclosures);
        this.disclosure = disclosure;
    }

    /**
     * The plan overview for the filter's year (the default year when none is given), narrowed to a thematic area
     * and/or an institution; narrowing to an institution follows {@link #maySeeInstitution(long)} (a focal point only
     * to their own, otherwise {@link AccessDeniedException}), and only such institutions are offered. Charts:
     * {@link PlanDashboard#STATUSES}; tables: {@link PlanDashboard#OBJECTIVES},
     * {@link PlanDashboard#OFF_TRACK}; activities by half-year rating ({@link PlanDashboard#RATINGS}) for those the
     * review shows ratings to.
     */
    public PlanDashboard plan(long planId, DashboardFilter filter, Locale locale) {
        return plan(planId, filter, locale, protectedIndicators());
    }

    /**
     * The plan overview as it is published, whoever asks: every indicator the disclosure rule protects for a reader who
     * may not read exact figures ({@link FigureDisclosure#protectedWhenPublished()}) shown and rolled up as such a
     * reader sees it, even for the coordinator or an M&amp;E officer. For what leaves the system: the generated
     * documents (which members, evaluators and the government read) and the portal's figures.
     */
    public PlanDashboard planAsPublished(long planId, DashboardFilter filter, Locale locale) {
        return plan(planId, filter, locale, publishedProtection());
    }

    private PlanDashboard plan(long planId, DashboardFilter filter, Locale locale, Set<Long> hidden) {
        var user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        requireOwnInstitution(planId, filter);
        // narrowed to one institution, the overview is that institution's figures: the institution view's rule holds
        if (filter.institutionId() != null && !maySeeInstitution(user, filter.institutionId())) {
            throw new AccessDeniedException("plan dashboard narrowed to institution " + filter.institutionId());
        }
        var exact = overview(planId, filter);
        var overview = shown(exact, hidden);
        var ratings = Reviews.mayRead(user) ? ratingsOf(planId, overview.year()) : null;
        return overviews.build(overview, plans.areas(planId), filter, institutions.directory(), ratings,
                institutionId -> maySeeInstitution(user, institutionId), withheld(exact, overview), locale);
    }

    /** The year's second half-year when it has ratings, else its first (which may have none yet). */
    private PlanOverviews.HalfYearRatings ratingsOf(long planId, int year) {
        PlanOverviews.HalfYearRatings first = null;
        for (var half : List.of(new HalfYear(year, 2), new HalfYear(year, 1))) {
            var rated = reviews.ratings(planId, half);
            var byActivity = new HashMap<Long, Rating>();
            rated.forEach(rating -> byActivity.put(rating.activityId(), rating.rating()));
            var approved = !rated.isEmpty() && rated.get(0).approved();
            var result = new PlanOverviews.HalfYearRatings(half, approved, Map.copyOf(byActivity));
            if (!byActivity.isEmpty()) {
                return result;
            }
            first = result;
        }
        return first;
    }

    /**
     * One indicator in the filter's year: charts {@link IndicatorDashboard#TREND} and one per disaggregation group
     * ({@code breakdown-sex-age-group}, {@code breakdown-citizenship}, ...); table {@link IndicatorDashboard#REPORTED}.
     * Every counted value is in the figures, but the table of who reported what lists only the reports the reader
     * may read: a focal point sees their own institution's, the office, evaluators and members every institution's.
     */
    public IndicatorDashboard indicator(long indicatorId, DashboardFilter filter, Locale locale) {
        requireOwnInstitution(plans.planOfIndicator(indicatorId), filter);
        var user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        return detail(indicatorId, filter, institutionId -> mayReadReportsOf(user, institutionId),
                protectedIndicators().contains(indicatorId) ? disclosure : null, locale);
    }

    /**
     * One indicator in the filter's year as it is published, whoever asks (the portal's figures): every figure through
     * the disclosure rule, as a member reads a protected indicator, and following the year's published statistics
     * where the indicator is taken from them ({@link FigureDisclosure#released}). A breakdown's chart names the
     * totals the rule hid too ({@link DashboardChart#rowTotal}), for a published table that shows them.
     */
    public IndicatorDashboard indicatorAsPublished(long indicatorId, DashboardFilter filter, Locale locale) {
        return detail(indicatorId, filter, institutionId -> false, disclosure, locale);
    }

    /** An indicator's detail in the filter's year, through {@code rule} when not null. */
    private IndicatorDashboard detail(long indicatorId, DashboardFilter filter, java.util.function.LongPredicate readable,
            DisclosureControl rule, Locale locale) {
        var overview = overview(plans.planOfIndicator(indicatorId), filter);
        var indicator = overview.indicators().filter(i -> i.indicator().id() == indicatorId).findFirst()
                .orElseThrow(() -> NotFoundException.of("indicator", indicatorId));
        var series = values.series(indicatorId, filter.includeSubmitted());
        return indicators.build(overview.plan(), indicator, filter, series, institutions.directory(), readable, rule,
                released(indicatorId), locale);
    }

    /**
     * The indicators' progress of an overview as the signed-in reader may see it: an indicator the reader sees only
     * protected ({@link FigureDisclosure}) has its value and achievement as its detail shows them, the value left out
     * (and the achievement not measurable) where the disclosure rule suppresses it.
     */
    private UnaryOperator<IndicatorProgress> asShown(ProgressOverview overview, Set<Long> hidden) {
        var directory = institutions.directory();
        return progress -> {
            long id = progress.indicator().id();
            if (!hidden.contains(id)) {
                return progress;
            }
            var series = values.series(id, overview.includesSubmitted());
            return indicators.build(overview.plan(), progress, DashboardFilter.year(overview.year()), series, directory,
                    institutionId -> false, disclosure, released(id), Locale.ENGLISH).progress();
        };
    }

    /**
     * The overview as the signed-in reader may see it: every indicator as {@code asShown}, and the activities,
     * objectives and plan rolled up again from what is shown, so that a roll-up never gives back a count the reader
     * sees suppressed (such an indicator is not measured, and left out as every unmeasured indicator is). The overview
     * itself for a reader who sees every figure exact.
     */
    private ProgressOverview shown(ProgressOverview overview) {
        return shown(overview, protectedIndicators());
    }

    private ProgressOverview shown(ProgressOverview overview, Set<Long> hidden) {
        if (hidden.isEmpty() || overview.indicators().noneMatch(i -> hidden.contains(i.indicator().id()))) {
            return overview;
        }
        return overview.withIndicators(asShown(overview, hidden));
    }

    /** How many indicators measured in {@code exact} are not in {@code shown} (their counts are suppressed). */
    private static int withheld(ProgressOverview exact, ProgressOverview shown) {
        if (exact == shown) {
            return 0;
        }
        var measured = exact.indicators().filter(i -> i.achievement().isMeasured()).map(i -> i.indicator().id())
                .collect(java.util.stream.Collectors.toSet());
        shown.indicators().filter(i -> i.achievement().isMeasured()).forEach(i -> measured.remove(i.indicator().id()));
        return measured.size();
    }

    /**
     * Of an indicator's accepted values, those the signed-in reader may not see (as its detail hides them), when the
     * reader sees the indicator only through the disclosure rule; empty when the reader sees its values as reported.
     */
    public java.util.Optional<Set<ReportedValues.PeriodValue>> hiddenValues(long indicatorId,
            List<ReportedValues.PeriodValue> series) {
        if (!protectedIndicators().contains(indicatorId)) {
            return java.util.Optional.empty();
        }
        long planId = plans.planOfIndicator(indicatorId);
        var overview = overview(planId, DashboardFilter.year(LocalDate.now(clock).getYear()));
        var progress = overview.indicators().filter(i -> i.indicator().id() == indicatorId).findFirst()
                .orElseThrow(() -> NotFoundException.of("indicator", indicatorId));
        return java.util.Optional.of(indicators.hiddenValues(overview.plan(), progress, series, disclosure,
                released(indicatorId)));
    }

    /**
     * What the year's published statistics already give of an indicator's year, for its figures to follow
     * ({@link FigureDisclosure#released}); asked only for the years the indicator's protection reaches.
     */
    private IndicatorDetails.Released released(long indicatorId) {
        return new IndicatorDetails.Released(year -> {
            var released = new HashMap<String, Disclosed>();
            disclosures.forEach(port -> released.putAll(port.released(indicatorId, year)));
            return released;
        }, year -> disclosures.stream().map(port -> port.releasedTotal(indicatorId, year)).filter(Objects::nonNull)
                .findFirst().orElse(null));
    }

    /** The indicators the signed-in reader sees only through the disclosure rule. */
    private Set<Long> protectedIndicators() {
        var ids = new java.util.HashSet<Long>();
        disclosures.forEach(port -> ids.addAll(port.protectedIndicators()));
        return ids;
    }

    /** The indicators that leave the system only through the disclosure rule, whoever takes them out. */
    private Set<Long> publishedProtection() {
        var ids = new java.util.HashSet<Long>();
        disclosures.forEach(port -> ids.addAll(port.protectedWhenPublished()));
        return ids;
    }

    /**
     * One institution's view of a plan. A focal point may open only their own institution's view; the coordinator's
     * office, evaluators and National Authority members may open every institution's, with its reporting record.
     *
     * @throws AccessDeniedException for anyone else
     */
    public InstitutionDashboard institution(long planId, long institutionId, DashboardFilter filter, Locale locale) {
        var user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!maySeeInstitution(user, institutionId)) {
            throw new AccessDeniedException("dashboard of institution " + institutionId);
        }
        var institution = institutions.directory().byId(institutionId)
                .orElseThrow(() -> NotFoundException.of("institution", institutionId));
        var overview = shown(overview(planId, filter));
        var matrix = completeness.forInstitution(planId, institutionId);
        return records.build(overview, institution, filter, matrix, today(), locale);
    }

    /**
     * The budget of a plan for the filter's year, or for the whole plan period when the filter has no year. Charts:
     * {@link BudgetDashboard#BY_OBJECTIVE}, {@link BudgetDashboard#BY_SOURCE}, {@link BudgetDashboard#DONOR_GAP};
     * table {@link BudgetDashboard#SHARES}.
     */
    public BudgetDashboard budget(long planId, DashboardFilter filter, Locale locale) {
        var tree = plans.tree(planId);
        requireOwnInstitution(planId, filter);
        var plan = tree.plan();
        Integer year = filter.year() != null && filter.year() >= plan.startYear() && filter.year() <= plan.endYear()
                ? filter.year() : null;
        var spending = activities.spending(planId, filter.includeSubmitted());
        return budgets.build(tree, filter, year, spending, institutions.directory(), currency, locale);
    }

    /**
     * The plan's progress in the filter's year, element by element, exactly as the dashboards count it (the annual
     * report's tables use it, so that the report and the dashboard never disagree): one read of the plan tree, and
     * the values only when they changed. Submitted reports count only for readers who may include them; an indicator
     * the reader sees only protected is as its detail shows it, and the roll-ups leave it out where its count is
     * suppressed.
     */
    public ProgressOverview progress(long planId, DashboardFilter filter) {
        return shown(overview(planId, filter));
    }

    /**
     * The plan's progress as it is published, whoever asks ({@link #planAsPublished}): as {@link #progress}, with
     * every indicator that leaves the system protected shown as a reader who may not read exact figures sees it (its
     * value left out and its achievement "not measurable: suppressed" where the rule suppresses its count) and the
     * roll-ups made without it. The generated documents and the portal's figures read this, never the exact view of
     * the coordinator or M&amp;E officer who makes or publishes them.
     */
    public ProgressOverview progressAsPublished(long planId, DashboardFilter filter) {
        return shown(overview(planId, filter), publishedProtection());
    }

    /**
     * A filter's institution (?institution=) is one of the plan's participant's (issue 19 item 2); another
     * participant's does not exist here, as its address would not.
     */
    private void requireOwnInstitution(long planId, DashboardFilter filter) {
        if (filter.institutionId() != null && !plans.choosableInstitutions(planId).test(filter.institutionId())) {
            throw NotFoundException.of("institution", filter.institutionId());
        }
    }

    private ProgressOverview overview(long planId, DashboardFilter filter) {
        var tree = plans.tree(planId);
        boolean submitted = filter.includeSubmitted() && mayIncludeSubmitted();
        int year = filter.chosenIn(tree.plan()) ? filter.year()
                : DashboardFilter.defaultYear(tree.plan(), today(), activities.yearsWithReports(planId, submitted));
        return progress.overview(tree, year, submitted);
    }

    /**
     * Whether a dashboard showing {@code shownYear} without a year asked for shows an earlier year than the calendar
     * would, because the calendar's year has no counted report: the page then says so.
     */
    public boolean movedBackToYearWithData(PlanHeader plan, DashboardFilter filter, int shownYear) {
        return !filter.chosenIn(plan) && shownYear < DashboardFilter.defaultYear(plan, today());
    }

    /** Whether the reader may count submitted (not yet accepted) reports: the coordinator's office and evaluators. */
    public static boolean mayIncludeSubmitted() {
        return CurrentUser.has(Role.ME_OFFICER) || CurrentUser.has(Role.COORDINATOR) || CurrentUser.has(Role.EVALUATOR);
    }

    /**
     * Whether the signed-in reader may read this institution's figures: its institution view, and the plan overview
     * (page and downloads) narrowed to it. The one rule for both, so that no address reads more than the other.
     */
    public static boolean maySeeInstitution(long institutionId) {
        return CurrentUser.get().map(user -> maySeeInstitution(user, institutionId)).orElse(false);
    }

    private static boolean maySeeInstitution(SignedInUser user, long institutionId) {
        return user.has(Role.ME_OFFICER) || user.has(Role.COORDINATOR) || user.has(Role.EVALUATOR)
                || user.has(Role.MEMBER) || ownInstitution(user, institutionId);
    }

    /** Who may read an institution's counted reports (accepted, or submitted for the office and evaluators). */
    private static boolean mayReadReportsOf(SignedInUser user, long institutionId) {
        return maySeeInstitution(user, institutionId);
    }

    private static boolean ownInstitution(SignedInUser user, long institutionId) {
        return user.has(Role.FOCAL_POINT) && Objects.equals(user.institutionId(), institutionId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
