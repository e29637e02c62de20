package org.ariadne.training.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.training.TrainerCommand;
import org.ariadne.training.TrainerView;
import org.ariadne.training.Trainers;
import org.ariadne.training.TrainingAccess;
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

/** The pool of trainers with their certifications; expired ones and those expiring within 90 days are flagged. */
@Controller
class TrainersController {

    private static final String FIELD = "training.field.";

    private final Trainers trainers;
    private final FormSubmissions forms;

    TrainersController(Trainers trainers, FormSubmissions forms) {
        this.trainers = trainers;
        this.forms = forms;
    }

    @GetMapping("/trainers")
    @PreAuthorize(TrainingAccess.READERS)
    String list(Model model) {
        model.addAttribute("trainers", trainers.list());
        return "training/trainers";
    }

    @GetMapping("/trainers/new")
    @PreAuthorize(TrainingAccess.OFFICER)
    String newForm(Model model) {
        model.addAttribute("form", TrainerCommand.empty());
        return form(model, null, null);
    }

    @PostMapping("/trainers/new")
    @PreAuthorize(TrainingAccess.OFFICER)
    String create(@Valid @ModelAttribute("form") TrainerCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.submission(TrainerCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(TrainingController::field)
                .alsoChecking(() -> trainers.check(form))
                .create(() -> trainers.create(form), id -> {
                    Flash.notice(redirect, "training.trainer.saved");
                    return "redirect:/trainers#trainer-" + id;
                }, failure -> form(model, null, failure));
    }

    @GetMapping("/trainers/{id}/edit")
    @PreAuthorize(TrainingAccess.OFFICER)
    String editForm(@PathVariable long id, Model model) {
        var trainer = trainers.get(id);
        model.addAttribute("version", trainer.version());
        model.addAttribute("form", trainer.toCommand());
        return form(model, trainer, null);
    }

    @PostMapping("/trainers/{id}/edit")
    @PreAuthorize(TrainingAccess.OFFICER)
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") TrainerCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var trainer = trainers.get(id);
        model.addAttribute("version", version);
        return forms.submission(TrainerCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(TrainingController::field)
                .alsoChecking(() -> trainers.check(form))
                .save(() -> trainers.update(id, version, form), () -> {
                    Flash.notice(redirect, "training.trainer.saved");
                    return "redirect:/trainers#trainer-" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, trainer, failure);
                });
    }

    @PostMapping("/trainers/{id}/delete")
    @PreAuthorize(TrainingAccess.OFFICER)
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> trainers.delete(id, version))) {
            Flash.notice(redirect, "training.trainer.deleted");
            return "redirect:/trainers";
        }
        return "redirect:/trainers/" + id + "/edit";
    }

    private String form(Model model, TrainerView trainer, FormFailure failure) {
        model.addAttribute("trainer", trainer);
        model.addAttribute("institutions", trainers.directory().all().stream().filter(i -> i.active()).toList());
        model.addAttribute("topics", TrainingTopic.values());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "training/trainer-form";
    }
}
