package org.ariadne.api.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ariadne.api.web.ApiModels.AchievementItem;
import org.ariadne.api.web.ApiModels.ElementProgress;
import org.ariadne.api.web.ApiModels.IndicatorItem;
import org.ariadne.api.web.ApiModels.IndicatorProgressItem;
import org.ariadne.api.web.ApiModels.PeriodItem;
import org.ariadne.api.web.ApiModels.PlanDetail;
import org.ariadne.api.web.ApiModels.PlanItem;
import org.ariadne.api.web.ApiModels.ProgressItem;
import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.dashboards.DashboardFilter;
import org.ariadne.plan.Plans;
import org.ariadne.progress.IndicatorProgress;
import org.ariadne.progress.ProgressOverview;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The plans, their elements and indicators, their reporting periods and their progress, read as the pages read them. */
@RestController
@RequestMapping(path = "/api/v1/plans", produces = "application/json")
@Tag(name = "Plans", description = "Action plans, their elements, indicators, reporting periods and progress")
class PlansApiController {

    private final Plans plans;
    private final DashboardCharts dashboards;
    private final ReportingPeriods periods;

    PlansApiController(Plans plans, DashboardCharts dashboards, ReportingPeriods periods) {
        this.plans = plans;
        this.dashboards = dashboards;
        this.periods = periods;
    }

    @GetMapping
    @Operation(summary = "The action plans")
    List<PlanItem> plans() {
        return plans.list().stream().map(PlanItem::of).toList();
    }

    @GetMapping("/{planId}")
    @Operation(summary = "A plan with its elements: objectives, activities and their indicators")
    PlanDetail plan(@PathVariable long planId) {
        plans.header(planId);
        return PlanDetail.of(plans.tree(planId));
    }

    @GetMapping("/{planId}/indicators")
    @Operation(summary = "Every indicator of a plan with its baseline and targets")
    List<IndicatorItem> indicators(@PathVariable long planId) {
        plans.header(planId);
        var tree = plans.tree(planId);
        var result = new ArrayList<IndicatorItem>();
        for (var so : tree.objectives()) {
            result.addAll(IndicatorItem.of(so.indicators(), so.code()));
            for (var sp : so.specificObjectives()) {
                result.addAll(IndicatorItem.of(sp.indicators(), sp.code()));
                sp.activities().forEach(a -> result.addAll(IndicatorItem.of(a.indicators(), a.code())));
            }
        }
        return result;
    }

    @GetMapping("/{planId}/periods")
    @Operation(summary = "The plan's reporting periods (a report is for an institution and one of them)")
    List<PeriodItem> periods(@PathVariable long planId) {
        plans.header(planId);
        return periods.ofPlan(planId).stream().map(PeriodItem::of).toList();
    }

    @GetMapping("/{planId}/progress")
    @Operation(summary = "The plan's progress in a year, as the plan dashboard shows it",
            description = "Counts accepted reports; the coordinator's office and evaluators may ask to count submitted"
                    + " ones too.")
    ProgressItem progress(@PathVariable long planId,
            @Parameter(description = "a year of the plan; left out, the dashboard's default year")
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean includeSubmitted) {
        plans.header(planId);
        // as the plan dashboard shows it to the caller: a count seen only protected may be suppressed, and is then
        // left out of the activities', objectives' and plan's achievement
        return progress(dashboards.progress(planId, new DashboardFilter(year, null, null, includeSubmitted)));
    }

    private static ProgressItem progress(ProgressOverview overview) {
        var elements = new ArrayList<ElementProgress>();
        for (var so : overview.strategic()) {
            elements.add(new ElementProgress("STRATEGIC_OBJECTIVE", so.objective().id(), so.objective().code(),
                    so.objective().title(), AchievementItem.of(so.achievement())));
            for (var sp : so.specific()) {
                elements.add(new ElementProgress("SPECIFIC_OBJECTIVE", sp.objective().id(), sp.objective().code(),
                        sp.objective().title(), AchievementItem.of(sp.achievement())));
                for (var activity : sp.activities()) {
                    elements.add(new ElementProgress("ACTIVITY", activity.activity().id(), activity.activity().code(),
                            activity.activity().title(), AchievementItem.of(activity.achievement())));
                }
            }
        }
        return new ProgressItem(overview.plan().id(), overview.year(), overview.includesSubmitted(),
                AchievementItem.of(overview.achievement()), elements,
                overview.indicators().map(PlansApiController::indicator).toList());
    }

    private static IndicatorProgressItem indicator(IndicatorProgress progress) {
        return new IndicatorProgressItem(progress.indicator().id(), progress.ownerCode(), progress.indicator().name(),
                progress.value(), progress.target(), ApiModels.nameOf(progress.basis()),
                AchievementItem.of(progress.achievement()));
    }
}
