package org.ariadne.plan.web;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.plan.MoveDirection;
import org.ariadne.plan.PlanCode;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.plan.SpecificObjectiveCommand;
import org.ariadne.plan.StrategicObjectiveCommand;
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
 * Adding, changing, reordering and deleting the objectives of a plan: strategic objectives under the plan, specific
 * objectives under a strategic one. Both levels are edited the same way; each route says which {@link Level} it is
 * and what the plan does, the steps are shared. Every page here changes the plan, so only the M&E officer reaches
 * them.
 */
@Controller
@PreAuthorize("hasRole('ME_OFFICER')")
class ObjectiveController {

    private static final String FORM = "plan/objective-form";

    /**
     * What differs between the two levels of objectives.
     *
     * @param path  where an objective of this level is edited ({@code /strategic-objectives/})
     * @param texts the level's message keys
     * @param place the page's place in the plan for an objective of this level
     * @param saved the objective as now saved, as the form's command
     */
    private record Level<C extends Record>(Class<C> type, PlanCode.Kind kind, String path, String anchor,
            Texts texts, BiFunction<PlanTree, Long, PlanPlace> place, Function<PlanPlace, C> saved,
            ToIntFunction<PlanPlace> version) {
    }

    /** The headings of the new and edit forms, the element in a conflict's sentence, the deletion's impact. */
    private record Texts(String newHeading, String editHeading, String conflict, String deletion) {
    }

    private static final Level<StrategicObjectiveCommand> STRATEGIC = new Level<>(StrategicObjectiveCommand.class,
            PlanCode.Kind.STRATEGIC_OBJECTIVE, "/strategic-objectives/", "#so-",
            new Texts("plan.strategic.new", "plan.strategic.edit", "plan.conflict.this.strategic",
                    "plan.delete.strategic"),
            PlanPlace::ofStrategic, place -> place.strategic().toCommand(), place -> place.strategic().version());
    private static final Level<SpecificObjectiveCommand> SPECIFIC = new Level<>(SpecificObjectiveCommand.class,
            PlanCode.Kind.SPECIFIC_OBJECTIVE, "/specific-objectives/", "#sp-",
            new Texts("plan.specific.new", "plan.specific.edit", "plan.conflict.this.specific",
                    "plan.delete.specific"),
            PlanPlace::ofSpecific, place -> place.specific().toCommand(), place -> place.specific().version());

    private final Plans plans;
    private final PlanEditing editing;
    private final EditSubmissions submissions;

    ObjectiveController(Plans plans, PlanEditing editing, EditSubmissions submissions) {
        this.plans = plans;
        this.editing = editing;
        this.submissions = submissions;
    }

    @GetMapping("/plans/{planId}/strategic-objectives/new")
    String addStrategic(@PathVariable long planId, Model model) {
        model.addAttribute("form", new StrategicObjectiveCommand(plans.nextStrategicCode(planId), "", "", (String) null));
        return newStrategicForm(model, planId);
    }

    @PostMapping("/plans/{planId}/strategic-objectives/new")
    String createStrategic(@PathVariable long planId, @Valid @ModelAttribute("form") StrategicObjectiveCommand form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return create(STRATEGIC, form.code(), errors, model, redirect,
                () -> editing.addStrategicObjective(planId, form), () -> newStrategicForm(model, planId));
    }

    @GetMapping("/strategic-objectives/{parentId}/specific-objectives/new")
    String addSpecific(@PathVariable long parentId, Model model) {
        model.addAttribute("form", new SpecificObjectiveCommand(plans.nextSpecificCode(parentId), "", ""));
        return newSpecificForm(model, parentId);
    }

    @PostMapping("/strategic-objectives/{parentId}/specific-objectives/new")
    String createSpecific(@PathVariable long parentId, @Valid @ModelAttribute("form") SpecificObjectiveCommand form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return create(SPECIFIC, form.code(), errors, model, redirect,
                () -> editing.addSpecificObjective(parentId, form), () -> newSpecificForm(model, parentId));
    }

    @GetMapping("/strategic-objectives/{id}/edit")
    String editStrategic(@PathVariable long id, Model model) {
        return edit(STRATEGIC, id, model);
    }

    @GetMapping("/specific-objectives/{id}/edit")
    String editSpecific(@PathVariable long id, Model model) {
        return edit(SPECIFIC, id, model);
    }

    @PostMapping("/strategic-objectives/{id}/edit")
    String updateStrategic(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("form") StrategicObjectiveCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return update(STRATEGIC, id, version, form, form.code(), errors, model, locale, redirect,
                () -> editing.updateStrategicObjective(id, version, form));
    }

    @PostMapping("/specific-objectives/{id}/edit")
    String updateSpecific(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("form") SpecificObjectiveCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return update(SPECIFIC, id, version, form, form.code(), errors, model, locale, redirect,
                () -> editing.updateSpecificObjective(id, version, form));
    }

    @GetMapping("/strategic-objectives/{id}/delete")
    String confirmDeleteStrategic(@PathVariable long id, Model model) {
        var impact = editing.impactOfDeletingStrategicObjective(id);
        return confirmDelete(STRATEGIC, id, model, impact.specificObjectives(), impact.activities(),
                impact.indicators());
    }

    @GetMapping("/specific-objectives/{id}/delete")
    String confirmDeleteSpecific(@PathVariable long id, Model model) {
        var impact = editing.impactOfDeletingSpecificObjective(id);
        return confirmDelete(SPECIFIC, id, model, impact.activities(), impact.indicators());
    }

    /** Back to the plan, which no longer shows the objective. */
    @PostMapping("/strategic-objectives/{id}/delete")
    String deleteStrategic(@PathVariable long id, RedirectAttributes redirect) {
        var place = place(STRATEGIC, id);
        editing.deleteStrategicObjective(id);
        return deleted(redirect, place, "");
    }

    /** Back to the plan at the strategic objective the deleted one was under. */
    @PostMapping("/specific-objectives/{id}/delete")
    String deleteSpecific(@PathVariable long id, RedirectAttributes redirect) {
        var place = place(SPECIFIC, id);
        editing.deleteSpecificObjective(id);
        return deleted(redirect, place, STRATEGIC.anchor() + place.strategic().id());
    }

    @PostMapping("/strategic-objectives/{id}/move")
    String moveStrategic(@PathVariable long id, @RequestParam MoveDirection direction) {
        editing.moveStrategicObjective(id, direction);
        return toTree(STRATEGIC, id);
    }

    @PostMapping("/specific-objectives/{id}/move")
    String moveSpecific(@PathVariable long id, @RequestParam MoveDirection direction) {
        editing.moveSpecificObjective(id, direction);
        return toTree(SPECIFIC, id);
    }

    private <C extends Record> String create(Level<C> level, String code, BindingResult errors, Model model,
            RedirectAttributes redirect, Supplier<Long> save, Supplier<String> showForm) {
        return submissions.create(level.type(), errors, model, save, id -> {
            Flash.notice(redirect, "plan.element.saved", PlanCode.canonical(code));
            return toTree(level, id);
        }, showForm);
    }

    private String edit(Level<?> level, long id, Model model) {
        var place = place(level, id);
        model.addAttribute("form", level.saved().apply(place));
        return editForm(model, level, id, place, level.version().applyAsInt(place));
    }

    private <C extends Record> String update(Level<C> level, long id, int version, C form, String code,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect, Runnable save) {
        var place = place(level, id);
        return submissions.update(level.type(), form, errors, model, locale, version,
                level.texts().conflict(), () -> level.saved().apply(place),
                current -> editForm(model, level, id, place, current), save, () -> {
                    Flash.notice(redirect, "plan.element.saved", PlanCode.canonical(code));
                    return "redirect:" + place.treeLink();
                });
    }

    private String confirmDelete(Level<?> level, long id, Model model, Object... impact) {
        var place = place(level, id);
        return Deletion.confirm(model, place, place.label(), level.path() + id + "/delete",
                level.texts().deletion(), impact);
    }

    private static String deleted(RedirectAttributes redirect, PlanPlace place, String anchor) {
        Flash.notice(redirect, "plan.element.deleted", place.label());
        return "redirect:/plans/" + place.plan().id() + anchor;
    }

    /** The plan's tree at the objective. */
    private String toTree(Level<?> level, long id) {
        return "redirect:/plans/" + plans.planOf(level.kind(), id) + level.anchor() + id;
    }

    private PlanPlace place(Level<?> level, long id) {
        return level.place().apply(plans.tree(plans.planOf(level.kind(), id)), id);
    }

    private String newStrategicForm(Model model, long planId) {
        return form(model, STRATEGIC, PlanPlace.ofPlan(plans.tree(planId)), STRATEGIC.texts().newHeading(),
                "/plans/" + planId + "/strategic-objectives/new", null);
    }

    private String newSpecificForm(Model model, long parentId) {
        return form(model, SPECIFIC, place(STRATEGIC, parentId), SPECIFIC.texts().newHeading(),
                STRATEGIC.path() + parentId + "/specific-objectives/new", null);
    }

    private String editForm(Model model, Level<?> level, long id, PlanPlace place, int version) {
        return form(model, level, place, level.texts().editHeading(), level.path() + id + "/edit", version);
    }

    private String form(Model model, Level<?> level, PlanPlace place, String heading, String action,
            Integer version) {
        model.addAttribute("place", place);
        model.addAttribute("heading", heading);
        model.addAttribute("action", action);
        model.addAttribute("version", version);
        // the thematic area is the strategic objective's own; a specific objective takes its parent's
        model.addAttribute("areas", level == STRATEGIC ? plans.areas(place.plan().id()) : null);
        return FORM;
    }
}
