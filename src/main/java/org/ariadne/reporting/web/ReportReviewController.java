package org.ariadne.reporting.web;

import java.util.Locale;
import java.util.Map;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.web.ReportView.Review;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's office reviews a submitted report on its page: returns it with comments (on the whole and
 * per activity), accepts it, or (the M&E officer only) reopens an accepted one with a reason. The workflow rules
 * are the report's own; a refusal comes back on the page with what the reviewer wrote.
 */
@Controller
@RequestMapping("/reporting/{periodId}/institutions/{institutionId}")
class ReportReviewController {

    private final ProgressReports reports;
    private final ReportPageModel pages;
    private final FormSubmissions forms;

    ReportReviewController(ProgressReports reports, ReportPageModel pages, FormSubmissions forms) {
        this.reports = reports;
        this.pages = pages;
        this.forms = forms;
    }

    /**
     * The return form: the comment on the whole and one per activity ({@code activityComments[12]}), bound by Spring.
     */
    record ReturnForm(String comment, Map<Long, String> activityComments) {

        ReturnForm {
            comment = comment == null ? "" : comment;
            activityComments = activityComments == null ? Map.of() : activityComments;
        }
    }

    // a local coordinator too: the service checks that it manages the report's plan (plan.TerritorialScope)
    @PostMapping("/return")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'LOCAL_COORDINATOR')")
    String returnForChanges(@PathVariable long periodId, @PathVariable long institutionId,
            @RequestParam(defaultValue = "0") int version, @ModelAttribute ReturnForm form, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.act(locale,
                () -> reports.returnForChanges(periodId, institutionId, version, form.comment(), form.activityComments()),
                () -> back(redirect, "reporting.report.returned", periodId, institutionId),
                failure -> pages.render(model, reports.sheet(periodId, institutionId), locale, PageState.review(
                        new Review(form.comment(), form.activityComments(), reasons(failure)))));
    }

    @PostMapping("/accept")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'LOCAL_COORDINATOR')")
    String accept(@PathVariable long periodId, @PathVariable long institutionId,
            @RequestParam(defaultValue = "0") int version, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.act(locale, () -> reports.accept(periodId, institutionId, version),
                () -> back(redirect, "reporting.report.accepted", periodId, institutionId),
                failure -> pages.render(model, reports.sheet(periodId, institutionId), locale,
                        PageState.reviewProblem(reasons(failure))));
    }

    @PostMapping("/reopen")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String reopen(@PathVariable long periodId, @PathVariable long institutionId,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String reason, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.act(locale, () -> reports.reopen(periodId, institutionId, version, reason),
                () -> back(redirect, "reporting.report.reopened", periodId, institutionId),
                failure -> pages.render(model, reports.sheet(periodId, institutionId), locale,
                        PageState.reopen(reasons(failure), reason)));
    }

    static String reasons(FormFailure failure) {
        return String.join(" ", failure.reasons());
    }

    private static String back(RedirectAttributes redirect, String notice, long periodId, long institutionId) {
        Flash.notice(redirect, notice);
        return "redirect:/reporting/" + periodId + "/institutions/" + institutionId;
    }
}
