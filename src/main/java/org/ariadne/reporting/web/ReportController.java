package org.ariadne.reporting.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ariadne.common.ConflictException;
import org.ariadne.common.UserFacingException;
import org.ariadne.common.web.ConflictTexts;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportSheet;
import org.ariadne.reporting.web.PartInputs.ActivityInput;
import org.ariadne.reporting.web.PartInputs.ValueInput;
import org.ariadne.reporting.web.ReportView.PartState;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report page of one institution for one period (seed 002 monitoring matrix), saved part by part. Each
 * activity and each indicator value is its own form, bound by Spring ({@link ActivityForm}, {@link ValueForm}) and
 * saved through {@link FormSubmissions} like every form: without JavaScript it posts and comes back to the page;
 * with JavaScript the same form is posted as the user types (header {@code HX-Request}) and the answer is a small
 * status line. Who may read or change the report is decided by {@link ProgressReports} from the signed-in user and
 * the institution in the address, never from the form.
 */
@Controller
@RequestMapping("/reporting/{periodId}/institutions/{institutionId}")
@PreAuthorize("isAuthenticated()")
class ReportController {

    /** Response headers the page's script reads; the status line itself is for people. */
    static final String SAVE_OUTCOME = "Ariadne-Save";
    static final String REVISION = "Ariadne-Revision";
    private static final String PARTS = "reporting/report/parts";
    private static final String CONFIRM_SUBMIT = "reporting/report/confirm-submit";
    private static final String ACTIVITY_FORM = "activityForm";
    private static final String VALUE_FORM = "valueForm";

    private final ProgressReports reports;
    private final FormSubmissions forms;
    private final ConflictTexts conflicts;
    private final ReportPageModel pages;
    private final ReportTexts texts;
    private final MessageSource messages;

    ReportController(ProgressReports reports, FormSubmissions forms, ConflictTexts conflicts, ReportPageModel pages,
            ReportTexts texts, MessageSource messages) {
        this.reports = reports;
        this.forms = forms;
        this.conflicts = conflicts;
        this.pages = pages;
        this.texts = texts;
        this.messages = messages;
    }

    @InitBinder({ACTIVITY_FORM, VALUE_FORM})
    void nameTheTypedValueInItsReason(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new TypedValueErrors());
    }

    @GetMapping
    String show(@PathVariable long periodId, @PathVariable long institutionId, Model model, Locale locale) {
        var sheet = reports.sheet(periodId, institutionId);
        // what a save or an upload said, shown in its part after the redirect
        var state = model.getAttribute("blockAnchor") instanceof String anchor
                && model.getAttribute("blockMessage") instanceof String message
                ? PageState.notice(anchor, message, Boolean.TRUE.equals(model.getAttribute("blockProblem")))
                : PageState.nothing();
        return pages.render(model, sheet, locale, state);
    }

    @PostMapping("/activities/{activityId}")
    @PreAuthorize("hasRole('FOCAL_POINT')")
    String saveActivity(@PathVariable long periodId, @PathVariable long institutionId, @PathVariable long activityId,
            @RequestParam(defaultValue = "0") int revision, @Valid @ModelAttribute(ACTIVITY_FORM) ActivityForm form,
            BindingResult errors, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        var part = new Part(periodId, institutionId, "a-" + activityId, "true".equals(htmx));
        return forms.submission(ActivityForm.class, errors, model, locale).version(revision)
                .create(() -> reports.saveActivity(periodId, institutionId, activityId, revision, form.command()),
                        saved -> saved(part, saved, null, model, locale, response, redirect),
                        failure -> cameBack(part, failure, model, locale, response, redirect,
                                () -> ActivityInput.typed(shown(model, ACTIVITY_FORM, ActivityForm.class),
                                        result(model, ACTIVITY_FORM)),
                                sheet -> sheet.activities().stream().filter(a -> a.activity().id() == activityId)
                                        .findFirst().map(a -> form.sameAs(a.entry())).orElse(false)));
    }

    /**
     * The value of an indicator for one collection period: the total and its parts are one form and one save, so
     * they are stored together or, when refused, not at all.
     */
    @PostMapping("/indicators/{indicatorId}/{startsOn}")
    @PreAuthorize("hasRole('FOCAL_POINT')")
    String saveValue(@PathVariable long periodId, @PathVariable long institutionId, @PathVariable long indicatorId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(defaultValue = "0") int revision, @Valid @ModelAttribute(VALUE_FORM) ValueForm form,
            BindingResult errors, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        var part = new Part(periodId, institutionId, "i-" + indicatorId + "-" + startsOn, "true".equals(htmx));
        return forms.submission(ValueForm.class, errors, model, locale).version(revision)
                .create(() -> reports.saveValue(periodId, institutionId, indicatorId, startsOn, revision,
                                form.command()),
                        saved -> saved(part, saved, null, model, locale, response, redirect),
                        failure -> cameBack(part, failure, model, locale, response, redirect,
                                () -> ValueInput.typed(shown(model, VALUE_FORM, ValueForm.class),
                                        result(model, VALUE_FORM)),
                                sheet -> sheet.indicators().filter(i -> i.indicator().id() == indicatorId)
                                        .flatMap(i -> i.values().stream()).filter(v -> v.startsOn().equals(startsOn))
                                        .findFirst().map(form::sameAs).orElse(false)));
    }

    /** One part of the report as posted: where it is on the page, and whether the page's script sent it. */
    private record Part(long periodId, long institutionId, String anchor, boolean script) {
    }

    /** Saved: back to the page at the part, or, for the script, the status line with the new revision. */
    private String saved(Part part, int revision, ReportSheet sheet, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (part.script()) {
            response.setHeader(SAVE_OUTCOME, "saved");
            response.setHeader(REVISION, Integer.toString(revision));
            model.addAttribute("report", pages.build(sheet != null ? sheet
                    : reports.sheet(part.periodId(), part.institutionId()), locale, PageState.nothing()));
            model.addAttribute("revision", revision);
            model.addAttribute("savedAt", texts.timeNow());
            return PARTS + " :: saved";
        }
        redirect.addFlashAttribute("blockAnchor", part.anchor());
        redirect.addFlashAttribute("blockMessage", texts.text("reporting.report.saved-at", locale, texts.timeNow()));
        return "redirect:/reporting/" + part.periodId() + "/institutions/" + part.institutionId() + "#"
                + part.anchor();
    }

    /**
     * Not saved: the page again with what the user typed and every reason next to its field (for the script: the
     * reasons in the status line). After someone else's save meanwhile the page shows theirs too and the revision
     * now saved, so that saving again is a deliberate choice. A "conflict" with exactly what is being sent is the
     * same save arriving twice (its answer was lost on the way back and the browser tried again): it is answered
     * as saved.
     */
    private String cameBack(Part part, FormFailure failure, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect, Supplier<Object> typed, Predicate<ReportSheet> alreadySaved) {
        // nothing may have reached the service, but it still decides whether this user may read the report
        var sheet = reports.sheet(part.periodId(), part.institutionId());
        var conflict = failure.conflict();
        if (conflict != null && alreadySaved.test(sheet)) {
            return saved(part, conflict.currentVersion(), sheet, model, locale, response, redirect);
        }
        var reasons = fieldReasons(model, part.anchor().startsWith("a-") ? ACTIVITY_FORM : VALUE_FORM, locale);
        var message = message(failure, sheet, locale);
        if (part.script()) {
            return conflict != null ? conflictLine(part, conflict, sheet, message, model, locale, response)
                    : refusedLine(message, reasons, model, response);
        }
        var state = new PartState(message, true, reasons, conflict == null ? null : message);
        return pages.render(model, sheet, locale,
                PageState.cameBack(part.anchor(), typed.get(), failure.version(), state));
    }

    private String message(FormFailure failure, ReportSheet sheet, Locale locale) {
        if (failure.conflict() != null) {
            return conflicts.text(failure.conflict(), locale);
        }
        if (failure.refusal() != null) {
            return texts.text("reporting.report.not-saved", locale, texts.refusal(failure.refusal(), locale));
        }
        return sheet.editable() ? texts.text("reporting.report.not-saved-fields", locale)
                : texts.text("reporting.report.not-saved", locale, texts.notEditable(sheet.status(), locale));
    }

    private String conflictLine(Part part, ConflictException conflict, ReportSheet sheet, String message,
            Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        response.setHeader(SAVE_OUTCOME, "conflict");
        response.setHeader(REVISION, Integer.toString(conflict.currentVersion()));
        model.addAttribute("report", pages.build(sheet, locale, PageState.nothing()));
        model.addAttribute("anchor", part.anchor());
        model.addAttribute("conflict", message);
        model.addAttribute("currentRevision", conflict.currentVersion());
        return PARTS + " :: conflict";
    }

    private static String refusedLine(String message, Map<String, String> reasons, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        response.setHeader(SAVE_OUTCOME, "refused");
        model.addAttribute("message", message);
        model.addAttribute("errors", reasons.values().stream().distinct().toList());
        return PARTS + " :: refused";
    }

    /** Every invalid field with its reason in the user's language, in the order of the form. */
    private Map<String, String> fieldReasons(Model model, String form, Locale locale) {
        var reasons = new LinkedHashMap<String, String>();
        var result = result(model, form);
        if (result != null) {
            result.getFieldErrors().forEach(error -> reasons.putIfAbsent(error.getField(),
                    messages.getMessage(error, locale)));
        }
        return reasons;
    }

    /** The form as Spring bound it (rebuilt without unreadable values when a value could not be read), or null. */
    private static <F> F shown(Model model, String form, Class<F> type) {
        return type.isInstance(model.getAttribute(form)) ? type.cast(model.getAttribute(form)) : null;
    }

    private static BindingResult result(Model model, String form) {
        return model.getAttribute(BindingResult.MODEL_KEY_PREFIX + form) instanceof BindingResult result ? result
                : null;
    }

    @PostMapping("/submit")
    @PreAuthorize("hasRole('FOCAL_POINT')")
    String submit(@PathVariable long periodId, @PathVariable long institutionId,
            @RequestParam(defaultValue = "0") int version, @RequestParam(required = false) Boolean confirmed,
            Model model, Locale locale, RedirectAttributes redirect) {
        if (!Boolean.TRUE.equals(confirmed)) {
            // without JavaScript there was no dialog: ask on a page of its own, which sends the same form confirmed
            var sheet = reports.sheet(periodId, institutionId);
            model.addAttribute("sheet", sheet);
            model.addAttribute("version", version);
            model.addAttribute("missingValues", sheet.missing().stream().filter(missing -> !missing.required()).count());
            model.addAttribute("warnings", pages.warnings(sheet, locale));
            return CONFIRM_SUBMIT;
        }
        return forms.act(locale, () -> reports.submit(periodId, institutionId, version), () -> {
            Flash.notice(redirect, "reporting.report.submitted");
            return "redirect:/reporting/" + periodId + "/institutions/" + institutionId;
        }, failure -> pages.render(model, reports.sheet(periodId, institutionId), locale,
                PageState.submitProblem(ReportReviewController.reasons(failure))));
    }
}
