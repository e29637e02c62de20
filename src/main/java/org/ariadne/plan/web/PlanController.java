package org.ariadne.plan.web;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
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

/** The list of plans, a plan as a tree, and the plan's own header (title, strategy, period, status). */
@Controller
class PlanController {

    private final Plans plans;
    private final PlanEditing editing;
    private final Institutions institutions;
    private final EditSubmissions submissions;
    private final Clock clock;

    PlanController(Plans plans, PlanEditing editing, Institutions institutions, Clock clock,
            EditSubmissions submissions) {
        this.submissions = submissions;
        this.plans = plans;
        this.editing = editing;
        this.institutions = institutions;
        this.clock = clock;
    }

    @GetMapping("/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.list());
        return "plan/list";
    }

    /** The whole plan from one read of the tree and one of the directory, however large the plan. */
    @GetMapping("/plans/{id}")
    String tree(@PathVariable long id, Model model) {
        model.addAttribute("tree", plans.tree(id));
        model.addAttribute("directory", institutions.directory());
        return "plan/tree";
    }

    @GetMapping("/plans/{id}/delete")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String confirmDelete(@PathVariable long id, Model model) {
        var impact = editing.impactOfDeletingPlan(id);
        return Deletion.confirm(model, PlanPlace.ofPlan(plans.tree(id)), impact.label(), "/plans/" + id + "/delete",
                "plan.delete.plan", impact.specificObjectives(), impact.activities(), impact.indicators());
    }

    @PostMapping("/plans/{id}/delete")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        var title = plans.header(id).title();
        editing.deletePlan(id);
        Flash.notice(redirect, "plan.element.deleted", title);
        return "redirect:/plans";
    }

    @GetMapping("/plans/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String newPlan(Model model) {
        model.addAttribute("form", PlanCommand.empty(Year.now(clock).getValue()));
        return form(model, null, null);
    }

    @PostMapping("/plans/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String create(@Valid @ModelAttribute("form") PlanCommand form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return submissions.create(PlanCommand.class, errors, model, () -> editing.createPlan(form),
                id -> {
                    Flash.notice(redirect, "plan.saved", form.title());
                    return "redirect:/plans/" + id;
                }, () -> form(model, null, null));
    }

    @GetMapping("/plans/{id}/edit")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String edit(@PathVariable long id, Model model) {
        var plan = plans.header(id);
        model.addAttribute("form", plan.toCommand());
        return form(model, id, plan.version());
    }

    @PostMapping("/plans/{id}/edit")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") PlanCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        return submissions.update(PlanCommand.class, form, errors, model, locale, version, "plan.conflict.this.plan",
                () -> plans.header(id).toCommand(), current -> form(model, id, current),
                () -> editing.updatePlan(id, version, form), () -> {
                    Flash.notice(redirect, "plan.saved", form.title());
                    return "redirect:/plans/" + id;
                });
    }

    private String form(Model model, Long planId, Integer version) {
        model.addAttribute("plan", planId == null ? null : plans.header(planId));
        model.addAttribute("version", version);
        model.addAttribute("statuses", PlanStatus.values());
        return "plan/form";
    }
}
