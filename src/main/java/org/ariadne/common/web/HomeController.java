package org.ariadne.common.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in: the plans, where all work begins. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/plans";
    }
}
