package org.ariadne.security.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserView;
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

    UserAdminController(UserAccounts users, Institutions institutions, FormSubmissions forms) {
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
        model.addAttribute("institutions", institutions.list());
        model.addAttribute("minPasswordLength", UserAccounts.MIN_PASSWORD_LENGTH);
        model.addAttribute("today", LocalDate.now());
        return "security/user-form";
    }

    private String passwordPage(Model model, UserView user, FormFailure failure) {
        model.addAttribute("user", user);
        model.addAttribute("failure", failure);
        model.addAttribute("minPasswordLength", UserAccounts.MIN_PASSWORD_LENGTH);
        return "security/reset-password";
    }
}
