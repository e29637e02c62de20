package org.ariadne.review.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Plans;
import org.ariadne.review.CorrectiveActionCommand;
import org.ariadne.review.HalfYear;
import org.ariadne.review.Rating;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.review.Reviews;
import org.ariadne.risks.Risks;
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

/**
 * The review screen of a plan's half-year: the M&E officer rates each activity and adds corrective actions, the
 * coordinator approves, the officer reopens; members and evaluators read. Each activity has its own form: without
 * JavaScript a save reloads the page at the activity, with htmx only the activity is replaced. A form that cannot
 * be saved comes back with the reason and the input as typed. The ratings table downloads as CSV or Excel for
 * whoever reads the screen.
 */
@Controller
class ReviewController {

    private static final String PAGE = "review/screen";
    /** Approving locks the ratings: asked in a dialog with JavaScript, on this page without. */
    private static final String CONFIRM_APPROVAL = "review/approve";
    /** The two forms of an activity on the screen, told apart when one comes back with its reasons. */
    private static final String RATING = "rating";
    private static final String ACTION = "action";
    /** Invalid fields are named by these messages ("Comments: …"). */
    private static final String FIELD = "review.field.";

    private final ReviewScreens screens;
    private final ReviewEditing editing;
    private final Plans plans;
    private final Institutions institutions;
    private final FormSubmissions forms;
    private final ReviewSpreadsheets spreadsheets;
    private final Clock clock;
    private final Risks risks;
    private final org.ariadne.plan.ResponsibleAccounts responsibleAccounts;

    ReviewController(ReviewScreens screens, ReviewEditing editing, Plans plans, Institutions institutions,
            FormSubmissions forms, ReviewSpreadsheets spreadsheets, Clock clock, Risks risks,
            org.ariadne.plan.ResponsibleAccounts responsibleAccounts) {
        this.responsibleAccounts = responsibleAccounts;
        this.risks = risks;
        this.screens = screens;
        this.editing = editing;
        this.plans = plans;
        this.institutions = institutions;
        this.forms = forms;
        this.spreadsheets = spreadsheets;
        this.clock = clock;
    }

    /**
     * A half-year that cannot be read or lies outside the plan's period (an old bookmark, a plan shortened since)
     * shows the default one instead of failing.
     */
    @GetMapping("/plans/{planId}/review")
    @PreAuthorize(Reviews.READERS)
    String screen(@PathVariable long planId, @RequestParam(required = false) String half,
            @RequestParam(required = false) Boolean submitted, @RequestParam(required = false) String objective,
            @RequestParam(required = false) String specific,
            @RequestParam(required = false) String institution, @RequestParam(required = false) String show,
            @RequestParam(required = false) String responsible,
            Model model) {
        return page(model, planId, shownHalf(planId, half), Boolean.TRUE.equals(submitted), null,
                ReviewFilter.of(objective, specific, institution, show, responsible));
    }

    /** The screen's ratings table, a row per activity, for the half-year and choice of reports the screen shows. */
    @GetMapping("/plans/{planId}/review.{format:csv|xlsx}")
    @PreAuthorize(Reviews.READERS)
    ResponseEntity<byte[]> download(@PathVariable long planId, @PathVariable String format,
            @RequestParam(required = false) String half, @RequestParam(required = false) Boolean submitted,
            Locale locale) {
        var screen = screens.screen(planId, shownHalf(planId, half), Boolean.TRUE.equals(submitted));
        var name = FileDownload.fileStem(screen.plan().title(), 60) + "-half-year-review-" + screen.half().label()
                + "-" + LocalDate.now(clock) + "." + format;
        return FileDownload.file(spreadsheets.ratings(screen, format, locale), name);
    }

    private HalfYear shownHalf(long planId, String half) {
        var plan = plans.header(planId);
        return HalfYear.parse(half).filter(HalfYearChoices.of(plan)::contains)
                .orElseGet(() -> screens.defaultHalf(plan));
    }

    @PostMapping("/plans/{planId}/review/activities/{activityId}/rating")
    @PreAuthorize(Reviews.EDITORS)
    String rate(@PathVariable long planId, @PathVariable long activityId, @RequestParam String half,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) Boolean submitted,
            @RequestParam(required = false) String objective,
            @RequestParam(required = false) String specific, @RequestParam(required = false) String institution,
            @RequestParam(required = false) String show,
            @RequestParam(required = false) String responsible,
            @Valid @ModelAttribute("ratingForm") RatingCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var halfYear = halfYear(half);
        boolean withSubmitted = Boolean.TRUE.equals(submitted);
        var filter = ReviewFilter.of(objective, specific, institution, show, responsible);
        return forms.submission(RatingCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .save(() -> editing.rate(planId, activityId, halfYear, version, form), () -> {
                    redirect.addFlashAttribute("saved", RATING + "-" + activityId);
                    return backTo(planId, halfYear, withSubmitted, filter, activityId);
                }, failure -> page(model, planId, halfYear, withSubmitted, failure.on(RATING, activityId), filter));
    }

    @PostMapping("/plans/{planId}/review/activities/{activityId}/corrective-actions")
    @PreAuthorize(Reviews.EDITORS)
    String addAction(@PathVariable long planId, @PathVariable long activityId, @RequestParam String half,
            @RequestParam(required = false) Boolean submitted, @RequestParam(required = false) String objective,
            @RequestParam(required = false) String specific,
            @RequestParam(required = false) String institution, @RequestParam(required = false) String show,
            @RequestParam(required = false) String responsible,
            @Valid @ModelAttribute("actionForm") CorrectiveActionCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        var halfYear = halfYear(half);
        boolean withSubmitted = Boolean.TRUE.equals(submitted);
        var filter = ReviewFilter.of(objective, specific, institution, show, responsible);
        return forms.submission(CorrectiveActionCommand.class, errors, model, locale).fieldLabels(FIELD)
                .save(() -> editing.addCorrectiveAction(planId, activityId, halfYear, form), () -> {
                    redirect.addFlashAttribute("saved", ACTION + "-" + activityId);
                    return backTo(planId, halfYear, withSubmitted, filter, activityId);
                }, failure -> page(model, planId, halfYear, withSubmitted, failure.on(ACTION, activityId), filter));
    }

    /**
     * Rates several activities at once with one rating and one comment (the checkboxes of a section). Each checkbox
     * carries the rating's version the officer saw ("12:3", "12:" when not rated), so nothing is overwritten unseen;
     * all are saved or none.
     */
    @PostMapping("/plans/{planId}/review/ratings")
    @PreAuthorize(Reviews.EDITORS)
    String rateSeveral(@PathVariable long planId, @RequestParam String half,
            @RequestParam(required = false) Boolean submitted, @RequestParam(required = false) String objective,
            @RequestParam(required = false) String specific,
            @RequestParam(required = false) String institution, @RequestParam(required = false) String show,
            @RequestParam(required = false) String responsible,
            @RequestParam(name = "activities", required = false) List<String> chosen,
            @RequestParam(required = false) Integer rating, @RequestParam(required = false) String comments,
            RedirectAttributes redirect) {
        var halfYear = halfYear(half);
        var filter = ReviewFilter.of(objective, specific, institution, show, responsible);
        var versions = new java.util.LinkedHashMap<Long, Integer>();
        for (var choice : chosen == null ? List.<String>of() : chosen) {
            var parts = choice.split(":", -1);
            if (parts[0].matches("\\d{1,18}")) {
                versions.put(Long.valueOf(parts[0]),
                        parts.length > 1 && parts[1].matches("\\d{1,9}") ? Integer.valueOf(parts[1]) : null);
            }
        }
        if (versions.isEmpty()) {
            Flash.problem(redirect, "review.several.none");
        } else if (rating == null) {
            Flash.problem(redirect, "review.validation.rating");
        } else if (forms.perform(redirect,
                () -> editing.rateSeveral(planId, halfYear, versions, new RatingCommand(rating, comments)))) {
            Flash.notice(redirect, "review.several.saved", versions.size());
        }
        return "redirect:/plans/" + planId + "/review?half=" + halfYear.label()
                + (Boolean.TRUE.equals(submitted) ? "&submitted=true" : "") + filter.asQuery();
    }

    @PostMapping("/plans/{planId}/review/approve")
    @PreAuthorize(Reviews.APPROVERS)
    String approve(@PathVariable long planId, @RequestParam String half, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Boolean confirmed, Model model, RedirectAttributes redirect) {
        var halfYear = halfYear(half);
        if (!Boolean.TRUE.equals(confirmed)) {
            // without JavaScript there was no dialog: ask on a page of its own, which sends the same form confirmed
            var screen = screens.screen(planId, halfYear, false, ReviewFilter.none(), true);
            model.addAttribute("screen", screen);
            model.addAttribute("version", version);
            return CONFIRM_APPROVAL;
        }
        if (forms.perform(redirect, () -> editing.approve(planId, halfYear, version))) {
            Flash.notice(redirect, "review.approved", halfYear.label());
        }
        return "redirect:/plans/" + planId + "/review?half=" + halfYear.label();
    }

    @PostMapping("/plans/{planId}/review/reopen")
    @PreAuthorize(Reviews.EDITORS)
    String reopen(@PathVariable long planId, @RequestParam String half, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        var halfYear = halfYear(half);
        if (forms.perform(redirect, () -> editing.reopen(planId, halfYear, version, reason))) {
            Flash.notice(redirect, "review.reopened", halfYear.label());
        }
        return "redirect:/plans/" + planId + "/review?half=" + halfYear.label();
    }

    private String page(Model model, long planId, HalfYear half, boolean includeSubmitted, FormFailure failure,
            ReviewFilter filter) {
        model.addAttribute("screen", screens.screen(planId, half, includeSubmitted, filter, true));
        var query = "?half=" + half.label() + (includeSubmitted ? "&submitted=true" : "");
        model.addAttribute("csvHref", "/plans/" + planId + "/review.csv" + query);
        model.addAttribute("xlsxHref", "/plans/" + planId + "/review.xlsx" + query);
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("owners", model.getAttribute("screen") instanceof ReviewScreen shown ? shown.owners() : owners());
        model.addAttribute("failure", failure);
        model.addAttribute("responsibleNames", responsibleAccounts.names());
        // risks: the register's risks due for review by the end of this half-year (risks :: api)
        model.addAttribute("dueRisks", risks.dueForReview(planId, half.endsOn()));
        return PAGE;
    }

    private List<InstitutionView> owners() {
        return institutions.directory().all().stream().filter(InstitutionView::active).toList();
    }

    private static HalfYear halfYear(String half) {
        return HalfYear.parse(half).orElseThrow(() -> NotFoundException.of("half-year", half));
    }

    private static String backTo(long planId, HalfYear half, boolean withSubmitted, ReviewFilter filter,
            long activityId) {
        return "redirect:/plans/" + planId + "/review?half=" + half.label() + (withSubmitted ? "&submitted=true" : "")
                + filter.asQuery() + "#a-" + activityId;
    }
}
