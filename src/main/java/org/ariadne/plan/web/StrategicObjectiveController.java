package org.ariadne.plan.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.MoveDirection;
import org.ariadne.plan.PlanCode;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.plan.StrategicObjectiveCommand;
import org.ariadne.plan.ThematicArea;
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
 * Adding, changing, reordering and deleting the strategic objectives of a plan. Every page here changes the plan,
 * so only the M&E officer reaches them.
 */
@Controller
@PreAuthorize("hasRole('ME_OFFICER')")
class StrategicObjectiveController {

    private static final String FORM = "plan/objective-form";

    private final Plans plans;
    private final PlanEditing editing;
    private final Institutions institutions;
    private final EditSubmissions submissions;

    StrategicObjectiveController(Plans plans, PlanEditing editing, Institutions institutions,
            EditSubmissions submissions) {
        this.submissions = submissions;
        this.plans = plans;
        this.editing = editing;
        this.institutions = institutions;
    }

    @GetMapping("/plans/{planId}/strategic-objectives/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String add(@PathVariable long planId, Model model) {
        var code = plans.nextStrategicCode(planId);
        model.addAttribute("form", new StrategicObjectiveCommand(code, "", "", null));
        return newForm(model, planId);
    }

    @PostMapping("/plans/{planId}/strategic-objectives/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String create(@PathVariable long planId, @Valid @ModelAttribute("form") StrategicObjectiveCommand form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return submissions.create(StrategicObjectiveCommand.class, errors, model,
                () -> editing.addStrategicObjective(planId, form),
                id -> {
                    Flash.notice(redirect, "plan.element.saved", PlanCode.canonical(form.code()));
                    return "redirect:/plans/" + planId + "#so-" + id;
                }, () -> newForm(model, planId));
    }

    @GetMapping("/strategic-objectives/{id}/edit")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String edit(@PathVariable long id, Model model) {
        var place = place(id);
        model.addAttribute("form", place.strategic().toCommand());
        return editForm(model, place, place.strategic().version());
    }

    @PostMapping("/strategic-objectives/{id}/edit")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String update(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("form") StrategicObjectiveCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        var place = place(id);
        return submissions.update(StrategicObjectiveCommand.class, form, errors, model, locale, version,
                "plan.conflict.this.strategic", () -> place.strategic().toCommand(),
                current -> editForm(model, place, current), () -> editing.updateStrategicObjective(id, version, form),
                () -> saved(redirect, PlanCode.canonical(form.code()), place.treeLink()));
    }

    @GetMapping("/strategic-objectives/{id}/delete")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String confirmDelete(@PathVariable long id, Model model) {
        var place = place(id);
        var impact = editing.impactOfDeletingStrategicObjective(id);
        return Deletion.confirm(model, place, place.label(), "/strategic-objectives/" + id + "/delete",
                "plan.delete.strategic", impact.specificObjectives(), impact.activities(), impact.indicators());
    }

    @PostMapping("/strategic-objectives/{id}/delete")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        var place = place(id);
        editing.deleteStrategicObjective(id);
        Flash.notice(redirect, "plan.element.deleted", place.label());
        return "redirect:/plans/" + place.plan().id();
    }

    @PostMapping("/strategic-objectives/{id}/move")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String move(@PathVariable long id, @RequestParam MoveDirection direction) {
        editing.moveStrategicObjective(id, direction);
        return "redirect:/plans/" + plans.planOf(PlanCode.Kind.STRATEGIC_OBJECTIVE, id) + "#so-" + id;
    }

    private PlanPlace place(long id) {
        return PlanPlace.ofStrategic(plans.tree(plans.planOf(PlanCode.Kind.STRATEGIC_OBJECTIVE, id)), id);
    }

    private String newForm(Model model, long planId) {
        var place = PlanPlace.ofPlan(plans.tree(planId));
        return form(model, place, "plan.strategic.new", "/plans/" + planId + "/strategic-objectives/new", null);
    }

    private String editForm(Model model, PlanPlace place, int version) {
        return form(model, place, "plan.strategic.edit", "/strategic-objectives/" + place.strategic().id() + "/edit",
                version);
    }

    private String form(Model model, PlanPlace place, String heading, String action, Integer version) {
        model.addAttribute("place", place);
        model.addAttribute("heading", heading);
        model.addAttribute("action", action);
        model.addAttribute("version", version);
        model.addAttribute("areas", ThematicArea.values());
        return FORM;
    }

    private static String saved(RedirectAttributes redirect, String label, String target) {
        Flash.notice(redirect, "plan.element.saved", label);
        return "redirect:" + target;
    }
}
