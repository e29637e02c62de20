package org.ariadne.victimdata.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.victimdata.AssistanceDecision;
import org.ariadne.victimdata.CaseCommand;
import org.ariadne.victimdata.CaseScope;
import org.ariadne.victimdata.CaseStatus;
import org.ariadne.victimdata.ExploitationForm;
import org.ariadne.victimdata.VictimDataException;
import org.ariadne.victimdata.VictimRegister;
import org.ariadne.victimdata.VictimService;
import org.ariadne.victimdata.linkage.Sex;
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
 * The victim register's pages for victim-data officers: the list of cases, the case form (identifying data typed
 * for the linkage only), the case page with its person's other cases and the proposals to confirm or reject. Every
 * opening of a case page is a read the register logs. Nobody else gets past the door (the security configuration
 * and the facade both check the role).
 */
@Controller
@RequestMapping("/victim-data/cases")
@PreAuthorize("hasRole('VICTIM_DATA_OFFICER')")
class VictimCaseController {

    private static final String FORM = "victimdata/form";
    /** At most this many lines on the list: filters narrow it. */
    static final int LIST_LIMIT = 500;

    private final VictimRegister register;
    private final FormSubmissions forms;
    private final Clock clock;

    VictimCaseController(VictimRegister register, FormSubmissions forms, Clock clock) {
        this.register = register;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    String list(@ModelAttribute("query") CaseQuery query, BindingResult unreadable, Model model) {
        if (unreadable.hasErrors()) {
            query = CaseQuery.none();
            model.addAttribute("query", query);
        }
        var cases = register.list(query.filter(), LIST_LIMIT);
        model.addAttribute("cases", cases);
        model.addAttribute("limited", cases.size() >= LIST_LIMIT);
        model.addAttribute("openProposals", register.openProposals());
        model.addAttribute("years", register.years());
        model.addAttribute("institutions", register.institutionChoices());
        model.addAttribute("statuses", CaseStatus.values());
        return "victimdata/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", CaseCommand.empty(LocalDate.now(clock)));
        return form(model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") CaseCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.submission(CaseCommand.class, errors, model, locale).fieldLabels("victimdata.field.")
                .refusalsAt(refused -> refused instanceof VictimDataException v ? v.field() : null)
                .alsoChecking(() -> register.check(form))
                .create(() -> register.register(form), registered -> {
                    if (registered.proposals().isEmpty()) {
                        Flash.notice(redirect, "victimdata.case.registered", registered.reference());
                    } else {
                        Flash.notice(redirect, "victimdata.case.registered-with-proposals", registered.reference(),
                                registered.proposals().size());
                    }
                    return "redirect:/victim-data/cases/" + registered.id();
                }, failure -> failed(model, failure));
    }

    /** The case, its person's other cases and the proposals: opening it is a read the register logs. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var shown = register.open(id);
        model.addAttribute("victimCase", shown);
        model.addAttribute("personCases", register.casesOfPerson(shown.personId()).stream()
                .filter(other -> other.id() != id).toList());
        model.addAttribute("proposals", register.proposals(id));
        model.addAttribute("stages", List.of(new Stage("referredOn", shown.referredOn()),
                new Stage("assistanceDecidedOn", shown.assistanceDecidedOn()),
                new Stage("shelteredOn", shown.shelteredOn()), new Stage("protectionOn", shown.protectionOn()),
                new Stage("courtCaseOn", shown.courtCaseOn()), new Stage("reintegrationOn", shown.reintegrationOn()),
                new Stage("closedOn", shown.closedOn())));
        return "victimdata/case";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        var shown = register.open(id);
        model.addAttribute("victimCase", shown);
        model.addAttribute("version", shown.version());
        model.addAttribute("form", shown.command());
        return form(model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") CaseCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        model.addAttribute("version", version);
        return forms.submission(CaseCommand.class, errors, model, locale).version(version)
                .fieldLabels("victimdata.field.")
                .refusalsAt(refused -> refused instanceof VictimDataException v ? v.field() : null)
                .alsoChecking(() -> register.check(form))
                .save(() -> register.update(id, version, form), () -> {
                    Flash.notice(redirect, "victimdata.case.saved");
                    return "redirect:/victim-data/cases/" + id;
                }, failure -> {
                    // the heading names the case; the form shows what was typed, not what is stored
                    model.addAttribute("victimCase", register.open(id));
                    // after a conflict, sending the form again means "I have seen their change, keep mine"
                    model.addAttribute("version", failure.version());
                    return failed(model, failure);
                });
    }

    /** The officer says the proposed earlier case is the same person. */
    @PostMapping("/{id}/matches/{earlierId}/confirm")
    String confirm(@PathVariable long id, @PathVariable long earlierId, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> register.confirm(id, earlierId))) {
            Flash.notice(redirect, "victimdata.match.confirmed");
        }
        return "redirect:/victim-data/cases/" + id + "#proposals";
    }

    /** The officer says the proposed earlier case is another person. */
    @PostMapping("/{id}/matches/{earlierId}/reject")
    String reject(@PathVariable long id, @PathVariable long earlierId, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> register.reject(id, earlierId))) {
            Flash.notice(redirect, "victimdata.match.rejected");
        }
        return "redirect:/victim-data/cases/" + id + "#proposals";
    }

    /** The officer links the case by hand to another of the same person, named by its reference. */
    @PostMapping("/{id}/link")
    String link(@PathVariable long id, @RequestParam(required = false) String reference, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> register.link(id, reference))) {
            Flash.notice(redirect, "victimdata.match.linked", reference.strip().toUpperCase(java.util.Locale.ROOT));
        }
        return "redirect:/victim-data/cases/" + id + "#proposals";
    }

    /** A referral stage on the case page: the form field that names it and the day it was reached, or null. */
    record Stage(String field, LocalDate on) {
    }

    private String failed(Model model, FormFailure failure) {
        model.addAttribute("failure", failure);
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("institutions", register.institutionChoices());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("scopes", CaseScope.values());
        model.addAttribute("exploitationForms", ExploitationForm.values());
        model.addAttribute("services", VictimService.values());
        model.addAttribute("decisions", AssistanceDecision.values());
        return FORM;
    }
}
