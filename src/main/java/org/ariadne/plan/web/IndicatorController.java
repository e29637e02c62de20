package org.ariadne.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.MoveDirection;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.YearTargetCommand;
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
 * Indicators of activities, specific objectives and strategic objectives: adding, changing, moving, deleting.
 * Every page here changes the plan, so only the M&E officer reaches them.
 */
@Controller
@PreAuthorize("hasRole('ME_OFFICER')")
class IndicatorController {

    private static final String FORM = "plan/indicator-form";

    private final Plans plans;
    private final PlanEditing editing;
    private final Institutions institutions;
    private final EditSubmissions submissions;

    IndicatorController(Plans plans, PlanEditing editing, Institutions institutions, EditSubmissions submissions) {
        this.submissions = submissions;
        this.plans = plans;
        this.editing = editing;
        this.institutions = institutions;
    }

    // ---- new indicator: the same form under each of the three owners ----

    @GetMapping("/activities/{ownerId}/indicators/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String addToActivity(@PathVariable long ownerId, Model model) {
        return add(IndicatorOwner.activity(ownerId), "/activities/" + ownerId, ResultLevel.OUTPUT, model);
    }

    @PostMapping("/activities/{ownerId}/indicators/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String createForActivity(@PathVariable long ownerId, @Valid @ModelAttribute("form") IndicatorCommand form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return create(IndicatorOwner.activity(ownerId), "/activities/" + ownerId, form, errors, model, redirect);
    }

    @GetMapping("/specific-objectives/{ownerId}/indicators/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String addToSpecificObjective(@PathVariable long ownerId, Model model) {
        return add(IndicatorOwner.specificObjective(ownerId), "/specific-objectives/" + ownerId, ResultLevel.OUTCOME,
                model);
    }

    @PostMapping("/specific-objectives/{ownerId}/indicators/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String createForSpecificObjective(@PathVariable long ownerId, @Valid @ModelAttribute("form") IndicatorCommand form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return create(IndicatorOwner.specificObjective(ownerId), "/specific-objectives/" + ownerId, form, errors, model,
                redirect);
    }

    @GetMapping("/strategic-objectives/{ownerId}/indicators/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String addToStrategicObjective(@PathVariable long ownerId, Model model) {
        return add(IndicatorOwner.strategicObjective(ownerId), "/strategic-objectives/" + ownerId, ResultLevel.IMPACT,
                model);
    }

    @PostMapping("/strategic-objectives/{ownerId}/indicators/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String createForStrategicObjective(@PathVariable long ownerId, @Valid @ModelAttribute("form") IndicatorCommand form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return create(IndicatorOwner.strategicObjective(ownerId), "/strategic-objectives/" + ownerId, form, errors,
                model, redirect);
    }

    /** Objective indicators measure higher results than activity indicators, so the level starts there. */
    private String add(IndicatorOwner owner, String ownerPath, ResultLevel level, Model model) {
        var place = PlanPlace.ofOwner(plans.tree(planOf(owner)), owner);
        model.addAttribute("form", withAllPlanYears(new IndicatorCommand("", level, IndicatorType.NUMBER, "",
                Direction.INCREASE, "", "", null, null, null, null, "", null, null, List.of(), Set.of(), "", "", null,
                null), place.plan()));
        return form(model, place, "plan.indicator.new", ownerPath + "/indicators/new", null);
    }

    private String create(IndicatorOwner owner, String ownerPath, IndicatorCommand form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var place = PlanPlace.ofOwner(plans.tree(planOf(owner)), owner);
        return submissions.create(IndicatorCommand.class, errors, model, () -> editing.addIndicator(owner, form),
                id -> {
                    Flash.notice(redirect, "plan.element.saved", form.name().strip());
                    return "redirect:/plans/" + place.plan().id() + "#i-" + id;
                }, () -> form(model, place, "plan.indicator.new", ownerPath + "/indicators/new", null));
    }

    // ---- one indicator ----

    @GetMapping("/indicators/{id}/edit")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String edit(@PathVariable long id, Model model) {
        var tree = plans.tree(plans.planOfIndicator(id));
        var indicator = PlanPlace.indicator(tree, id);
        var place = PlanPlace.ofOwner(tree, indicator.owner());
        model.addAttribute("form", withAllPlanYears(Decimals.tidy(indicator.toCommand()), place.plan()));
        return form(model, place, "plan.indicator.edit", "/indicators/" + id + "/edit", indicator.version());
    }

    @PostMapping("/indicators/{id}/edit")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String update(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("form") IndicatorCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var tree = plans.tree(plans.planOfIndicator(id));
        var indicator = PlanPlace.indicator(tree, id);
        var place = PlanPlace.ofOwner(tree, indicator.owner());
        var action = "/indicators/" + id + "/edit";
        return submissions.update(IndicatorCommand.class, form, errors, model, locale, version,
                "plan.conflict.this.indicator", indicator::toCommand,
                current -> form(model, place, "plan.indicator.edit", action, current),
                () -> editing.updateIndicator(id, version, form),
                () -> saved(redirect, form.name().strip(), "/plans/" + place.plan().id() + "#i-" + id));
    }

    @GetMapping("/indicators/{id}/delete")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String confirmDelete(@PathVariable long id, Model model) {
        var tree = plans.tree(plans.planOfIndicator(id));
        var indicator = PlanPlace.indicator(tree, id);
        return Deletion.confirm(model, PlanPlace.ofOwner(tree, indicator.owner()), indicator.name(),
                "/indicators/" + id + "/delete", "plan.delete.indicator");
    }

    @PostMapping("/indicators/{id}/delete")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        var tree = plans.tree(plans.planOfIndicator(id));
        var indicator = PlanPlace.indicator(tree, id);
        var place = PlanPlace.ofOwner(tree, indicator.owner());
        editing.deleteIndicator(id);
        Flash.notice(redirect, "plan.element.deleted", indicator.name());
        return "redirect:" + place.treeLink();
    }

    @PostMapping("/indicators/{id}/move")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String move(@PathVariable long id, @RequestParam MoveDirection direction) {
        editing.moveIndicator(id, direction);
        return "redirect:/plans/" + plans.planOfIndicator(id) + "#i-" + id;
    }

    private long planOf(IndicatorOwner owner) {
        return plans.planOf(owner.kind(), owner.id());
    }

    private String form(Model model, PlanPlace place, String heading, String action, Integer version) {
        model.addAttribute("place", place);
        model.addAttribute("heading", heading);
        model.addAttribute("action", action);
        model.addAttribute("version", version);
        model.addAttribute("levels", ResultLevel.values());
        model.addAttribute("types", IndicatorType.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("aggregations", org.ariadne.plan.Aggregation.values());
        model.addAttribute("dimensions", Disaggregation.values());
        var ofPlan = plans.choosableInstitutions(place.tree().plan().id());
        model.addAttribute("institutions", institutions.directory().all().stream()
                .filter(institution -> institution.active() || institution.id() == responsible(model))
                .filter(institution -> ofPlan.test(institution.id())).toList());
        return FORM;
    }

    private static long responsible(Model model) {
        return model.getAttribute("form") instanceof IndicatorCommand form && form.responsibleInstitutionId() != null
                ? form.responsibleInstitutionId() : -1;
    }

    /** One target box per year of the plan, filled where a target exists. */
    private static IndicatorCommand withAllPlanYears(IndicatorCommand command, PlanHeader plan) {
        var targets = new ArrayList<YearTargetCommand>();
        for (var year : plan.years()) {
            BigDecimal value = command.yearTargets().stream().filter(t -> year.equals(t.year())).findFirst()
                    .map(YearTargetCommand::value).orElse(null);
            targets.add(new YearTargetCommand(year, value));
        }
        command.yearTargets().stream().filter(t -> t.year() != null && !plan.years().contains(t.year()))
                .forEach(targets::add);
        return new IndicatorCommand(command.name(), command.resultLevel(), command.type(), command.unit(),
                command.direction(), command.numerator(), command.denominator(), command.scaleMin(), command.scaleMax(),
                command.baselineValue(), command.baselineYear(), command.baselineSource(), command.targetValue(),
                command.targetYear(), targets, command.disaggregations(), command.dataSource(),
                command.meansOfVerification(), command.frequency(), command.responsibleInstitutionId());
    }

    private static String saved(RedirectAttributes redirect, String label, String target) {
        Flash.notice(redirect, "plan.element.saved", label);
        return "redirect:" + target;
    }
}
