package org.ariadne.reporting.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;

import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.UserFacingException;
import org.ariadne.common.web.Flash;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportSheet;
import org.ariadne.reporting.web.ReportForms.ActivityForm;
import org.ariadne.reporting.web.ReportForms.ValueForm;
import org.ariadne.reporting.web.ReportPageModel.BlockInput;
import org.ariadne.reporting.web.ReportPageModel.Overrides;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report page of one institution for one period (seed 002 monitoring matrix), saved part by part. Each
 * activity and each indicator value is its own form: without JavaScript it posts and comes back to the page;
 * with JavaScript the same form is posted as the user types (header {@code HX-Request}) and the answer is a
 * small status line. Who may read or change the report is decided by {@link ProgressReports} from the signed-in
 * user and the institution in the address, never from the form.
 */
@Controller
@RequestMapping("/reporting/{periodId}/institutions/{institutionId}")
@PreAuthorize("isAuthenticated()")
class ReportController {

    /** Response headers the page's script reads; the status line itself is for people. */
    static final String SAVE_OUTCOME = "Ariadne-Save";
    static final String REVISION = "Ariadne-Revision";
    private static final String PARTS = "reporting/report/parts";

    private final ProgressReports reports;
    private final ReportForms forms;
    private final ReportPageModel pages;

    ReportController(ProgressReports reports, ReportForms forms, ReportPageModel pages) {
        this.reports = reports;
        this.forms = forms;
        this.pages = pages;
    }

    @GetMapping
    String show(@PathVariable long periodId, @PathVariable long institutionId, Model model, Locale locale) {
        var sheet = reports.sheet(periodId, institutionId);
        var overrides = new Overrides();
        // what a save or an upload said, shown in its block after the redirect
        if (model.getAttribute("blockAnchor") instanceof String anchor
                && model.getAttribute("blockMessage") instanceof String message) {
            var problem = Boolean.TRUE.equals(model.getAttribute("blockProblem"));
            if (anchor.startsWith("e-")) {
                var activityId = Long.parseLong(anchor.substring(2));
                overrides.evidenceMessages.put(activityId, message);
                overrides.evidenceProblems.put(activityId, problem);
            } else {
                overrides.block(BlockInput.notice(anchor, message));
            }
        }
        return pages.render(model, sheet, locale, overrides);
    }

    @PostMapping("/activities/{activityId}")
    @PreAuthorize("hasRole('FOCAL_POINT')")
    String saveActivity(@PathVariable long periodId, @PathVariable long institutionId, @PathVariable long activityId,
            @RequestParam(defaultValue = "0") int revision, @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        var form = ActivityForm.from(params);
        var reading = forms.read(form, locale);
        return save(new Part(periodId, institutionId, "a-" + activityId, form, reading.errors(), revision), htmx,
                model, locale, response, redirect,
                () -> reports.saveActivity(periodId, institutionId, activityId, revision, reading.command()),
                sheet -> sheet.activities().stream().filter(a -> a.activity().id() == activityId).findFirst()
                        .map(a -> ReportForms.sameAs(reading.command(), a.entry())).orElse(false));
    }

    @PostMapping("/indicators/{indicatorId}/{startsOn}")
    @PreAuthorize("hasRole('FOCAL_POINT')")
    String saveValue(@PathVariable long periodId, @PathVariable long institutionId, @PathVariable long indicatorId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(defaultValue = "0") int revision, @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        var form = ValueForm.from(params);
        var reading = forms.read(form, locale);
        return save(new Part(periodId, institutionId, "i-" + indicatorId + "-" + startsOn, form, reading.errors(),
                revision), htmx, model, locale, response, redirect,
                () -> reports.saveValue(periodId, institutionId, indicatorId, startsOn, revision, reading.command()),
                sheet -> sheet.indicators().filter(i -> i.indicator().id() == indicatorId)
                        .flatMap(i -> i.values().stream()).filter(v -> v.startsOn().equals(startsOn)).findFirst()
                        .map(v -> ReportForms.sameAs(reading.command(), v)).orElse(false));
    }

    /** One part of the report as posted: where it is, what was typed, what could not be read. */
    private record Part(long periodId, long institutionId, String anchor, Object form, Map<String, String> errors,
            int revision) {
    }

    /**
     * The same flow for both kinds of part. Saved: back to the page at the part (or, for the script, the status
     * line with the new revision). Refused or taken over by someone else's save meanwhile: the page again with
     * what the user typed, the reason next to it, and after a conflict the revision now saved, so that saving
     * again is a deliberate choice. A "conflict" with exactly what is being sent is the same save arriving twice
     * (its answer was lost on the way back and the browser tried again): it is answered as saved.
     */
    private String save(Part part, String htmx, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect, IntSupplier save, Predicate<ReportSheet> alreadySaved) {
        var script = "true".equals(htmx);
        if (!part.errors().isEmpty()) {
            // nothing is sent to the service, but it still decides whether this user may change the report
            var sheet = reports.sheet(part.periodId(), part.institutionId());
            var message = sheet.editable() ? pages.text("reporting.report.not-saved-fields", locale)
                    : pages.text("reporting.report.not-saved", locale, pages.notEditable(sheet.status(), locale));
            return refused(part, sheet, message, part.errors(), script, model, locale, response);
        }
        int saved;
        try {
            saved = save.getAsInt();
        } catch (ConflictException conflict) {
            var sheet = reports.sheet(part.periodId(), part.institutionId());
            if (alreadySaved.test(sheet)) {
                return saved(part, conflict.currentVersion(), sheet, script, model, locale, response, redirect);
            }
            var text = pages.conflict(conflict, locale);
            if (script) {
                response.setStatus(HttpStatus.CONFLICT.value());
                response.setHeader(SAVE_OUTCOME, "conflict");
                response.setHeader(REVISION, Integer.toString(conflict.currentVersion()));
                model.addAttribute("report", pages.build(sheet, locale, new Overrides()));
                model.addAttribute("anchor", part.anchor());
                model.addAttribute("conflict", text);
                model.addAttribute("currentRevision", conflict.currentVersion());
                return PARTS + " :: conflict";
            }
            return pages.render(model, sheet, locale, new Overrides().block(new BlockInput(part.anchor(), part.form(),
                    Map.of(), text, true, conflict.currentVersion(), text)));
        } catch (UserFacingException refusedByTheReport) {
            var sheet = reports.sheet(part.periodId(), part.institutionId());
            var message = pages.text("reporting.report.not-saved", locale, pages.refusal(refusedByTheReport, locale));
            return refused(part, sheet, message, Map.of(), script, model, locale, response);
        }
        return saved(part, saved, null, script, model, locale, response, redirect);
    }

    private String saved(Part part, int revision, ReportSheet sheet, boolean script, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (script) {
            response.setHeader(SAVE_OUTCOME, "saved");
            response.setHeader(REVISION, Integer.toString(revision));
            model.addAttribute("report", pages.build(sheet != null ? sheet
                    : reports.sheet(part.periodId(), part.institutionId()), locale, new Overrides()));
            model.addAttribute("revision", revision);
            model.addAttribute("savedAt", pages.timeNow());
            return PARTS + " :: saved";
        }
        redirect.addFlashAttribute("blockAnchor", part.anchor());
        redirect.addFlashAttribute("blockMessage",
                pages.text("reporting.report.saved-at", locale, pages.timeNow()));
        return "redirect:/reporting/" + part.periodId() + "/institutions/" + part.institutionId() + "#" + part.anchor();
    }

    private String refused(Part part, ReportSheet sheet, String message, Map<String, String> errors, boolean script,
            Model model, Locale locale, HttpServletResponse response) {
        if (script) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            response.setHeader(SAVE_OUTCOME, "refused");
            model.addAttribute("message", message);
            model.addAttribute("errors", errors.values().stream().distinct().toList());
            return PARTS + " :: refused";
        }
        return pages.render(model, sheet, locale, new Overrides().block(new BlockInput(part.anchor(), part.form(),
                errors, message, true, part.revision(), null)));
    }

    @PostMapping("/submit")
    @PreAuthorize("hasRole('FOCAL_POINT')")
    String submit(@PathVariable long periodId, @PathVariable long institutionId,
            @RequestParam(defaultValue = "0") int version, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            reports.submit(periodId, institutionId, version);
        } catch (ConflictException changedMeanwhile) {
            var overrides = new Overrides();
            overrides.submitProblem = pages.text("reporting.report.changed-meanwhile", locale);
            return pages.render(model, reports.sheet(periodId, institutionId), locale, overrides);
        } catch (NotFoundException nothingSavedYet) {
            // the report comes into being with its first saved part; the page itself exists (or this is a 404 too)
            var sheet = reports.sheet(periodId, institutionId);
            var overrides = new Overrides();
            overrides.submitProblem = pages.text("reporting.report.nothing-saved", locale);
            return pages.render(model, sheet, locale, overrides);
        } catch (UserFacingException refused) {
            var overrides = new Overrides();
            overrides.submitProblem = pages.refusal(refused, locale);
            return pages.render(model, reports.sheet(periodId, institutionId), locale, overrides);
        }
        Flash.notice(redirect, "reporting.report.submitted");
        return "redirect:/reporting/" + periodId + "/institutions/" + institutionId;
    }
}
