package org.ariadne.security.web;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private static final Set<String> KNOWN_ERRORS = Set.of("bad", "locked", "disabled", "expired", "throttled");

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("loginErrorKey", "login.error." + (KNOWN_ERRORS.contains(error) ? error : "bad"));
        }
        return "security/login";
    }
}
