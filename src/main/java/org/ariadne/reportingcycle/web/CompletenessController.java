package org.ariadne.reportingcycle.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.ariadne.common.web.FileDownload;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.Plans;
import org.ariadne.reportingcycle.Completeness;
import org.ariadne.reportingcycle.Completeness.State;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportStatuses;
import org.ariadne.security.UserAccounts;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Completeness and timeliness of a plan's reporting (institutions × periods, like DHIS2's reporting-rate summary)
 * and the list of overdue reports to chase, with their downloads. For the coordinator's office and evaluators;
 * {@link Completeness} checks the role again.
 */
@Controller
@PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'EVALUATOR') or @territorialScope.manages(#planId)")
class CompletenessController {


    private final Completeness completeness;
    private final Plans plans;
    private final Institutions institutions;
    private final UserAccounts accounts;
    private final CompletenessSpreadsheets spreadsheets;
    private final MessageSource messages;
    private final Clock clock;

    CompletenessController(Completeness completeness, Plans plans, Institutions institutions, UserAccounts accounts,
            CompletenessSpreadsheets spreadsheets, MessageSource messages, Clock clock) {
        this.completeness = completeness;
        this.plans = plans;
        this.institutions = institutions;
        this.accounts = accounts;
        this.spreadsheets = spreadsheets;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reporting/plans/{planId}/completeness")
    String matrix(@PathVariable long planId, @ModelAttribute("query") CompletenessQuery query, Model model) {
        var plan = plans.header(planId);
        var matrix = completeness.matrix(planId);
        var directory = institutions.directory();
        var table = CompletenessTable.of(matrix, directory, query, today());
        var base = "/reporting/plans/" + planId;
        model.addAttribute("plan", plan);
        model.addAttribute("table", table);
        model.addAttribute("hasPeriods", !matrix.periods().isEmpty());
        model.addAttribute("types", CompletenessTable.types(matrix, directory));
        model.addAttribute("ranges", List.of(CompletenessQuery.LAST_4, CompletenessQuery.LAST_8, CompletenessQuery.ALL));
        model.addAttribute("legend", Legend.ENTRIES);
        model.addAttribute("csvHref", query.link(base + "/completeness.csv"));
        model.addAttribute("xlsxHref", query.link(base + "/completeness.xlsx"));
        model.addAttribute("overdueHref", query.link(base + "/overdue"));
        return "reporting/completeness/matrix";
    }

    @GetMapping("/reporting/plans/{planId}/completeness.csv")
    ResponseEntity<byte[]> matrixCsv(@PathVariable long planId, @ModelAttribute("query") CompletenessQuery query,
            Locale locale) {
        var plan = plans.header(planId);
        var table = CompletenessTable.of(completeness.matrix(planId), institutions.directory(), query, today());
        return FileDownload.file(spreadsheets.matrixCsv(table, locale), fileName(plan, "completeness.export.file-name", "csv",
                locale));
    }

    @GetMapping("/reporting/plans/{planId}/completeness.xlsx")
    ResponseEntity<byte[]> matrixXlsx(@PathVariable long planId, @ModelAttribute("query") CompletenessQuery query,
            Locale locale) {
        var plan = plans.header(planId);
        var table = CompletenessTable.of(completeness.matrix(planId), institutions.directory(), query, today());
        return FileDownload.file(spreadsheets.matrixXlsx(table, locale), fileName(plan, "completeness.export.file-name", "xlsx",
                locale));
    }

    @GetMapping("/reporting/plans/{planId}/overdue")
    String overdue(@PathVariable long planId, @ModelAttribute("query") CompletenessQuery query, Model model) {
        var plan = plans.header(planId);
        var matrix = completeness.matrix(planId);
        var directory = institutions.directory();
        model.addAttribute("plan", plan);
        model.addAttribute("lines", overdueLines(matrix, query));
        model.addAttribute("types", CompletenessTable.types(matrix, directory));
        model.addAttribute("csvHref", query.link("/reporting/plans/" + planId + "/overdue.csv"));
        model.addAttribute("xlsxHref", query.link("/reporting/plans/" + planId + "/overdue.xlsx"));
        model.addAttribute("matrixHref", query.link("/reporting/plans/" + planId + "/completeness"));
        return "reporting/completeness/overdue";
    }

    @GetMapping("/reporting/plans/{planId}/overdue.csv")
    ResponseEntity<byte[]> overdueCsv(@PathVariable long planId, @ModelAttribute("query") CompletenessQuery query,
            Locale locale, HttpServletRequest request) {
        var plan = plans.header(planId);
        var lines = overdueLines(completeness.matrix(planId), query);
        var baseUrl = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return FileDownload.file(spreadsheets.overdueCsv(lines, baseUrl, locale),
                fileName(plan, "completeness.overdue.export.file-name", "csv", locale));
    }

    @GetMapping("/reporting/plans/{planId}/overdue.xlsx")
    ResponseEntity<byte[]> overdueXlsx(@PathVariable long planId, @ModelAttribute("query") CompletenessQuery query,
            Locale locale, HttpServletRequest request) {
        var plan = plans.header(planId);
        var lines = overdueLines(completeness.matrix(planId), query);
        var baseUrl = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return FileDownload.file(spreadsheets.overdueXlsx(lines, baseUrl, locale),
                fileName(plan, "completeness.overdue.export.file-name", "xlsx", locale));
    }

    /**
     * The reports past their deadline with nothing submitted, oldest first, from the matrix: only where the
     * institution had something to report (the matrix marks the other periods as not expected).
     */
    private List<OverdueLine> overdueLines(Completeness.Matrix matrix, CompletenessQuery query) {
        var today = today();
        var directory = institutions.directory();
        var contacts = new HashMap<Long, List<UserAccounts.Contact>>();
        var lines = new ArrayList<OverdueLine>();
        for (var row : matrix.rows()) {
            var type = directory.byId(row.institutionId()).map(institution -> institution.type()).orElse(null);
            if (query.institutionType().isPresent() && query.institutionType().get() != type) {
                continue;
            }
            for (var cell : row.cells()) {
                if (CompletenessTable.isOverdue(cell)) {
                    lines.add(new OverdueLine(row.institutionId(), row.institution(), cell.period(),
                            ChronoUnit.DAYS.between(cell.period().deadline(), today), cell.status(),
                            contacts.computeIfAbsent(row.institutionId(), accounts::focalPointContacts)));
                }
            }
        }
        lines.sort(Comparator.comparing((OverdueLine line) -> line.period().deadline())
                .thenComparing(OverdueLine::institution, String.CASE_INSENSITIVE_ORDER));
        return lines;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String fileName(PlanHeader plan, String key, String extension, Locale locale) {
        var shortTitle = FileDownload.fileStem(plan.title(), 80);
        var suffix = messages.getMessage(key, null, key, locale);
        // dated: the rates and the days overdue are those of the day of the download
        return (shortTitle.isEmpty() ? suffix : shortTitle + "-" + suffix) + "-" + today() + "." + extension;
    }

    /** A report to chase: who, for which period, how late, and whom to write to. */
    record OverdueLine(long institutionId, String institution, PeriodView period, long daysOverdue,
            ReportStatuses.Stage status, List<UserAccounts.Contact> focalPoints) {

        public String link() {
            return "/reporting/" + period.id() + "/institutions/" + institutionId;
        }

        /** "Draft started" when the institution saved something, "nothing saved yet" otherwise. */
        public String reportKey() {
            return status == null ? "completeness.overdue.nothing-saved" : status.messageKey();
        }
    }

    /** The legend under the matrix: each state's badge, its name and what it means. */
    record Legend(String state, String badgeClass, String shortKey, String nameKey, String explainKey) {

        static final List<Legend> ENTRIES = List.of(
                of(State.SUBMITTED_ON_TIME), of(State.SUBMITTED_LATE), of(State.MISSING), of(State.RETURNED),
                of(State.REOPENED), of(State.ACCEPTED), of(State.OPEN), of(State.NOT_DUE),
                new Legend("not-expected", CompletenessBadges.NOT_EXPECTED_CLASS, "completeness.cell.not-expected",
                        "completeness.state.not-expected", "completeness.explain.not-expected"));

        private static Legend of(State state) {
            var suffix = state.messageKey().substring("reporting.state.".length());
            return new Legend(suffix, CompletenessBadges.badgeClass(state), "completeness.cell." + suffix,
                    state.messageKey(), "completeness.explain." + suffix);
        }
    }
}
