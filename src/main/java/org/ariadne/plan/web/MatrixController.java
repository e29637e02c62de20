package org.ariadne.plan.web;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ThematicArea;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The monitoring matrix of a plan with its filters. The filter form is a plain GET: without JavaScript it
 * reloads the page, with htmx only the table is replaced and the address keeps the filters for bookmarks.
 */
@Controller
class MatrixController {

    private final Plans plans;
    private final Institutions institutions;

    MatrixController(Plans plans, Institutions institutions) {
        this.plans = plans;
        this.institutions = institutions;
    }

    /** A filter that cannot be read (an old bookmark, a renamed area) shows the whole matrix instead of failing. */
    @GetMapping("/plans/{id}/matrix")
    String matrix(@PathVariable long id, @ModelAttribute("query") MatrixQuery query, BindingResult unreadable,
            Model model) {
        if (unreadable.hasErrors()) {
            query = new MatrixQuery(null, null, null, null);
            model.addAttribute("query", query);
        }
        model.addAttribute("plan", plans.header(id));
        model.addAttribute("rows", plans.matrix(id, query.filter()));
        model.addAttribute("directory", institutions.directory());
        model.addAttribute("areas", ThematicArea.values());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("notReported", MatrixQuery.NOT_REPORTED);
        return "plan/matrix";
    }
}
