package org.ariadne.plan.web;

import org.springframework.ui.Model;

/** The confirmation page before a deletion, saying what goes with the element. */
final class Deletion {

    static final String PAGE = "plan/delete";

    private Deletion() {
    }

    static String confirm(Model model, PlanPlace place, String label, String action, String impactKey,
            Object... impactArguments) {
        model.addAttribute("place", place);
        model.addAttribute("label", label);
        model.addAttribute("action", action);
        model.addAttribute("impactKey", impactKey);
        model.addAttribute("impactArguments", impactArguments);
        return PAGE;
    }
}
