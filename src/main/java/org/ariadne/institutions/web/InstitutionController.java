package org.ariadne.institutions.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionLevel;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
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

@Controller
@RequestMapping("/institutions")
class InstitutionController {

    private static final String FORM = "institutions/form";

    private final Institutions institutions;
    private final FormSubmissions forms;

    InstitutionController(Institutions institutions, FormSubmissions forms) {
        this.institutions = institutions;
        this.forms = forms;
    }

    @ModelAttribute("types")
    InstitutionType[] types() {
        return InstitutionType.values();
    }

    @ModelAttribute("levels")
    InstitutionLevel[] levels() {
        return InstitutionLevel.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("institutions", institutions.list());
        return "institutions/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ME_OFFICER')")
    String newForm(Model model) {
        model.addAttribute("form", InstitutionCommand.empty());
        return "institutions/form";
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ME_OFFICER')")
    String create(@Valid @ModelAttribute("form") InstitutionCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(InstitutionCommand.class, errors, model, locale)
                .save(() -> institutions.create(form), () -> saved(redirect, form), failure -> form(model, failure));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ME_OFFICER')")
    String editForm(@PathVariable long id, Model model) {
        var institution = institutions.get(id);
        model.addAttribute("institution", institution);
        model.addAttribute("version", institution.version());
        model.addAttribute("form", new InstitutionCommand(institution.name(), institution.shortName(), institution.type(),
                institution.level(), institution.nationalAuthorityMember(), institution.reportsProgress(),
                institution.contactName(), institution.contactEmail(), institution.contactPhone(), institution.active())
                .withNames(institution.nameSq(), institution.nameSr(), institution.nameMk(), institution.acronymList()));
        return "institutions/form";
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ME_OFFICER')")
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") InstitutionCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        model.addAttribute("institution", institutions.get(id));
        model.addAttribute("version", version);
        return forms.submission(InstitutionCommand.class, errors, model, locale).version(version)
                .save(() -> institutions.update(id, version, form), () -> saved(redirect, form), failure -> {
                    // after a conflict, sending the form again means "I have seen their change, keep mine"
                    model.addAttribute("version", failure.version());
                    return form(model, failure);
                });
    }

    private static String form(Model model, FormFailure failure) {
        model.addAttribute("failure", failure);
        return FORM;
    }

    private static String saved(RedirectAttributes redirect, InstitutionCommand form) {
        Flash.notice(redirect, "institution.saved", form.name());
        return "redirect:/institutions";
    }
}
