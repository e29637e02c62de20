package org.ariadne.finance.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.finance.CommitmentCommand;
import org.ariadne.finance.CommitmentKind;
import org.ariadne.finance.FinanceException;
import org.ariadne.finance.Funding;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.Plans;
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

/** A commitment's form (new and edit) and its deletion, for the coordinator and the M&E officer. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ME_OFFICER')")
class CommitmentController {

    private static final String FORM = "finance/commitment-form";
    /** Empty allocation rows the form offers beyond those filled in (the page adds one more, also after a refusal). */
    private static final int BLANK_ROWS = 2;

    private final Funding funding;
    private final Plans plans;
    private final Institutions institutions;
    private final FormSubmissions forms;

    CommitmentController(Funding funding, Plans plans, Institutions institutions, FormSubmissions forms) {
        this.funding = funding;
        this.plans = plans;
        this.institutions = institutions;
        this.forms = forms;
    }

    @GetMapping("/plans/{planId}/commitments/new")
    String newForm(@PathVariable long planId, Model model) {
        model.addAttribute("form", CommitmentCommand.empty(funding.currency()).withBlankRows(BLANK_ROWS));
        return page(model, planId, null);
    }

    @PostMapping("/plans/{planId}/commitments/new")
    String create(@PathVariable long planId, @Valid @ModelAttribute("form") CommitmentCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        page(model, planId, null);
        return forms.submission(CommitmentCommand.class, errors, model, locale).refusalsAt(CommitmentController::field)
                .alsoChecking(() -> funding.check(planId, form))
                .create(() -> funding.create(planId, form), id -> saved(redirect, planId),
                        failure -> failed(model, failure));
    }

    @GetMapping("/commitments/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        var commitment = funding.commitment(id);
        model.addAttribute("form", commitment.toCommand().withBlankRows(BLANK_ROWS));
        model.addAttribute("version", commitment.version());
        return page(model, commitment.planId(), commitment);
    }

    @PostMapping("/commitments/{id}/edit")
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") CommitmentCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var commitment = funding.commitment(id);
        page(model, commitment.planId(), commitment);
        model.addAttribute("version", version);
        return forms.submission(CommitmentCommand.class, errors, model, locale).version(version)
                .refusalsAt(CommitmentController::field)
                .alsoChecking(() -> funding.check(commitment.planId(), form))
                .save(() -> funding.update(id, version, form), () -> saved(redirect, commitment.planId()), failure -> {
                    // after a conflict, sending the form again means "I have seen their change, keep mine"
                    model.addAttribute("version", failure.version());
                    return failed(model, failure);
                });
    }

    @PostMapping("/commitments/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        long planId = funding.delete(id);
        Flash.notice(redirect, "finance.commitment.deleted");
        return "redirect:/plans/" + planId + "/finance#commitments";
    }

    private String page(Model model, long planId, Object commitment) {
        var tree = plans.tree(planId);
        model.addAttribute("plan", tree.plan());
        model.addAttribute("activities", tree.activities().toList());
        var ofPlan = plans.choosableInstitutions(planId);
        model.addAttribute("institutions", institutions.directory().all().stream()
                .filter(institution -> ofPlan.test(institution.id())).toList());
        model.addAttribute("sources", FundingSourceKind.values());
        model.addAttribute("kinds", CommitmentKind.values());
        model.addAttribute("commitment", commitment);
        model.addAttribute("currency", funding.currency());
        return FORM;
    }

    private static String failed(Model model, FormFailure failure) {
        model.addAttribute("failure", failure);
        return FORM;
    }

    private static String field(org.ariadne.common.UserFacingException refused) {
        return refused instanceof FinanceException finance ? finance.field() : null;
    }

    private static String saved(RedirectAttributes redirect, long planId) {
        Flash.notice(redirect, "finance.commitment.saved");
        return "redirect:/plans/" + planId + "/finance#commitments";
    }
}
