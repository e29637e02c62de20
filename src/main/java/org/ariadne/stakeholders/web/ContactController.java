package org.ariadne.stakeholders.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.ariadne.stakeholders.ContactCommand;
import org.ariadne.stakeholders.ContactLanguage;
import org.ariadne.stakeholders.ContactView;
import org.ariadne.stakeholders.Contacts;
import org.ariadne.stakeholders.StakeholderException;
import org.ariadne.stakeholders.StakeholderAnalysis;
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
 * An institution's contact people: the list, and the form that adds or changes one, for the office and for the
 * institution's own focal point; the office's overview of every institution's contacts.
 */
@Controller
class ContactController {

    private static final String FORM = "stakeholders/contact-form";

    private final Contacts contacts;
    private final Institutions institutions;
    private final FormSubmissions forms;

    ContactController(Contacts contacts, Institutions institutions, FormSubmissions forms) {
        this.contacts = contacts;
        this.institutions = institutions;
        this.forms = forms;
    }

    @GetMapping("/stakeholders/contacts")
    @PreAuthorize(StakeholderAnalysis.OFFICE)
    String overview(Model model) {
        var byInstitution = new java.util.LinkedHashMap<Long, java.util.List<ContactView>>();
        contacts.all().forEach(c -> byInstitution.computeIfAbsent(c.institutionId(), k -> new java.util.ArrayList<>())
                .add(c));
        model.addAttribute("institutions", contacts.institutionChoices().stream()
                .filter(i -> i.active() || byInstitution.containsKey(i.id())).toList());
        model.addAttribute("byInstitution", byInstitution);
        return "stakeholders/contacts-overview";
    }

    @GetMapping("/stakeholders/institutions/{institutionId}/contacts")
    @PreAuthorize(Contacts.KEEPERS)
    String list(@PathVariable long institutionId, Model model) {
        model.addAttribute("contacts", contacts.list(institutionId));
        model.addAttribute("institution", institution(institutionId));
        return "stakeholders/contacts";
    }

    @GetMapping("/stakeholders/institutions/{institutionId}/contacts/new")
    @PreAuthorize(Contacts.KEEPERS)
    String newForm(@PathVariable long institutionId, Model model) {
        contacts.list(institutionId);
        model.addAttribute("form", ContactCommand.empty());
        return form(model, institution(institutionId), null, null);
    }

    @PostMapping("/stakeholders/institutions/{institutionId}/contacts/new")
    @PreAuthorize(Contacts.KEEPERS)
    String create(@PathVariable long institutionId, @Valid @ModelAttribute("form") ContactCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        contacts.list(institutionId);
        var institution = institution(institutionId);
        return forms.submission(ContactCommand.class, errors, model, locale).fieldLabels("stakeholders.contact.field.")
                .refusalsAt(ContactController::field).alsoChecking(() -> contacts.check(form))
                .create(() -> contacts.create(institutionId, form), id -> {
                    Flash.notice(redirect, "stakeholders.contact.saved");
                    return "redirect:/stakeholders/institutions/" + institutionId + "/contacts#contact-" + id;
                }, failure -> form(model, institution, null, failure));
    }

    @GetMapping("/stakeholders/contacts/{id}/edit")
    @PreAuthorize(Contacts.KEEPERS)
    String editForm(@PathVariable long id, Model model) {
        var contact = contacts.get(id);
        model.addAttribute("version", contact.version());
        model.addAttribute("form", contact.toCommand());
        return form(model, institution(contact.institutionId()), contact, null);
    }

    @PostMapping("/stakeholders/contacts/{id}/edit")
    @PreAuthorize(Contacts.KEEPERS)
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") ContactCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var contact = contacts.get(id);
        var institution = institution(contact.institutionId());
        model.addAttribute("version", version);
        return forms.submission(ContactCommand.class, errors, model, locale).version(version)
                .fieldLabels("stakeholders.contact.field.").refusalsAt(ContactController::field)
                .alsoChecking(() -> contacts.check(form))
                .save(() -> contacts.update(id, version, form), () -> {
                    Flash.notice(redirect, "stakeholders.contact.saved");
                    return "redirect:/stakeholders/institutions/" + contact.institutionId() + "/contacts#contact-" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, institution, contact, failure);
                });
    }

    @PostMapping("/stakeholders/contacts/{id}/delete")
    @PreAuthorize(Contacts.KEEPERS)
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        var contact = contacts.get(id);
        if (forms.perform(redirect, () -> contacts.delete(id, version))) {
            Flash.notice(redirect, "stakeholders.contact.deleted", contact.name());
        }
        return "redirect:/stakeholders/institutions/" + contact.institutionId() + "/contacts";
    }

    private String form(Model model, InstitutionView institution, ContactView contact, FormFailure failure) {
        model.addAttribute("institution", institution);
        model.addAttribute("contact", contact);
        model.addAttribute("spokenLanguages", ContactLanguage.values());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return FORM;
    }

    private InstitutionView institution(long id) {
        return institutions.directory().byId(id)
                .orElseThrow(() -> org.ariadne.common.NotFoundException.of("institution", id));
    }

    private static String field(UserFacingException refused) {
        return refused instanceof StakeholderException stakeholder ? stakeholder.field() : null;
    }
}
