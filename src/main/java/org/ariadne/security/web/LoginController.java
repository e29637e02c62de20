package org.ariadne.security.web;

import java.util.Set;

import org.ariadne.security.OidcProperties;
import org.ariadne.security.SignInNotes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private static final Set<String> KNOWN_ERRORS = Set.of("bad", "locked", "disabled", "expired", "throttled");

    /** Why single sign-on refused someone (security.OidcSignIn, or the provider itself); each has a sentence. */
    private static final Set<String> REFUSALS = Set.of("unknown", "disabled", "expired", "provider");

    private final ObjectProvider<SignInNotes> notes;
    private final OidcProperties oidc;
    private final boolean localSignIn;

    LoginController(ObjectProvider<SignInNotes> notes, OidcProperties oidc,
            @Value("${ariadne.security.local-sign-in:true}") boolean localSignIn) {
        this.notes = notes;
        this.oidc = oidc;
        this.localSignIn = localSignIn;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("loginErrorKey", "login.error." + (KNOWN_ERRORS.contains(error) ? error : "bad"));
        }
        // the demo's accounts, or that it is still being written (the form would sign in to a half-loaded demo)
        model.addAttribute("notes", notes.getIfAvailable());
        signInWays(model);
        return "security/login";
    }

    /** The identity provider did not let the person in, or Ariadne does not know them: said in their language. */
    @GetMapping("/login/refused")
    String refused(@RequestParam(required = false) String reason, Model model) {
        model.addAttribute("refusalKey", "oidc.refused." + (reason != null && REFUSALS.contains(reason) ? reason : "provider"));
        signInWays(model);
        return "security/sign-in-refused";
    }

    private void signInWays(Model model) {
        model.addAttribute("localSignIn", localSignIn);
        model.addAttribute("singleSignOn", oidc.enabled() ? oidc.displayName() : null);
        model.addAttribute("singleSignOnPath", "/oauth2/authorization/" + OidcProperties.REGISTRATION);
    }
}
