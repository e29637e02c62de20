package org.ariadne.security.web;

import java.util.Locale;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.common.web.LanguageProperties;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.UserAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in person's own account: who they are in Ariadne, their password and their language. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final UserAccounts accounts;
    private final Institutions institutions;
    private final LanguageProperties languages;
    private final FormSubmissions forms;

    AccountController(UserAccounts accounts, Institutions institutions, LanguageProperties languages,
            FormSubmissions forms) {
        this.accounts = accounts;
        this.institutions = institutions;
        this.languages = languages;
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String account(Model model, Locale locale) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        return page(model, locale);
    }

    @PostMapping("/password")
    @PreAuthorize("isAuthenticated()")
    String changePassword(@ModelAttribute("passwordForm") PasswordForm passwordForm, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(PasswordForm.class, errors, model, locale)
                .refusalsAt(PasswordForm::fieldOf).fieldLabels("user.field.")
                .save(() -> accounts.changeOwnPassword(passwordForm.currentPassword(), passwordForm.newPassword(),
                        passwordForm.repeatPassword()), () -> {
                            Flash.notice(redirect, "account.password.changed");
                            return "redirect:/account";
                        }, failure -> {
                            model.addAttribute("failure", failure);
                            return page(model, locale);
                        });
    }

    /** Keeps the choice on the account for the next sign-in and switches this session now ({@code ?lang=}). */
    @PostMapping("/language")
    @PreAuthorize("isAuthenticated()")
    String chooseLanguage(@RequestParam String language, RedirectAttributes redirect) {
        var chosen = languages.locales().stream()
                .filter(offered -> offered.toLanguageTag().equalsIgnoreCase(language))
                .findFirst();
        if (chosen.isEmpty()) {
            Flash.problem(redirect, "account.language.unknown");
            return "redirect:/account";
        }
        accounts.preferLocale(CurrentUser.required().getUsername(), chosen.get());
        Flash.notice(redirect, "account.language.saved");
        return "redirect:/account?lang=" + chosen.get().toLanguageTag();
    }

    private String page(Model model, Locale locale) {
        var me = CurrentUser.required();
        model.addAttribute("me", me);
        model.addAttribute("myRoles", me.roles().stream().sorted().toList());
        model.addAttribute("institutionName", institutions.directory().nameOf(me.institutionId()));
        model.addAttribute("offeredLanguages", languages.locales().stream()
                .map(offered -> new Language(offered.toLanguageTag(), LanguageProperties.nameOf(offered)))
                .toList());
        model.addAttribute("currentLanguage", accounts.preferredLocale(me.getUsername())
                .map(Locale::forLanguageTag).map(languages::supported).orElse(languages.supported(locale))
                .toLanguageTag());
        model.addAttribute("minPasswordLength", UserAccounts.MIN_PASSWORD_LENGTH);
        return "security/account";
    }

    /** A language to offer, named in itself ("shqip", "English") so everyone finds their own. */
    public record Language(String tag, String name) {
    }
}
