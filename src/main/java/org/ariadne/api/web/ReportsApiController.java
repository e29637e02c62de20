package org.ariadne.api.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ariadne.api.web.ApiModels.AcceptedValue;
import org.ariadne.api.web.ApiModels.CompletenessCell;
import org.ariadne.api.web.ApiModels.CompletenessItem;
import org.ariadne.api.web.ApiModels.CompletenessRow;
import org.ariadne.api.web.ApiModels.IndicatorValues;
import org.ariadne.api.web.ApiModels.PeriodItem;
import org.ariadne.api.web.ApiModels.Rate;
import org.ariadne.api.web.ApiModels.ReportChange;
import org.ariadne.api.web.ApiModels.ReportItem;
import org.ariadne.api.web.ApiModels.SaveOutcome;
import org.ariadne.api.web.ApiModels.SubmitRequest;
import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportedValues;
import org.ariadne.reportingcycle.Completeness;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports: an institution's report for a period (read, save parts, submit) through the reporting facade the web form
 * uses, with its rules, checks, workflow and audit; accepted values of an indicator; completeness of reporting.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Reports", description = "Progress reports, accepted values and completeness")
class ReportsApiController {

    private final ProgressReports reports;
    private final ReportSubmissions submissions;
    private final ReportedValues values;
    private final Completeness completeness;
    private final Plans plans;
    private final DashboardCharts dashboards;

    ReportsApiController(ProgressReports reports, ReportSubmissions submissions, ReportedValues values,
            Completeness completeness, Plans plans, DashboardCharts dashboards) {
        this.dashboards = dashboards;
        this.reports = reports;
        this.submissions = submissions;
        this.values = values;
        this.completeness = completeness;
        this.plans = plans;
    }

    @GetMapping("/reports/{periodId}/institutions/{institutionId}")
    @Operation(summary = "An institution's report for a period",
            description = "A focal point reads their own institution's; the office every one; an evaluator submitted"
                    + " ones; a member accepted ones.")
    ReportItem report(@PathVariable long periodId, @PathVariable long institutionId) {
        return ReportSubmissions.item(reports.sheet(periodId, institutionId));
    }

    @PutMapping(path = "/reports/{periodId}/institutions/{institutionId}", consumes = "application/json")
    @Operation(summary = "Save what an institution reports: activity statuses and texts, indicator values",
            description = "Needs a read and write token of a focal point of the institution. The values are checked as"
                    + " the web form checks them and saved all together or not at all; every invalid value is named in"
                    + " the answer.")
    SaveOutcome save(@PathVariable long periodId, @PathVariable long institutionId, @RequestBody ReportChange change,
            Locale locale) {
        int saved = submissions.save(periodId, institutionId, change, locale);
        return new SaveOutcome(saved, ReportSubmissions.item(reports.sheet(periodId, institutionId)));
    }

    @PostMapping("/reports/{periodId}/institutions/{institutionId}/submit")
    @Operation(summary = "Submit the report to the coordinator's office, as the form's Submit button does")
    ReportItem submit(@PathVariable long periodId, @PathVariable long institutionId,
            @RequestBody(required = false) SubmitRequest request) {
        var version = request == null || request.version() == null
                ? reports.sheet(periodId, institutionId).reportVersion() : request.version();
        reports.submit(periodId, institutionId, version);
        return ReportSubmissions.item(reports.sheet(periodId, institutionId));
    }

    @GetMapping("/indicators/{indicatorId}/values")
    @Operation(summary = "An indicator's values from accepted reports")
    IndicatorValues acceptedValues(@PathVariable long indicatorId) {
        var indicator = plans.indicator(indicatorId);
        var series = values.series(indicatorId, false);
        // a count the caller sees only protected: every institution's value of every period is withheld, as on the
        // report pages (one institution's figure for one period could be worked out from the published totals, and
        // each year's, not only the current one's, is such a figure); its protected totals are the indicator's detail
        boolean withheld = dashboards.hiddenValues(indicatorId, series).isPresent();
        return new IndicatorValues(indicatorId, indicator.name(), series.stream()
                .map(v -> withheld
                        ? new AcceptedValue(v.institutionId(), v.startsOn(), v.endsOn(), null, null, null, Map.of(),
                                true)
                        : new AcceptedValue(v.institutionId(), v.startsOn(), v.endsOn(), v.total(), v.numerator(),
                                v.denominator(), v.parts(), false))
                .toList());
    }

    @GetMapping("/plans/{planId}/completeness")
    @Operation(summary = "Completeness and timeliness of reporting",
            description = "The whole matrix for the office and evaluators; one institution's row for its focal points"
                    + " and members.")
    CompletenessItem completeness(@PathVariable long planId,
            @Parameter(description = "one institution's row") @RequestParam(required = false) Long institutionId,
            @Parameter(description = "one period only") @RequestParam(required = false) Long periodId) {
        plans.header(planId);
        var matrix = institutionId == null ? completeness.matrix(planId)
                : completeness.forInstitution(planId, institutionId);
        return new CompletenessItem(planId,
                matrix.periods().stream().filter(p -> periodId == null || p.id() == periodId).map(PeriodItem::of)
                        .toList(),
                matrix.rows().stream().map(row -> new CompletenessRow(row.institutionId(), row.institution(),
                        row.cells().stream().filter(c -> periodId == null || c.period().id() == periodId)
                                .map(c -> new CompletenessCell(c.period().id(), c.state().name(), c.expected(),
                                        c.firstSubmittedAt()))
                                .toList(), rate(row.rate())))
                        .toList(),
                rate(matrix.overall()));
    }

    private static Rate rate(Completeness.Rate rate) {
        return new Rate(rate.expected(), rate.submitted(), rate.onTime(), rate.percent());
    }

}
