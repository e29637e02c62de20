package org.ariadne.coordination.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.coordination.CommitteeReportCommand;
import org.ariadne.coordination.CommitteeReportView;
import org.ariadne.coordination.CommitteeReports;
import org.ariadne.coordination.Meetings;
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

/** The local committees' monthly activity reports: the list with the missing months, the downloads, the form. */
@Controller
class CommitteeReportController {

    private static final String FORM = "coordination/committee-form";
    private static final String FIELD = "coordination.field.";

    private final CommitteeReports reports;
    private final FormSubmissions forms;
    private final MessageSource messages;
    private final Clock clock;

    CommitteeReportController(CommitteeReports reports, FormSubmissions forms, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/committee-reports")
    @PreAuthorize(Meetings.READERS)
    String list(@RequestParam(required = false) String committee, Model model) {
        var chosen = Lenient.number(committee);
        model.addAttribute("reports", reports.list(chosen));
        model.addAttribute("months", reports.months());
        model.addAttribute("committee", chosen);
        model.addAttribute("suffix", chosen == null ? "" : "?committee=" + chosen);
        return "coordination/committee-reports";
    }

    @GetMapping("/committee-reports.{format:csv|xlsx}")
    @PreAuthorize(Meetings.READERS)
    ResponseEntity<byte[]> download(@PathVariable String format, @RequestParam(required = false) String committee,
            Locale locale) {
        var header = List.of(text("coordination.field.committeeId", locale), text("coordination.field.month", locale),
                text("coordination.field.activitiesHeld", locale), text("coordination.field.activities", locale),
                text("coordination.field.casesReferred", locale), text("coordination.field.problems", locale));
        var rows = new ArrayList<List<?>>();
        for (var report : reports.list(Lenient.number(committee))) {
            rows.add(Arrays.asList(report.committee(), report.month().toString(), report.activitiesHeld(),
                    empty(report.activities()), report.casesReferred(), empty(report.problems())));
        }
        return FileDownload.table(format, "committee-reports-" + LocalDate.now(clock),
                text("coordination.committee.title", locale), header, rows);
    }

    @GetMapping("/committee-reports/new")
    @PreAuthorize(CommitteeReports.WRITERS)
    String newForm(@RequestParam(required = false) String committee, @RequestParam(required = false) String month,
            Model model) {
        YearMonth chosen;
        try {
            chosen = month == null ? YearMonth.now(clock).minusMonths(1) : YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException unreadable) {
            chosen = YearMonth.now(clock).minusMonths(1);
        }
        var choices = reports.committeeChoices();
        var committeeId = Lenient.number(committee);
        if (committeeId == null && choices.size() == 1) {
            committeeId = choices.get(0).id();
        }
        model.addAttribute("form", CommitteeReportCommand.empty(committeeId, chosen));
        return form(model, null, null);
    }

    @PostMapping("/committee-reports/new")
    @PreAuthorize(CommitteeReports.WRITERS)
    String create(@Valid @ModelAttribute("form") CommitteeReportCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(CommitteeReportCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(MeetingController::field)
                .alsoChecking(() -> reports.check(null, form))
                .create(() -> reports.create(form), id -> {
                    Flash.notice(redirect, "coordination.committee.saved");
                    return "redirect:/committee-reports#report-" + id;
                }, failure -> form(model, null, failure));
    }

    @GetMapping("/committee-reports/{id}/edit")
    @PreAuthorize(CommitteeReports.WRITERS)
    String editForm(@PathVariable long id, Model model) {
        var report = reports.get(id);
        if (!reports.mayWrite(id)) {
            throw org.ariadne.common.NotFoundException.of("committee-report", id);
        }
        model.addAttribute("version", report.version());
        model.addAttribute("form", report.toCommand());
        return form(model, report, null);
    }

    @PostMapping("/committee-reports/{id}/edit")
    @PreAuthorize(CommitteeReports.WRITERS)
    String update(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("form") CommitteeReportCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        var report = reports.get(id);
        model.addAttribute("version", version);
        return forms.submission(CommitteeReportCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(MeetingController::field)
                .alsoChecking(() -> reports.check(id, form))
                .save(() -> reports.update(id, version, form), () -> {
                    Flash.notice(redirect, "coordination.committee.saved");
                    return "redirect:/committee-reports#report-" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, report, failure);
                });
    }

    private String form(Model model, CommitteeReportView report, FormFailure failure) {
        model.addAttribute("report", report);
        model.addAttribute("committees", reports.committeeChoices());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return FORM;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String empty(String text) {
        return text == null ? "" : text;
    }
}
