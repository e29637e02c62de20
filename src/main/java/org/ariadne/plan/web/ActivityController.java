package org.ariadne.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityCommand;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.BudgetLineCommand;
import org.ariadne.plan.BudgetLineView;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.MoveDirection;
import org.ariadne.plan.PlanCode;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ActivityFollowUps;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ResponsibleAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An activity's page (for everyone signed in) and, for the M&E officer, adding, changing, moving, deleting. */
@Controller
class ActivityController {

    private static final String FORM = "plan/activity-form";
    /** Empty budget lines offered under the existing ones; the plan ignores lines left empty. */
    private static final int BLANK_BUDGET_LINES = 2;

    private final Plans plans;
    private final PlanEditing editing;
    private final Institutions institutions;
    private final EditSubmissions submissions;
    private final String currency;
    private final ObjectProvider<ActivityFollowUps> followUps;
    private final ResponsibleAccounts responsibleAccounts;

    ActivityController(Plans plans, PlanEditing editing, Institutions institutions,
            @Value("${ariadne.currency:EUR}") String currency, EditSubmissions submissions,
            ObjectProvider<ActivityFollowUps> followUps, ResponsibleAccounts responsibleAccounts) {
        this.responsibleAccounts = responsibleAccounts;
        this.submissions = submissions;
        this.followUps = followUps;
        this.plans = plans;
        this.editing = editing;
        this.institutions = institutions;
        this.currency = currency;
    }

    @GetMapping("/activities/{id}")
    String show(@PathVariable long id, Model model) {
        var place = place(id);
        model.addAttribute("place", place);
        model.addAttribute("directory", institutions.directory());
        model.addAttribute("currency", currency);
        model.addAttribute("responsibleNames", responsibleAccounts.names());
        // reports, values, ratings and corrective actions come from the review, for those who may read them
        var source = followUps.getIfAvailable();
        model.addAttribute("followUp", source == null ? null
                : source.of(place.plan().id(), id).orElse(null));
        return "plan/activity";
    }

    @GetMapping("/specific-objectives/{parentId}/activities/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String add(@PathVariable long parentId, Model model) {
        var empty = new ActivityCommand(plans.nextActivityCode(parentId), "", "", "", null, List.of(), "", null, null,
                false, null, "", "", "", null, List.of());
        model.addAttribute("form", withBlankBudgetLines(empty));
        return newForm(model, parentId);
    }

    @PostMapping("/specific-objectives/{parentId}/activities/new")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String create(@PathVariable long parentId, @Valid @ModelAttribute("form") ActivityCommand form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return submissions.create(ActivityCommand.class, errors, model, () -> editing.addActivity(parentId, form),
                id -> {
                    Flash.notice(redirect, "plan.element.saved", PlanCode.canonical(form.code()));
                    return "redirect:/plans/" + plans.planOf(PlanCode.Kind.ACTIVITY, id) + "#a-" + id;
                }, () -> newForm(model, parentId));
    }

    @GetMapping("/activities/{id}/edit")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String edit(@PathVariable long id, Model model) {
        var place = place(id);
        model.addAttribute("form", withBlankBudgetLines(place.activity().toCommand()));
        return editForm(model, place, place.activity().version());
    }

    @PostMapping("/activities/{id}/edit")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") ActivityCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var place = place(id);
        return submissions.update(ActivityCommand.class, form, errors, model, locale, version, "plan.conflict.this.activity",
                () -> place.activity().toCommand(), current -> editForm(model, place, current),
                () -> editing.updateActivity(id, version, form),
                () -> saved(redirect, PlanCode.canonical(form.code()), place.treeLink()));
    }

    @GetMapping("/activities/{id}/delete")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String confirmDelete(@PathVariable long id, Model model) {
        var place = place(id);
        var impact = editing.impactOfDeletingActivity(id);
        return Deletion.confirm(model, place, place.label(), "/activities/" + id + "/delete", "plan.delete.activity",
                impact.indicators());
    }

    @PostMapping("/activities/{id}/delete")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        var place = place(id);
        editing.deleteActivity(id);
        Flash.notice(redirect, "plan.element.deleted", place.label());
        return "redirect:/plans/" + place.plan().id() + "#sp-" + place.specific().id();
    }

    @PostMapping("/activities/{id}/move")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String move(@PathVariable long id, @RequestParam MoveDirection direction) {
        editing.moveActivity(id, direction);
        return "redirect:/plans/" + plans.planOf(PlanCode.Kind.ACTIVITY, id) + "#a-" + id;
    }

    private PlanPlace place(long id) {
        return PlanPlace.ofActivity(plans.tree(plans.planOf(PlanCode.Kind.ACTIVITY, id)), id);
    }

    private String newForm(Model model, long parentId) {
        var tree = plans.tree(plans.planOf(PlanCode.Kind.SPECIFIC_OBJECTIVE, parentId));
        var place = PlanPlace.ofSpecific(tree, parentId);
        return form(model, place, "plan.activity.new", "/specific-objectives/" + parentId + "/activities/new", null);
    }

    private String editForm(Model model, PlanPlace place, int version) {
        return form(model, place, "plan.activity.edit", "/activities/" + place.activity().id() + "/edit", version);
    }

    private String form(Model model, PlanPlace place, String heading, String action, Integer version) {
        model.addAttribute("place", place);
        model.addAttribute("heading", heading);
        model.addAttribute("action", action);
        model.addAttribute("version", version);
        var ofPlan = plans.choosableInstitutions(place.tree().plan().id());
        model.addAttribute("institutions", choosable(institutions.directory(), model).stream()
                .filter(institution -> ofPlan.test(institution.id())).toList());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("fundingKinds", FundingSourceKind.values());
        model.addAttribute("responsibleAccounts", responsibleAccounts.choosable());
        model.addAttribute("currency", currency);
        return FORM;
    }

    /** Active institutions, plus any inactive one the activity still names (so that saving does not drop it). */
    private static List<InstitutionView> choosable(InstitutionDirectory directory, Model model) {
        var used = new ArrayList<Long>();
        if (model.getAttribute("form") instanceof ActivityCommand form) {
            used.add(form.leadInstitutionId());
            used.addAll(form.supportingInstitutionIds());
            form.budgetLines().forEach(line -> used.add(line.sourceInstitutionId()));
        }
        return directory.all().stream().filter(institution -> institution.active() || used.contains(institution.id()))
                .toList();
    }

    private static ActivityCommand withBlankBudgetLines(ActivityCommand command) {
        var lines = new ArrayList<>(command.budgetLines());
        for (int i = 0; i < BLANK_BUDGET_LINES; i++) {
            lines.add(new BudgetLineCommand(null, null, null, null, null));
        }
        return new ActivityCommand(command.code(), command.title(), command.description(), command.expectedResult(),
                command.leadInstitutionId(), command.supportingInstitutionIds(), command.responsiblePerson(),
                command.startDate(), command.endDate(), command.continuous(), command.frequency(),
                command.meansOfVerification(), command.assumptions(), command.risks(), command.status(), lines,
                command.responsibleUsername());
    }

    private static String saved(RedirectAttributes redirect, String label, String target) {
        Flash.notice(redirect, "plan.element.saved", label);
        return "redirect:" + target;
    }
}
