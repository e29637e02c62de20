package org.ariadne.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.security.CurrentUser;
import org.ariadne.training.NeedCommand;
import org.ariadne.training.NeedCoverage;
import org.ariadne.training.NeedPriority;
import org.ariadne.training.NeedView;
import org.ariadne.training.PlannedTrainingCommand;
import org.ariadne.training.PlannedTrainingView;
import org.ariadne.training.TargetGroup;
import org.ariadne.training.TrainingAccess;
import org.ariadne.training.TrainingNeeds;
import org.ariadne.training.TrainingTopic;
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
 * The training needs assessment (per institution and target group, with the summary across institutions) and the
 * training plan derived from it, which shows the needs it covers and those it leaves open.
 */
@Controller
class NeedsController {

    private static final String FIELD = "training.field.";

    private final TrainingNeeds needs;
    private final FormSubmissions forms;
    private final Clock clock;

    NeedsController(TrainingNeeds needs, FormSubmissions forms, Clock clock) {
        this.needs = needs;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/trainings/needs")
    @PreAuthorize(TrainingAccess.READERS)
    String needs(@RequestParam(required = false) String year, Model model) {
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("needs", needs.needs(shown));
        model.addAttribute("summary", needs.summary(shown));
        model.addAttribute("levels", NeedCoverage.Level.values());
        return "training/needs";
    }

    @GetMapping("/trainings/needs/new")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String newNeed(Model model) {
        var own = CurrentUser.get().map(user -> user.institutionId()).orElse(null);
        model.addAttribute("form", NeedCommand.empty(TrainingAccess.seesAll() ? null : own,
                LocalDate.now(clock).getYear()));
        return needForm(model, null, null);
    }

    @PostMapping("/trainings/needs/new")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String createNeed(@Valid @ModelAttribute("form") NeedCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(NeedCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(TrainingController::field)
                .alsoChecking(() -> needs.checkNeed(form))
                .create(() -> needs.createNeed(form), id -> {
                    Flash.notice(redirect, "training.need.saved");
                    return "redirect:/trainings/needs?year=" + form.year() + "#need-" + id;
                }, failure -> needForm(model, null, failure));
    }

    @GetMapping("/trainings/needs/{id}/edit")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String editNeed(@PathVariable long id, Model model) {
        var need = needs.need(id);
        model.addAttribute("version", need.version());
        model.addAttribute("form", need.toCommand());
        return needForm(model, need, null);
    }

    @PostMapping("/trainings/needs/{id}/edit")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String updateNeed(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") NeedCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var need = needs.need(id);
        model.addAttribute("version", version);
        return forms.submission(NeedCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(TrainingController::field)
                .alsoChecking(() -> needs.checkNeed(form))
                .save(() -> needs.updateNeed(id, version, form), () -> {
                    Flash.notice(redirect, "training.need.saved");
                    return "redirect:/trainings/needs?year=" + form.year() + "#need-" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return needForm(model, need, failure);
                });
    }

    @PostMapping("/trainings/needs/{id}/delete")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String deleteNeed(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> needs.deleteNeed(id, version))) {
            Flash.notice(redirect, "training.need.deleted");
            return "redirect:/trainings/needs";
        }
        return "redirect:/trainings/needs/" + id + "/edit";
    }

    // ---- the training plan ----

    @GetMapping("/trainings/plan")
    @PreAuthorize(TrainingAccess.READERS)
    String plan(@RequestParam(required = false) String year, Model model) {
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("planned", needs.plan(shown));
        model.addAttribute("needs", needs.needs(shown));
        model.addAttribute("summary", needs.summary(shown));
        return "training/plan";
    }

    @GetMapping("/trainings/plan/new")
    @PreAuthorize(TrainingAccess.OFFICER)
    String newPlanned(@RequestParam(required = false) String year, Model model) {
        model.addAttribute("form", PlannedTrainingCommand.empty(year(year)));
        return plannedForm(model, null, null);
    }

    @PostMapping("/trainings/plan/new")
    @PreAuthorize(TrainingAccess.OFFICER)
    String createPlanned(@Valid @ModelAttribute("form") PlannedTrainingCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(PlannedTrainingCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(TrainingController::field)
                .alsoChecking(() -> needs.checkPlanned(form))
                .create(() -> needs.createPlanned(form), id -> {
                    Flash.notice(redirect, "training.planned.saved");
                    return "redirect:/trainings/plan?year=" + form.year() + "#planned-" + id;
                }, failure -> plannedForm(model, null, failure));
    }

    @GetMapping("/trainings/plan/{id}/edit")
    @PreAuthorize(TrainingAccess.OFFICER)
    String editPlanned(@PathVariable long id, Model model) {
        var planned = needs.planned(id);
        model.addAttribute("version", planned.version());
        model.addAttribute("form", planned.toCommand());
        return plannedForm(model, planned, null);
    }

    @PostMapping("/trainings/plan/{id}/edit")
    @PreAuthorize(TrainingAccess.OFFICER)
    String updatePlanned(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("form") PlannedTrainingCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        var planned = needs.planned(id);
        model.addAttribute("version", version);
        return forms.submission(PlannedTrainingCommand.class, errors, model, locale).version(version)
                .fieldLabels(FIELD).refusalsAt(TrainingController::field)
                .alsoChecking(() -> needs.checkPlanned(form))
                .save(() -> needs.updatePlanned(id, version, form), () -> {
                    Flash.notice(redirect, "training.planned.saved");
                    return "redirect:/trainings/plan?year=" + form.year() + "#planned-" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return plannedForm(model, planned, failure);
                });
    }

    @PostMapping("/trainings/plan/{id}/delete")
    @PreAuthorize(TrainingAccess.OFFICER)
    String deletePlanned(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> needs.deletePlanned(id, version))) {
            Flash.notice(redirect, "training.planned.deleted");
            return "redirect:/trainings/plan";
        }
        return "redirect:/trainings/plan/" + id + "/edit";
    }

    private String needForm(Model model, NeedView need, FormFailure failure) {
        model.addAttribute("need", need);
        var own = TrainingAccess.ownInstitutionOnly();
        var all = needs.directory().all();
        model.addAttribute("institutions", own == null ? all.stream().filter(i -> i.active()).toList()
                : all.stream().filter(i -> i.id() == own).toList());
        model.addAttribute("topics", TrainingTopic.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("priorities", NeedPriority.values());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "training/need-form";
    }

    private String plannedForm(Model model, PlannedTrainingView planned, FormFailure failure) {
        model.addAttribute("planned", planned);
        model.addAttribute("institutions", needs.directory().all().stream().filter(i -> i.active()).toList());
        model.addAttribute("topics", TrainingTopic.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("quarters", java.util.List.of(1, 2, 3, 4));
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "training/planned-form";
    }

    private int year(String text) {
        try {
            int year = text == null || text.isBlank() ? LocalDate.now(clock).getYear() : Integer.parseInt(text.strip());
            return year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        } catch (NumberFormatException unreadable) {
            return LocalDate.now(clock).getYear();
        }
    }
}
