package org.ariadne.common.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after sign-in: each person lands on their own work. Focal points on their reports, the M&amp;E
 * officer and the coordinator on the reports waiting for their review or approval (the reporting page lists both),
 * the administrator on the accounts, victim-data officers on the victim register, the regional body's staff on the
 * comparison of the participants; everyone else on the plans, where reading begins.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home(HttpServletRequest request) {
        if (request.isUserInRole("FOCAL_POINT") || request.isUserInRole("ME_OFFICER")
                || request.isUserInRole("COORDINATOR")) {
            return "redirect:/reporting";
        }
        if (request.isUserInRole("ADMINISTRATOR")) {
            return "redirect:/admin/users";
        }
        if (request.isUserInRole("VICTIM_DATA_OFFICER")) {
            return "redirect:/victim-data/cases";
        }
        if (request.isUserInRole("REGIONAL_OFFICER")) {
            return "redirect:/regional";
        }
        return "redirect:/plans";
    }
}
