package org.ariadne.api.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.api.ApiTokenCommand;
import org.ariadne.api.ApiTokenException;
import org.ariadne.api.ApiTokens;
import org.ariadne.api.TokenScope;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormSubmissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own API tokens, on their account: make one (shown once, right after), see them, revoke one. Only the
 * owner ever sees a token's list; the administrator sees who made and revoked which in the audit trail.
 */
@Controller
@RequestMapping("/account/tokens")
@PreAuthorize("isAuthenticated()")
class ApiTokenController {

    private static final String PAGE = "api/tokens";
    static final String CREATED = "createdToken";

    private final ApiTokens tokens;
    private final FormSubmissions forms;

    ApiTokenController(ApiTokens tokens, FormSubmissions forms) {
        this.tokens = tokens;
        this.forms = forms;
    }

    @GetMapping
    String tokens(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ApiTokenCommand.empty(tokens.suggestedExpiry()));
        }
        return page(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ApiTokenCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.submission(ApiTokenCommand.class, errors, model, locale).fieldLabels("api.token.field.")
                .refusalsAt(ApiTokenException::fieldOf)
                .alsoChecking(() -> tokens.check(form))
                .create(() -> tokens.create(form), created -> {
                    // the token goes to the next page only, in the session's flash map; it is stored nowhere else
                    redirect.addFlashAttribute(CREATED, created);
                    return "redirect:/account/tokens";
                }, failure -> page(model, failure));
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> tokens.revoke(id))) {
            Flash.notice(redirect, "api.token.revoked");
        }
        return "redirect:/account/tokens";
    }

    private String page(Model model, FormFailure failure) {
        model.addAttribute("failure", failure);
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("scopes", TokenScope.values());
        model.addAttribute("maxDays", tokens.maxTokenDays());
        return PAGE;
    }
}
