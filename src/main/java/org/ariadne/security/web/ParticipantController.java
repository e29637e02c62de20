package org.ariadne.security.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.security.ParticipantView;
import org.ariadne.security.Participants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participants (countries or entities) of the installation, kept by its administrator (issue 19): list, new,
 * edit. A participant's own administrator does not see these pages.
 */
@Controller
@RequestMapping("/admin/participants")
@PreAuthorize("hasRole('ADMINISTRATOR') and @participantScope.narrowedTo().isEmpty()")
class ParticipantController {

    private static final String FORM = "security/participant-form";

    private final Participants participants;
    private final FormSubmissions forms;

    ParticipantController(Participants participants, FormSubmissions forms) {
        this.participants = participants;
        this.forms = forms;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("participants", participants.list());
        return "security/participants";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", ParticipantForm.empty());
        return form(model, null, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ParticipantForm form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(ParticipantForm.class, errors, model, locale)
                .refusalsAt(ParticipantForm::fieldOf).fieldLabels("participant.field.")
                .alsoChecking(() -> participants.check(form.command(), null))
                .create(() -> participants.create(form.command()), id -> {
                    Flash.notice(redirect, "participant.saved", form.name().strip());
                    return "redirect:/admin/participants";
                }, failure -> form(model, null, failure));
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        var participant = participants.get(id);
        model.addAttribute("form", ParticipantForm.of(participant));
        model.addAttribute("version", participant.version());
        return form(model, participant, null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("form") ParticipantForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var participant = participants.get(id);
        model.addAttribute("version", version);
        return forms.submission(ParticipantForm.class, errors, model, locale).version(version)
                .refusalsAt(ParticipantForm::fieldOf).fieldLabels("participant.field.")
                .alsoChecking(() -> participants.check(form.command(), id))
                .save(() -> participants.update(id, version, form.command()), () -> {
                    Flash.notice(redirect, "participant.saved", form.name().strip());
                    return "redirect:/admin/participants";
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, participant, failure);
                });
    }

    private String form(Model model, ParticipantView participant, FormFailure failure) {
        model.addAttribute("participant", participant);
        model.addAttribute("failure", failure);
        return FORM;
    }
}
