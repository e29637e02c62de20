package org.ariadne.plan.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.MoveDirection;
import org.ariadne.plan.PlanCode;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.plan.SpecificObjectiveCommand;
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
 * Adding, changing, reordering and deleting the specific objectives under a strategic objective. Every page
 * here changes the plan, so only the M&E officer reaches them.
 */
@Controller
@PreAuthorize("hasRole('ME_OFFICER')")
class SpecificObjectiveController {

    private static final String FORM = "plan/objective-form";

    private final Plans plans;
    private final PlanEditing editing;
    private final Institutions institutions;
    private final EditSubmissions submissions;

    SpecificObjectiveController(Plans plans, PlanEditing editing, Institutions institutions,
            EditSubmissions submissions) {
        this.submissions = submissions;
        this.plans = plans;
        this.editing = editing;
        this.institutions = institutions;
    }

    @GetMapping("/strategic-objectives/{parentId}/specific-objectives/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String add(@PathVariable long parentId, Model model) {
        model.addAttribute("form", new SpecificObjectiveCommand(plans.nextSpecificCode(parentId), "", ""));
        return newForm(model, parentId);
    }

    @PostMapping("/strategic-objectives/{parentId}/specific-objectives/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String create(@PathVariable long parentId, @Valid @ModelAttribute("form") SpecificObjectiveCommand form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return submissions.create(SpecificObjectiveCommand.class, errors, model,
                () -> editing.addSpecificObjective(parentId, form),
                id -> {
                    Flash.notice(redirect, "plan.element.saved", PlanCode.canonical(form.code()));
                    return "redirect:/plans/" + plans.planOf(PlanCode.Kind.SPECIFIC_OBJECTIVE, id) + "#sp-" + id;
                }, () -> newForm(model, parentId));
    }

    @GetMapping("/specific-objectives/{id}/edit")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String edit(@PathVariable long id, Model model) {
        var place = place(id);
        model.addAttribute("form", place.specific().toCommand());
        return editForm(model, place, place.specific().version());
    }

    @PostMapping("/specific-objectives/{id}/edit")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String update(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("form") SpecificObjectiveCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        var place = place(id);
        return submissions.update(SpecificObjectiveCommand.class, form, errors, model, locale, version,
                "plan.conflict.this.specific", () -> place.specific().toCommand(),
                current -> editForm(model, place, current), () -> editing.updateSpecificObjective(id, version, form),
                () -> saved(redirect, PlanCode.canonical(form.code()), place.treeLink()));
    }

    @GetMapping("/specific-objectives/{id}/delete")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String confirmDelete(@PathVariable long id, Model model) {
        var place = place(id);
        var impact = editing.impactOfDeletingSpecificObjective(id);
        return Deletion.confirm(model, place, place.label(), "/specific-objectives/" + id + "/delete",
                "plan.delete.specific", impact.activities(), impact.indicators());
    }

    @PostMapping("/specific-objectives/{id}/delete")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        var place = place(id);
        editing.deleteSpecificObjective(id);
        Flash.notice(redirect, "plan.element.deleted", place.label());
        return "redirect:/plans/" + place.plan().id() + "#so-" + place.strategic().id();
    }

    @PostMapping("/specific-objectives/{id}/move")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String move(@PathVariable long id, @RequestParam MoveDirection direction) {
        editing.moveSpecificObjective(id, direction);
        return "redirect:/plans/" + plans.planOf(PlanCode.Kind.SPECIFIC_OBJECTIVE, id) + "#sp-" + id;
    }

    private PlanPlace place(long id) {
        return PlanPlace.ofSpecific(plans.tree(plans.planOf(PlanCode.Kind.SPECIFIC_OBJECTIVE, id)), id);
    }

    private String newForm(Model model, long parentId) {
        var tree = plans.tree(plans.planOf(PlanCode.Kind.STRATEGIC_OBJECTIVE, parentId));
        var place = PlanPlace.ofStrategic(tree, parentId);
        return form(model, place, "plan.specific.new", "/strategic-objectives/" + parentId + "/specific-objectives/new",
                null);
    }

    private String editForm(Model model, PlanPlace place, int version) {
        return form(model, place, "plan.specific.edit", "/specific-objectives/" + place.specific().id() + "/edit",
                version);
    }

    private String form(Model model, PlanPlace place, String heading, String action, Integer version) {
        model.addAttribute("place", place);
        model.addAttribute("heading", heading);
        model.addAttribute("action", action);
        model.addAttribute("version", version);
        return FORM;
    }

    private static String saved(RedirectAttributes redirect, String label, String target) {
        Flash.notice(redirect, "plan.element.saved", label);
        return "redirect:" + target;
    }
}
