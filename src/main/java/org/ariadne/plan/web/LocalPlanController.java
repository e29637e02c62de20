package org.ariadne.plan.web;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.web.Flash;
import org.ariadne.institutions.TerritorialUnits;
import org.ariadne.plan.LocalPlans;
import org.ariadne.plan.Plans;
import org.ariadne.plan.TerritorialScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's place (issue 19): the region or municipality it belongs to and the national plan it follows, and for a
 * local plan the national objective each of its objectives and activities contributes to.
 */
@Controller
class LocalPlanController {

    private final Plans plans;
    private final LocalPlans local;
    private final TerritorialUnits units;
    private final TerritorialScope scope;

    LocalPlanController(Plans plans, LocalPlans local, TerritorialUnits units, TerritorialScope scope) {
        this.plans = plans;
        this.local = local;
        this.units = units;
        this.scope = scope;
    }

    @GetMapping("/plans/{planId}/local")
    String page(@PathVariable long planId, Model model) {
        var placement = local.placement(planId);
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("placement", placement);
        model.addAttribute("units", units.list());
        model.addAttribute("nationalPlans", local.nationalPlans(planId));
        model.addAttribute("mappings", placement.local() ? local.mappings(planId) : java.util.List.of());
        model.addAttribute("targets", placement.nationalPlanId() == null ? java.util.List.of()
                : local.nationalObjectives(placement.nationalPlanId()));
        model.addAttribute("localPlans", placement.local() ? java.util.List.of() : local.localPlansOf(planId));
        model.addAttribute("canMap", scope.manages(planId));
        return "plan/local";
    }

    @PostMapping("/plans/{planId}/local/placement")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String place(@PathVariable long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long nationalPlanId, RedirectAttributes redirect) {
        try {
            local.place(planId, unitId, nationalPlanId);
            Flash.notice(redirect, "plan.local.placement.saved");
        } catch (UserFacingException refused) {
            Flash.problem(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/plans/" + planId + "/local";
    }

    // who manages the element's plan (the M&E officer, the plan's local coordinator): LocalPlans checks the plan
    @PostMapping("/plans/{planId}/local/mapping")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'LOCAL_COORDINATOR')")
    String map(@PathVariable long planId, @RequestParam LocalPlans.ElementKind kind, @RequestParam long elementId,
            @RequestParam(required = false) String target, RedirectAttributes redirect) {
        try {
            local.map(kind, elementId, target);
            Flash.notice(redirect, "plan.local.mapping.saved");
        } catch (UserFacingException refused) {
            Flash.problem(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/plans/" + planId + "/local#" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + elementId;
    }
}
