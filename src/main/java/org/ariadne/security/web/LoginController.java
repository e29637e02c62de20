package org.ariadne.security.web;

import java.util.Set;

import org.ariadne.security.SignInNotes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private static final Set<String> KNOWN_ERRORS = Set.of("bad", "locked", "disabled", "expired", "throttled");

    private final ObjectProvider<SignInNotes> notes;

    LoginController(ObjectProvider<SignInNotes> notes) {
        this.notes = notes;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("loginErrorKey", "login.error." + (KNOWN_ERRORS.contains(error) ? error : "bad"));
        }
        // the demo's accounts, or that it is still being written (the form would sign in to a half-loaded demo)
        model.addAttribute("notes", notes.getIfAvailable());
        return "security/login";
    }
}
