package org.ariadne.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.Institutions;
import org.ariadne.training.TargetGroup;
import org.ariadne.training.Trainers;
import org.ariadne.training.TrainingAccess;
import org.ariadne.training.TrainingCommand;
import org.ariadne.training.TrainingException;
import org.ariadne.training.TrainingNeeds;
import org.ariadne.training.TrainingTopic;
import org.ariadne.training.TrainingView;
import org.ariadne.training.Trainings;
import org.ariadne.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
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
 * The trainings held: the year in figures (professionals trained by institution and sex) for everyone signed in, the
 * list of trainings for the office and the focal points (their own), a training's page, and the form to record,
 * change and delete one. A form that cannot be saved comes back with every reason, each naming its field.
 */
@Controller
class TrainingController {

    private static final String FORM = "training/form";
    private static final String FIELD = "training.field.";

    private final Trainings trainings;
    private final Trainers trainers;
    private final TrainingNeeds needs;
    private final Institutions institutions;
    private final FormSubmissions forms;
    private final Clock clock;
    private final String currency;

    TrainingController(Trainings trainings, Trainers trainers, TrainingNeeds needs, Institutions institutions,
            FormSubmissions forms, Clock clock, @Value("${ariadne.currency:EUR}") String currency) {
        this.trainings = trainings;
        this.trainers = trainers;
        this.needs = needs;
        this.institutions = institutions;
        this.forms = forms;
        this.clock = clock;
        this.currency = currency;
    }

    @GetMapping("/trainings")
    @PreAuthorize(TrainingAccess.AGGREGATES)
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String targetGroup,
            Model model) {
        int shown = year(year);
        var group = group(targetGroup);
        model.addAttribute("year", shown);
        model.addAttribute("targetGroup", group);
        model.addAttribute("aggregates", trainings.aggregates(shown));
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("directory", institutions.directory());
        var registers = TrainingAccess.seesAll() || TrainingAccess.ownInstitutionOnly() != -1L;
        model.addAttribute("registers", registers);
        if (registers) {
            model.addAttribute("trainings", trainings.list(shown, group));
        }
        return "training/list";
    }

    @GetMapping("/trainings/new")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String newForm(Model model) {
        var own = CurrentUser.get().map(user -> user.institutionId()).orElse(null);
        model.addAttribute("form", TrainingCommand.empty(TrainingAccess.seesAll() ? null : own, currency));
        return form(model, null, null);
    }

    @PostMapping("/trainings/new")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String create(@Valid @ModelAttribute("form") TrainingCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(TrainingCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(TrainingController::field)
                .alsoChecking(() -> trainings.check(form))
                .create(() -> trainings.create(form), id -> {
                    Flash.notice(redirect, "training.saved");
                    return "redirect:/trainings/" + id;
                }, failure -> form(model, null, failure));
    }

    @GetMapping("/trainings/{id}")
    @PreAuthorize(TrainingAccess.READERS)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("training", trainings.get(id));
        model.addAttribute("directory", institutions.directory());
        return "training/detail";
    }

    @GetMapping("/trainings/{id}/edit")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String editForm(@PathVariable long id, Model model) {
        var training = trainings.get(id);
        model.addAttribute("version", training.version());
        model.addAttribute("form", training.toCommand());
        return form(model, training, null);
    }

    @PostMapping("/trainings/{id}/edit")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") TrainingCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var training = trainings.get(id);
        model.addAttribute("version", version);
        return forms.submission(TrainingCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(TrainingController::field)
                .alsoChecking(() -> trainings.check(form))
                .save(() -> trainings.update(id, version, form), () -> {
                    Flash.notice(redirect, "training.saved");
                    return "redirect:/trainings/" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, training, failure);
                });
    }

    @PostMapping("/trainings/{id}/delete")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> trainings.delete(id, version))) {
            Flash.notice(redirect, "training.deleted");
            return "redirect:/trainings";
        }
        return "redirect:/trainings/" + id + "/edit";
    }

    private String form(Model model, TrainingView training, FormFailure failure) {
        model.addAttribute("training", training);
        var own = TrainingAccess.ownInstitutionOnly();
        var all = trainings.directory().all();
        model.addAttribute("institutions", all.stream().filter(i -> i.active()).toList());
        model.addAttribute("recorders", own == null ? all.stream().filter(i -> i.active()).toList()
                : all.stream().filter(i -> i.id() == own).toList());
        model.addAttribute("trainers", trainers.list());
        model.addAttribute("planned", needs.allPlanned());
        model.addAttribute("topics", TrainingTopic.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("today", LocalDate.now(clock));
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return FORM;
    }

    private int year(String text) {
        try {
            int year = text == null || text.isBlank() ? LocalDate.now(clock).getYear() : Integer.parseInt(text.strip());
            return year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        } catch (NumberFormatException unreadable) {
            return LocalDate.now(clock).getYear();
        }
    }

    private static TargetGroup group(String text) {
        try {
            return text == null || text.isBlank() ? null : TargetGroup.valueOf(text.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static String field(org.ariadne.common.UserFacingException refused) {
        return refused instanceof TrainingException training ? training.field() : null;
    }
}
