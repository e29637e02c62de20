package org.ariadne.dataquality.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.format.Formats;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.dataquality.CheckKind;
import org.ariadne.dataquality.DataQuality;
import org.ariadne.dataquality.DataQualityException;
import org.ariadne.dataquality.Flag;
import org.ariadne.dataquality.FlagTexts;
import org.ariadne.dataquality.RuleCommand;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/**
 * The office's data-quality page of a plan (one reporting period's flagged figures, filtered by check and
 * institution, downloadable) and the page where the checks are set.
 */
@Controller
class DataQualityController {

    private static final List<String> COLUMNS = List.of("dataquality.column.institution",
            "dataquality.column.indicator", "dataquality.column.collection", "dataquality.column.check",
            "dataquality.column.value", "dataquality.column.finding");

    private final DataQuality quality;
    private final FlagTexts texts;
    private final Plans plans;
    private final Institutions institutions;
    private final ReportingPeriods schedules;
    private final FormSubmissions forms;
    private final MessageSource messages;

    DataQualityController(DataQuality quality, FlagTexts texts, Plans plans, Institutions institutions,
            ReportingPeriods schedules, FormSubmissions forms, MessageSource messages) {
        this.quality = quality;
        this.texts = texts;
        this.plans = plans;
        this.institutions = institutions;
        this.schedules = schedules;
        this.forms = forms;
        this.messages = messages;
    }

    /** One flagged figure as the page and the download show it. */
    record Row(Flag flag, String institution, String indicator, String collection, String check, String value,
            String finding, String reportLink) {
    }

    @GetMapping("/plans/{planId}/data-quality")
    @PreAuthorize(DataQuality.OFFICE)
    String page(@PathVariable long planId, @RequestParam(required = false) Long period,
            @RequestParam(required = false) CheckKind kind, @RequestParam(required = false) Long institution,
            Model model, Locale locale) {
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("kinds", CheckKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("institution", institution);
        var periods = schedules.ofPlan(planId);
        model.addAttribute("periods", periods);
        if (periods.isEmpty()) {
            model.addAttribute("rows", List.of());
            model.addAttribute("institutions", List.of());
            return "dataquality/page";
        }
        var chosen = period != null ? period : latestEnded(periods);
        var flags = quality.flags(planId, chosen);
        var directory = institutions.directory();
        var all = rows(flags.flags(), directory, locale);
        var named = new LinkedHashMap<Long, String>();
        all.stream().sorted(Comparator.comparing(Row::institution))
                .forEach(row -> named.putIfAbsent(row.flag().institutionId(), row.institution()));
        model.addAttribute("period", flags.period());
        model.addAttribute("institutions", named.entrySet().stream().toList());
        model.addAttribute("rows", all.stream().filter(row -> kind == null || row.flag().kind() == kind)
                .filter(row -> institution == null || row.flag().institutionId() == institution).toList());
        return "dataquality/page";
    }

    @GetMapping("/plans/{planId}/data-quality.{format:csv|xlsx}")
    @PreAuthorize(DataQuality.OFFICE)
    ResponseEntity<byte[]> download(@PathVariable long planId, @PathVariable String format, @RequestParam long period,
            @RequestParam(required = false) CheckKind kind, @RequestParam(required = false) Long institution,
            Locale locale) {
        var flags = quality.flags(planId, period);
        var rows = new ArrayList<List<Object>>();
        for (var row : rows(flags.flags(), institutions.directory(), locale)) {
            if ((kind == null || row.flag().kind() == kind)
                    && (institution == null || row.flag().institutionId() == institution)) {
                rows.add(List.of(row.institution(), row.indicator(), row.collection(), row.check(), row.flag().value(),
                        row.finding()));
            }
        }
        return FileDownload.table(format, "data-quality-" + planId + "-" + flags.period().label(),
                text("dataquality.title", locale), COLUMNS.stream().map(key -> text(key, locale)).toList(), rows);
    }

    @GetMapping("/plans/{planId}/data-quality/rules")
    @PreAuthorize(DataQuality.OFFICE)
    String rules(@PathVariable long planId, Model model) {
        var tree = plans.tree(planId);
        model.addAttribute("plan", tree.plan());
        model.addAttribute("rules", quality.rules(planId));
        model.addAttribute("kinds", CheckKind.values());
        model.addAttribute("indicators", DataQuality.indicatorLabels(tree).entrySet().stream().toList());
        return "dataquality/rules";
    }

    @PostMapping("/plans/{planId}/data-quality/rules")
    @PreAuthorize(DataQuality.OFFICE)
    String set(@PathVariable long planId, @RequestParam(required = false) Integer version,
            @Valid @ModelAttribute("ruleForm") RuleCommand form, BindingResult errors, Locale locale,
            RedirectAttributes redirect) {
        return forms.submission(RuleCommand.class, errors, null, locale).fieldLabels("dataquality.field.")
                .refusalsAt(refusal -> refusal instanceof DataQualityException refused ? refused.field() : null)
                .save(() -> quality.set(planId, version, form), () -> {
                    Flash.notice(redirect, "dataquality.rules.saved");
                    return "redirect:/plans/" + planId + "/data-quality/rules";
                }, failure -> {
                    forms.flash(redirect, failure, "dataquality.rules.not-saved");
                    return "redirect:/plans/" + planId + "/data-quality/rules";
                });
    }

    @PostMapping("/plans/{planId}/data-quality/rules/{ruleId}/remove")
    @PreAuthorize(DataQuality.OFFICE)
    String remove(@PathVariable long planId, @PathVariable long ruleId,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> quality.remove(planId, ruleId, version))) {
            Flash.notice(redirect, "dataquality.rules.removed");
        }
        return "redirect:/plans/" + planId + "/data-quality/rules";
    }

    private List<Row> rows(List<Flag> flags, InstitutionDirectory directory, Locale locale) {
        var formats = Formats.of(locale);
        return flags.stream().map(flag -> new Row(flag, directory.nameOf(flag.institutionId()), flag.indicatorLabel(),
                texts.collection(flag, locale), texts.kind(flag.kind(), locale), formats.exactly(flag.value()),
                texts.forOffice(flag, locale, directory),
                "/reporting/" + flag.periodId() + "/institutions/" + flag.institutionId() + "#" + flag.anchor()))
                .toList();
    }

    /** The last period that has ended (the one being reported on), or the first one. */
    private static long latestEnded(List<org.ariadne.reportingcycle.PeriodView> periods) {
        var today = java.time.LocalDate.now();
        return periods.stream().filter(p -> p.endsOn().isBefore(today))
                .max(Comparator.comparing(org.ariadne.reportingcycle.PeriodView::endsOn))
                .orElse(periods.get(0)).id();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
