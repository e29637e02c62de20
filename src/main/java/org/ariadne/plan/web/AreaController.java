package org.ariadne.plan.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.plan.AreaCommand;
import org.ariadne.plan.MoveDirection;
import org.ariadne.plan.PlanArea;
import org.ariadne.plan.PlanEditing;
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

/**
 * A plan's thematic areas: everyone who reads the plan sees them with how many objectives each holds; the M&E
 * officer adds, renames (English and Albanian), reorders and removes those no objective is in.
 */
@Controller
class AreaController {

    private static final String PAGE = "plan/areas";

    private final Plans plans;
    private final PlanEditing editing;
    private final FormSubmissions forms;

    AreaController(Plans plans, PlanEditing editing, FormSubmissions forms) {
        this.plans = plans;
        this.editing = editing;
        this.forms = forms;
    }

    @GetMapping("/plans/{id}/areas")
    String areas(@PathVariable long id, Model model) {
        model.addAttribute("form", new AreaCommand("", ""));
        return page(id, model);
    }

    @PostMapping("/plans/{id}/areas")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String add(@PathVariable long id, @Valid @ModelAttribute("form") AreaCommand form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submission(AreaCommand.class, errors, model, locale)
                .create(() -> editing.addArea(id, form), saved -> {
                    Flash.notice(redirect, "plan.areas.added", form.name());
                    return "redirect:/plans/" + id + "/areas";
                }, failure -> {
                    model.addAttribute("failure", failure);
                    return page(id, model);
                });
    }

    @PostMapping("/plans/{id}/areas/{areaId}")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String rename(@PathVariable long id, @PathVariable long areaId, @RequestParam int version,
            @Valid @ModelAttribute("rename") AreaCommand rename, BindingResult errors, Locale locale,
            RedirectAttributes redirect) {
        areaOf(id, areaId);
        return forms.submission(AreaCommand.class, errors, null, locale).version(version)
                .save(() -> editing.updateArea(areaId, version, rename), () -> {
                    Flash.notice(redirect, "plan.areas.renamed", rename.name());
                    return back(id);
                }, (FormFailure failure) -> {
                    forms.flash(redirect, failure, "plan.areas.invalid");
                    return back(id);
                });
    }

    @PostMapping("/plans/{id}/areas/{areaId}/move")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String move(@PathVariable long id, @PathVariable long areaId, @RequestParam MoveDirection direction) {
        areaOf(id, areaId);
        editing.moveArea(areaId, direction);
        return back(id);
    }

    @PostMapping("/plans/{id}/areas/{areaId}/delete")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String delete(@PathVariable long id, @PathVariable long areaId, RedirectAttributes redirect) {
        var area = areaOf(id, areaId);
        if (forms.perform(redirect, () -> editing.deleteArea(areaId))) {
            Flash.notice(redirect, "plan.areas.deleted", area.name());
        }
        return back(id);
    }

    private String page(long id, Model model) {
        var tree = plans.tree(id);
        var used = new HashMap<String, Integer>();
        tree.objectives().forEach(o -> {
            if (o.thematicArea() != null) {
                used.merge(o.thematicArea(), 1, Integer::sum);
            }
        });
        model.addAttribute("plan", tree.plan());
        model.addAttribute("areas", tree.areas());
        model.addAttribute("used", Map.copyOf(used));
        return PAGE;
    }

    /** The area, when it is one of this plan's; another plan's area is not found here. */
    private PlanArea areaOf(long planId, long areaId) {
        return plans.areas(planId).stream().filter(area -> area.id() == areaId).findFirst()
                .orElseThrow(() -> org.ariadne.common.NotFoundException.of("thematic-area", areaId));
    }

    private static String back(long id) {
        return "redirect:/plans/" + id + "/areas";
    }
}
