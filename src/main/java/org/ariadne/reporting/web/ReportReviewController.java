package org.ariadne.reporting.web;

import java.util.Locale;

import org.ariadne.common.ConflictException;
import org.ariadne.common.UserFacingException;
import org.ariadne.common.web.Flash;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.web.ReportPageModel.Overrides;
import org.ariadne.reporting.web.ReportPageModel.Review;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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

    ReportReviewController(ProgressReports reports, ReportPageModel pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @PostMapping("/return")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR')")
    String returnForChanges(@PathVariable long periodId, @PathVariable long institutionId,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String comment,
            @RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect) {
        var activityComments = ReportPageModel.activityComments(params);
        try {
            reports.returnForChanges(periodId, institutionId, version, comment, activityComments);
        } catch (UserFacingException refused) {
            var overrides = new Overrides();
            overrides.review = new Review(comment, activityComments, null);
            overrides.reviewProblem = problem(refused, locale);
            return pages.render(model, reports.sheet(periodId, institutionId), locale, overrides);
        }
        Flash.notice(redirect, "reporting.report.returned");
        return back(periodId, institutionId);
    }

    @PostMapping("/accept")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR')")
    String accept(@PathVariable long periodId, @PathVariable long institutionId,
            @RequestParam(defaultValue = "0") int version, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            reports.accept(periodId, institutionId, version);
        } catch (UserFacingException refused) {
            var overrides = new Overrides();
            overrides.reviewProblem = problem(refused, locale);
            return pages.render(model, reports.sheet(periodId, institutionId), locale, overrides);
        }
        Flash.notice(redirect, "reporting.report.accepted");
        return back(periodId, institutionId);
    }

    @PostMapping("/reopen")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String reopen(@PathVariable long periodId, @PathVariable long institutionId,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String reason, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            reports.reopen(periodId, institutionId, version, reason);
        } catch (UserFacingException refused) {
            var overrides = new Overrides();
            overrides.reopenProblem = problem(refused, locale);
            overrides.reopenReason = reason;
            return pages.render(model, reports.sheet(periodId, institutionId), locale, overrides);
        }
        Flash.notice(redirect, "reporting.report.reopened");
        return back(periodId, institutionId);
    }

    /** A newer version of the report means someone else acted on it first: say so rather than "conflict". */
    private String problem(UserFacingException refused, Locale locale) {
        return refused instanceof ConflictException ? pages.text("reporting.report.changed-meanwhile", locale)
                : pages.refusal(refused, locale);
    }

    private static String back(long periodId, long institutionId) {
        return "redirect:/reporting/" + periodId + "/institutions/" + institutionId;
    }
}
