package org.ariadne.dashboards.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ariadne.common.charts.Chart;
import org.ariadne.common.charts.ChartDrawing;
import org.ariadne.common.format.Formats;
import org.ariadne.dashboards.DashboardChart;
import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.dashboards.DashboardTable;
import org.ariadne.risks.Scenarios;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dashboard pages and their downloads. Each page asks {@link DashboardCharts} for one dashboard and shows its
 * charts, each followed by its table and the links to download that table; the same address with
 * {@code download=csv|xlsx&chart=<name>} returns one table as a file. A filter value that cannot be read (a year
 * typed by hand) is ignored rather than refused: the query keeps the values that could be read, and it is put back
 * into the model as such, since after a failed binding the model would otherwise hold no query for the filters.
 */
@Controller
class DashboardController {

    private static final int WIDTH = 760;

    private final DashboardCharts dashboards;
    private final MessageSource messages;
    private final Scenarios scenarios;
    private final org.ariadne.plan.LocalPlans localPlans;
    private final org.ariadne.institutions.TerritorialUnits units;
    private final java.time.Clock clock;

    DashboardController(DashboardCharts dashboards, MessageSource messages, Scenarios scenarios,
            org.ariadne.plan.LocalPlans localPlans, org.ariadne.institutions.TerritorialUnits units, java.time.Clock clock) {
        this.localPlans = localPlans;
        this.units = units;
        this.clock = clock;
        this.scenarios = scenarios;
        this.dashboards = dashboards;
        this.messages = messages;
    }

    // ---- plan overview ----

    /**
     * Issue 19: what the local and regional plans following this plan contribute to each of its objectives, for all
     * units or for one region or municipality (and the municipalities of a region).
     */
    private void localContribution(long planId, Long localUnit, Model model) {
        var local = localPlans.localPlansOf(planId);
        model.addAttribute("hasLocalPlans", !local.isEmpty());
        if (local.isEmpty()) {
            return;
        }
        var chosen = localUnit == null ? null : units.withSubUnits(localUnit);
        model.addAttribute("localUnit", localUnit);
        model.addAttribute("localUnits", units.list());
        model.addAttribute("contributions",
                localPlans.contributions(planId, chosen, java.time.LocalDate.now(clock)));
    }

    @GetMapping("/plans/{planId}/dashboard")
    String plan(@PathVariable long planId, @ModelAttribute("query") DashboardQuery query, BindingResult unreadable,
            @org.springframework.web.bind.annotation.RequestParam(name = "localUnit", required = false) Long localUnit,
            Model model, Locale locale) {
        var dashboard = dashboards.plan(planId, query.filter(), locale);
        model.addAttribute("latestWithData", dashboards.movedBackToYearWithData(dashboard.plan(), query.filter(),
                dashboard.year()));
        var page = new Page(planPath(planId), query.parameters(dashboard.year()), locale);
        model.addAttribute("dashboard", dashboard);
        var shown = new java.util.ArrayList<DashboardChart>(List.of(dashboard.statuses()));
        if (dashboard.ratings() != null) {
            shown.add(dashboard.ratings().chart());
        }
        model.addAttribute("charts", page.charts(shown));
        model.addAttribute("links", page.links(dashboard.tables()));
        var user = CurrentUser.get().orElseThrow();
        model.addAttribute("ownInstitution", user.has(Role.FOCAL_POINT) ? user.institutionId() : null);
        model.addAttribute("chosenInstitutionVisible", query.institution() != null
                && DashboardCharts.maySeeInstitution(query.institution()));
        // risks: the plan in contingency mode while a scenario is active (risks :: api)
        model.addAttribute("contingency", scenarios.active(planId));
        localContribution(planId, localUnit, model);
        return common(model, query, "dashboards/plan", locale);
    }

    @GetMapping(value = "/plans/{planId}/dashboard", params = "download")
    ResponseEntity<byte[]> planDownload(@PathVariable long planId, @ModelAttribute("query") DashboardQuery query,
            BindingResult unreadable, Locale locale) {
        var dashboard = dashboards.plan(planId, query.filter(), locale);
        return Downloads.file(dashboard.tables(), query.chart(), query.download(),
                dashboard.plan().title() + "-" + dashboard.year());
    }

    // ---- indicator detail ----

    @GetMapping("/indicators/{indicatorId}/dashboard")
    String indicator(@PathVariable long indicatorId, @ModelAttribute("query") DashboardQuery query,
            BindingResult unreadable, Model model, Locale locale) {
        var dashboard = dashboards.indicator(indicatorId, query.filter(), locale);
        model.addAttribute("latestWithData", dashboards.movedBackToYearWithData(dashboard.plan(), query.filter(),
                dashboard.year()));
        var page = new Page("/indicators/" + indicatorId + "/dashboard", query.parameters(dashboard.year()), locale);
        var shown = new java.util.ArrayList<DashboardChart>();
        shown.add(dashboard.trend());
        shown.addAll(dashboard.breakdowns());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", page.charts(shown));
        model.addAttribute("links", page.links(dashboard.tables()));
        return common(model, query, "dashboards/indicator", locale);
    }

    @GetMapping(value = "/indicators/{indicatorId}/dashboard", params = "download")
    ResponseEntity<byte[]> indicatorDownload(@PathVariable long indicatorId, @ModelAttribute("query") DashboardQuery query,
            BindingResult unreadable, Locale locale) {
        var dashboard = dashboards.indicator(indicatorId, query.filter(), locale);
        return Downloads.file(dashboard.tables(), query.chart(), query.download(),
                dashboard.ownerCode() + "-" + dashboard.indicator().name() + "-" + dashboard.year());
    }

    // ---- institution view ----

    @GetMapping("/plans/{planId}/institutions/{institutionId}/dashboard")
    String institution(@PathVariable long planId, @PathVariable long institutionId,
            @ModelAttribute("query") DashboardQuery query, BindingResult unreadable, Model model, Locale locale) {
        var dashboard = dashboards.institution(planId, institutionId, query.filter(), locale);
        model.addAttribute("latestWithData", dashboards.movedBackToYearWithData(dashboard.plan(), query.filter(),
                dashboard.year()));
        var page = new Page("/plans/" + planId + "/institutions/" + institutionId + "/dashboard",
                query.parameters(dashboard.year()), locale);
        var shown = new java.util.ArrayList<DashboardChart>();
        shown.add(dashboard.statuses());
        if (dashboard.record() != null) {
            shown.add(dashboard.record().byYear());
        }
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", page.charts(shown));
        model.addAttribute("links", page.links(dashboard.tables()));
        return common(model, query, "dashboards/institution", locale);
    }

    @GetMapping(value = "/plans/{planId}/institutions/{institutionId}/dashboard", params = "download")
    ResponseEntity<byte[]> institutionDownload(@PathVariable long planId, @PathVariable long institutionId,
            @ModelAttribute("query") DashboardQuery query, BindingResult unreadable, Locale locale) {
        var dashboard = dashboards.institution(planId, institutionId, query.filter(), locale);
        return Downloads.file(dashboard.tables(), query.chart(), query.download(),
                dashboard.institution().name() + "-" + dashboard.year());
    }

    // ---- budget ----

    @GetMapping("/plans/{planId}/budget")
    String budget(@PathVariable long planId, @ModelAttribute("query") DashboardQuery query, BindingResult unreadable,
            Model model, Locale locale) {
        var dashboard = dashboards.budget(planId, query.filter(), locale);
        var page = new Page("/plans/" + planId + "/budget", query.parameters(dashboard.year()), locale);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", page.charts(List.of(dashboard.byObjective(), dashboard.bySource(),
                dashboard.donorGap())));
        model.addAttribute("links", page.links(dashboard.tables()));
        return common(model, query, "dashboards/budget", locale);
    }

    @GetMapping(value = "/plans/{planId}/budget", params = "download")
    ResponseEntity<byte[]> budgetDownload(@PathVariable long planId, @ModelAttribute("query") DashboardQuery query,
            BindingResult unreadable, Locale locale) {
        var dashboard = dashboards.budget(planId, query.filter(), locale);
        var period = dashboard.year() != null ? dashboard.year().toString()
                : dashboard.plan().startYear() + "-" + dashboard.plan().endYear();
        return Downloads.file(dashboard.tables(), query.chart(), query.download(),
                dashboard.plan().title() + "-" + period);
    }

    private static String planPath(long planId) {
        return "/plans/" + planId + "/dashboard";
    }

    private String common(Model model, DashboardQuery query, String view, Locale locale) {
        // the filters read from the address (unreadable ones left out), for the filter form
        model.addAttribute("query", query);
        model.addAttribute("mayIncludeSubmitted", DashboardCharts.mayIncludeSubmitted());
        model.addAttribute("num", new Numbers(locale, messages.getMessage("common.none", null, "—", locale)));
        return view;
    }

    /** What one page needs to turn dashboard charts and tables into drawings, shown tables and links. */
    private final class Page {

        private final String path;
        private final MultiValueMap<String, String> parameters;
        private final Locale locale;
        private final String none;

        Page(String path, MultiValueMap<String, String> parameters, Locale locale) {
            this.path = path;
            this.parameters = parameters;
            this.locale = locale;
            this.none = messages.getMessage("common.none", null, "—", locale);
        }

        Map<String, ChartView> charts(List<DashboardChart> charts) {
            var views = new LinkedHashMap<String, ChartView>();
            var format = Formats.of(locale);
            for (var chart : charts) {
                var references = chart.chart().references().entrySet().stream()
                        .map(entry -> new ChartView.Reference(entry.getKey(), format.number(entry.getValue()))).toList();
                var svg = chart.isEmpty() ? null : ChartDrawing.pageSvg(chart.chart(), WIDTH, locale);
                views.put(chart.name(), new ChartView(chart.name(), chart.chart().title(), svg,
                        ShownTable.of(chart.table(), locale, none), references,
                        Downloads.links(path, parameters, chart.name())));
            }
            return views;
        }

        Map<String, Links> links(List<DashboardTable> tables) {
            var links = new LinkedHashMap<String, Links>();
            tables.forEach(table -> links.put(table.name(), Downloads.links(path, parameters, table.name())));
            return links;
        }
    }

}
