package org.ariadne.security.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.Institutions;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.security.Participants;
import org.ariadne.security.Role;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserView;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The administrator's user accounts: list, create, edit, reset a password, unlock. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccounts users;
    private final Institutions institutions;
    private final FormSubmissions forms;
    private final Participants participants;
    private final ParticipantScope scope;

    UserAdminController(UserAccounts users, Institutions institutions, FormSubmissions forms, Participants participants,
            ParticipantScope scope) {
        this.participants = participants;
        this.scope = scope;
        this.users = users;
        this.institutions = institutions;
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("directory", institutions.directory());
        model.addAttribute("today", LocalDate.now());
        // several participants (issue 19): the installation's administrator sees whose each person is
        model.addAttribute("participantNames", participantNames());
        return "security/users";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String newForm(Model model) {
        model.addAttribute("form", UserForm.empty());
        return form(model, null, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.submission(UserForm.class, errors, model, locale)
                .refusalsAt(UserForm::fieldOf).fieldLabels("user.field.")
                .alsoChecking(() -> users.checkNew(form.command()))
                .create(() -> users.create(form.command()), id -> {
                    Flash.notice(redirect, "user.saved", form.fullName().strip());
                    return "redirect:/admin/users/" + id;
                }, failure -> form(model, null, failure));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String editForm(@PathVariable long id, Model model) {
        var user = users.get(id);
        model.addAttribute("form", UserForm.of(user));
        model.addAttribute("version", user.version());
        return form(model, user, null);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var user = users.get(id);
        model.addAttribute("version", version);
        return forms.submission(UserForm.class, errors, model, locale).version(version)
                .refusalsAt(UserForm::fieldOf).fieldLabels("user.field.")
                .alsoChecking(() -> users.checkChange(id, form.command()))
                .save(() -> users.update(id, version, form.command()), () -> {
                    Flash.notice(redirect, "user.saved", form.fullName().strip());
                    return "redirect:/admin/users";
                }, failure -> {
                    // after a conflict, sending the form again means "I have seen their change, keep mine"
                    model.addAttribute("version", failure.version());
                    return form(model, user, failure);
                });
    }

    @GetMapping("/{id}/password")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String passwordForm(@PathVariable long id, Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        return passwordPage(model, users.get(id), null);
    }

    @PostMapping("/{id}/password")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String resetPassword(@PathVariable long id, @ModelAttribute("passwordForm") PasswordForm passwordForm,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var user = users.get(id);
        return forms.submission(PasswordForm.class, errors, model, locale)
                .refusalsAt(PasswordForm::fieldOf).fieldLabels("user.field.")
                .save(() -> users.resetPassword(id, passwordForm.newPassword(), passwordForm.repeatPassword()), () -> {
                    Flash.notice(redirect, "user.password-reset", user.username());
                    return "redirect:/admin/users/" + id;
                }, failure -> passwordPage(model, user, failure));
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        var user = users.get(id);
        users.unlock(id);
        Flash.notice(redirect, "user.unlocked", user.username());
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, UserView user, FormFailure failure) {
        model.addAttribute("user", user);
        model.addAttribute("failure", failure);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("institutions", pickableInstitutions());
        // several participants (issue 19): only the installation's administrator chooses the person's participant
        model.addAttribute("participants", participants.keptByMe() ? participants.list() : List.of());
        model.addAttribute("participantNames", participantNames());
        model.addAttribute("minPasswordLength", UserAccounts.MIN_PASSWORD_LENGTH);
        model.addAttribute("today", LocalDate.now());
        return "security/user-form";
    }

    /**
     * The institutions the account may report for: a participant's administrator sees its own participant's only; the
     * installation's administrator every one, each named with its participant when there are several.
     */
    private List<InstitutionChoice> pickableInstitutions() {
        var owners = institutions.participantByInstitution();
        var names = participantNames();
        var own = scope.narrowedTo();
        return institutions.list().stream()
                .filter(institution -> own.isEmpty() || own.get().equals(owners.get(institution.id())))
                .map(institution -> new InstitutionChoice(institution.id(), institution.active(),
                        names.isEmpty() || own.isPresent() ? institution.displayName()
                                : institution.displayName() + " · " + names.get(owners.get(institution.id()))))
                .toList();
    }

    /** The participants' names in the reader's language when there are several; empty with one. */
    private Map<Long, String> participantNames() {
        if (!participants.several()) {
            return Map.of();
        }
        var locale = LocaleContextHolder.getLocale();
        var names = new HashMap<Long, String>();
        participants.list().forEach(participant -> names.put(participant.id(), participant.nameIn(locale)));
        return names;
    }

    /** An institution offered on the form. */
    record InstitutionChoice(long id, boolean active, String displayName) {
    }

    private String passwordPage(Model model, UserView user, FormFailure failure) {
        model.addAttribute("user", user);
        model.addAttribute("failure", failure);
        model.addAttribute("minPasswordLength", UserAccounts.MIN_PASSWORD_LENGTH);
        return "security/reset-password";
    }
}
