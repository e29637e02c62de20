package org.ariadne.quality.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.ariadne.common.web.FileDownload;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.Institutions;
import org.ariadne.quality.AuditedElement;
import org.ariadne.quality.ElementKind;
import org.ariadne.quality.Finding;
import org.ariadne.quality.PlanQuality;
import org.ariadne.quality.QualityReport;
import org.ariadne.quality.QualityRule;
import org.ariadne.quality.Severity;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit page of a plan and its downloads. Read-only: every fix happens on the plan's own pages. */
@Controller
class QualityController {

    /**
     * More rows than this make the page slow on a weak connection and no one works down them in one sitting; the
     * filters narrow the list, and the downloads always hold every finding.
     */
    static final int SHOWN_AT_MOST = 1000;

    private final PlanQuality quality;
    private final Institutions institutions;
    private final FindingTexts texts;
    private final QualitySpreadsheets spreadsheets;

    QualityController(PlanQuality quality, Institutions institutions, FindingTexts texts, QualitySpreadsheets spreadsheets) {
        this.quality = quality;
        this.institutions = institutions;
        this.texts = texts;
        this.spreadsheets = spreadsheets;
    }

    @GetMapping("/plans/{planId}/quality")
    String audit(@PathVariable long planId, @ModelAttribute("query") QualityQuery query, Model model, Locale locale) {
        var report = quality.audit(planId);
        var directory = institutions.directory();
        var filter = query.filter();
        var matching = report.findings(filter);
        var shown = matching.subList(0, Math.min(SHOWN_AT_MOST, matching.size()));
        var lines = shown.stream().map(finding -> new FindingLine(finding, texts.message(finding, locale),
                directory.nameOf(finding.institutionId()))).toList();

        model.addAttribute("plan", report.plan());
        model.addAttribute("report", report);
        model.addAttribute("elementRules", report.rules().stream()
                .filter(summary -> summary.rule().scope() != ElementKind.PLAN && summary.applies()).toList());
        model.addAttribute("planRules", report.rules().stream()
                .filter(summary -> summary.rule().scope() == ElementKind.PLAN).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("byRule", query.byRule());
        model.addAttribute("groups", query.byRule() ? byRule(lines) : byElement(lines));
        model.addAttribute("matching", matching.size());
        model.addAttribute("shown", shown.size());
        model.addAttribute("ruleOptions", ruleOptions(report, query));
        model.addAttribute("severities", Severity.values());
        model.addAttribute("institutionOptions", institutionOptions(report, directory, locale));
        model.addAttribute("byElementHref", link(planId, "/quality", query, QualityQuery.BY_ELEMENT));
        model.addAttribute("byRuleHref", link(planId, "/quality", query, QualityQuery.BY_RULE));
        model.addAttribute("xlsxHref", link(planId, "/quality.xlsx", query, null));
        model.addAttribute("csvHref", link(planId, "/quality.csv", query, null));
        return "quality/audit";
    }

    @GetMapping("/plans/{planId}/quality.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long planId, @ModelAttribute("query") QualityQuery query, Locale locale,
            HttpServletRequest request) {
        var report = quality.audit(planId);
        var content = spreadsheets.xlsx(report.findings(query.filter()), institutions.directory(), request.getContextPath(),
                locale);
        return FileDownload.file(content, fileName(report, "xlsx", locale));
    }

    @GetMapping("/plans/{planId}/quality.csv")
    ResponseEntity<byte[]> csv(@PathVariable long planId, @ModelAttribute("query") QualityQuery query, Locale locale,
            HttpServletRequest request) {
        var report = quality.audit(planId);
        var content = spreadsheets.csv(report.findings(query.filter()), institutions.directory(), request.getContextPath(),
                locale);
        return FileDownload.file(content, fileName(report, "csv", locale));
    }

    /** One group per element, in plan order: the officer opens the element once and fixes everything listed. */
    private static List<FindingGroup> byElement(List<FindingLine> lines) {
        var groups = new LinkedHashMap<AuditedElement, List<FindingLine>>();
        lines.forEach(line -> groups.computeIfAbsent(line.finding().element(), key -> new ArrayList<>()).add(line));
        return groups.entrySet().stream().map(group -> new FindingGroup(group.getKey(), null, group.getValue())).toList();
    }

    /** One group per rule, in rule order: the same fix across the plan ("add the baselines"). */
    private static List<FindingGroup> byRule(List<FindingLine> lines) {
        var groups = new LinkedHashMap<QualityRule, List<FindingLine>>();
        for (var rule : QualityRule.values()) {
            groups.put(rule, new ArrayList<>());
        }
        lines.forEach(line -> groups.get(line.finding().rule()).add(line));
        return groups.entrySet().stream().filter(group -> !group.getValue().isEmpty())
                .map(group -> new FindingGroup(null, group.getKey(), group.getValue())).toList();
    }

    /** The rules that flag something, and the one chosen even if it flags nothing. */
    private static List<RuleOption> ruleOptions(QualityReport report, QualityQuery query) {
        var chosen = query.filter().rule();
        return report.rules().stream().filter(summary -> summary.flagged() > 0 || summary.rule() == chosen)
                .map(summary -> new RuleOption(summary.rule(), summary.flagged())).toList();
    }

    /** The institutions that answer for at least one finding, by name. */
    private static List<InstitutionOption> institutionOptions(QualityReport report, InstitutionDirectory directory,
            Locale locale) {
        var counts = new LinkedHashMap<Long, Integer>();
        report.findings().stream().map(Finding::institutionId).filter(Objects::nonNull)
                .forEach(id -> counts.merge(id, 1, Integer::sum));
        var collator = Collator.getInstance(locale);
        return counts.entrySet().stream()
                .map(entry -> new InstitutionOption(entry.getKey(),
                        Objects.requireNonNullElse(directory.nameOf(entry.getKey()), "#" + entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparing(InstitutionOption::name, collator)).toList();
    }

    /** A link to the page or a download that keeps the filter; {@code by} switches the grouping (pages only). */
    private static String link(long planId, String suffix, QualityQuery query, String by) {
        var builder = UriComponentsBuilder.fromPath("/plans/" + planId + suffix).queryParams(query.parameters(false));
        if (QualityQuery.BY_RULE.equals(by)) {
            builder.queryParam("by", by);
        }
        return builder.encode().build().toUriString();
    }

    private String fileName(QualityReport report, String extension, Locale locale) {
        var shortTitle = FileDownload.fileStem(report.plan().title(), 80);
        var suffix = texts.label("quality.export.file-name", locale);
        return (shortTitle.isEmpty() ? suffix : shortTitle + "-" + suffix) + "." + extension;
    }

    /** A finding as the page shows it: its message already in the user's language. */
    public record FindingLine(Finding finding, String message, String institution) {
    }

    /** Findings under one heading: an element (grouped by element) or a rule (grouped by rule). */
    public record FindingGroup(AuditedElement element, QualityRule rule, List<FindingLine> lines) {
    }

    public record RuleOption(QualityRule rule, int count) {
    }

    public record InstitutionOption(long id, String name, int count) {
    }
}
