package org.ariadne.stakeholders.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.stakeholders.EngagementApproach;
import org.ariadne.stakeholders.PlacementCommand;
import org.ariadne.stakeholders.StakeholderAnalysis;
import org.ariadne.stakeholders.StakeholderException;
import org.springframework.context.MessageSource;
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
 * A plan's stakeholder analysis: the interest &times; power grid drawn on the server with the table of the same data,
 * and the plain form that places (or moves) one institution on it. The office's only.
 */
@Controller
@PreAuthorize(StakeholderAnalysis.OFFICE)
class AnalysisController {

    private static final String PAGE = "stakeholders/analysis";

    private final StakeholderAnalysis analysis;
    private final Plans plans;
    private final Institutions institutions;
    private final FormSubmissions forms;
    private final MessageSource messages;

    AnalysisController(StakeholderAnalysis analysis, Plans plans, Institutions institutions, FormSubmissions forms,
            MessageSource messages) {
        this.analysis = analysis;
        this.plans = plans;
        this.institutions = institutions;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/stakeholders")
    String page(@PathVariable long planId, @RequestParam(required = false) Long institution, Model model,
            Locale locale) {
        var placements = analysis.placements(planId);
        var form = placements.stream().filter(p -> institution != null && p.institutionId() == institution).findFirst()
                .map(p -> p.toCommand()).orElse(new PlacementCommand(institution, null, null, null, ""));
        model.addAttribute("form", form);
        return page(planId, model, locale, null);
    }

    @PostMapping("/plans/{planId}/stakeholders")
    String place(@PathVariable long planId, @Valid @ModelAttribute("form") PlacementCommand form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submission(PlacementCommand.class, errors, model, locale).fieldLabels("stakeholders.placement.field.")
                .refusalsAt(AnalysisController::field).alsoChecking(() -> analysis.check(form))
                .save(() -> analysis.place(planId, form), () -> {
                    Flash.notice(redirect, "stakeholders.placement.saved",
                            institutions.directory().nameOf(form.institutionId()));
                    return "redirect:/plans/" + planId + "/stakeholders#placement-" + form.institutionId();
                }, failure -> page(planId, model, locale, failure));
    }

    @PostMapping("/plans/{planId}/stakeholders/{institutionId}/remove")
    String remove(@PathVariable long planId, @PathVariable long institutionId, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> analysis.remove(planId, institutionId))) {
            Flash.notice(redirect, "stakeholders.placement.removed", institutions.directory().nameOf(institutionId));
        }
        return "redirect:/plans/" + planId + "/stakeholders";
    }

    private String page(long planId, Model model, Locale locale, FormFailure failure) {
        var placements = analysis.placements(planId);
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("placements", placements);
        model.addAttribute("svg", placements.isEmpty() ? null
                : GridSvg.draw(placements, key -> messages.getMessage(key, null, key, locale)));
        model.addAttribute("institutions", analysis.institutionChoices().stream().filter(i -> i.active()).toList());
        model.addAttribute("approaches", EngagementApproach.values());
        model.addAttribute("scores", java.util.List.of(1, 2, 3, 4, 5));
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return PAGE;
    }

    private static String field(UserFacingException refused) {
        return refused instanceof StakeholderException stakeholder ? stakeholder.field() : null;
    }
}
