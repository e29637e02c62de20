package org.ariadne.plan.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.AdoptionCommand;
import org.ariadne.plan.PlanCode;
import org.ariadne.plan.PlanVersions;
import org.ariadne.plan.Plans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The versions of a plan: the list with the open revision (its dropped activities), a version read on its own,
 * the comparison of two versions, and the coordinator's adoption of a revision with the reasons for its changes.
 */
@Controller
@RequestMapping("/plans/{planId}/versions")
class VersionController {

    private static final String ADOPT = "plan/version-adopt";

    private final PlanVersions versions;
    private final Plans plans;
    private final Institutions institutions;
    private final FormSubmissions forms;

    VersionController(PlanVersions versions, Plans plans, Institutions institutions, FormSubmissions forms) {
        this.versions = versions;
        this.plans = plans;
        this.institutions = institutions;
        this.forms = forms;
    }

    @GetMapping
    String list(@PathVariable long planId, Model model) {
        var list = versions.list(planId);
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("versions", list);
        var revision = versions.revision(planId);
        model.addAttribute("revision", revision.orElse(null));
        if (revision.isPresent()) {
            model.addAttribute("tree", plans.tree(planId));
            model.addAttribute("changes", versions.pendingChanges(planId));
        }
        return "plan/versions";
    }

    @PostMapping("/revision")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR')")
    String start(@PathVariable long planId, RedirectAttributes redirect) {
        plans.header(planId);
        forms.perform(redirect, () -> {
            int number = versions.startRevision(planId);
            Flash.notice(redirect, "plan.version.started", number);
        });
        return "redirect:/plans/" + planId + "/versions";
    }

    @PostMapping("/revision/activities/{activityId}/drop")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR')")
    String drop(@PathVariable long planId, @PathVariable long activityId, RedirectAttributes redirect) {
        ofPlan(planId, activityId);
        if (forms.perform(redirect, () -> versions.drop(activityId))) {
            Flash.notice(redirect, "plan.version.activity-dropped", plans.activity(activityId).code());
        }
        return "redirect:/plans/" + planId + "/versions";
    }

    @PostMapping("/revision/activities/{activityId}/restore")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR')")
    String restore(@PathVariable long planId, @PathVariable long activityId, RedirectAttributes redirect) {
        ofPlan(planId, activityId);
        if (forms.perform(redirect, () -> versions.restore(activityId))) {
            Flash.notice(redirect, "plan.version.activity-restored", plans.activity(activityId).code());
        }
        return "redirect:/plans/" + planId + "/versions";
    }

    @GetMapping("/revision/adopt")
    @PreAuthorize("hasRole('COORDINATOR')")
    String adoptForm(@PathVariable long planId, Model model, RedirectAttributes redirect) {
        var revision = versions.revision(planId);
        if (revision.isEmpty()) {
            Flash.problem(redirect, "plan.version.error.no-revision");
            return "redirect:/plans/" + planId + "/versions";
        }
        model.addAttribute("form", AdoptionCommand.empty());
        model.addAttribute("version", revision.get().version());
        return adoptPage(planId, model);
    }

    @PostMapping("/revision/adopt")
    @PreAuthorize("hasRole('COORDINATOR')")
    String adopt(@PathVariable long planId, @RequestParam int version,
            @Valid @ModelAttribute("form") AdoptionCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var revision = versions.revision(planId);
        if (revision.isEmpty()) {
            Flash.problem(redirect, "plan.version.error.no-revision");
            return "redirect:/plans/" + planId + "/versions";
        }
        model.addAttribute("version", version);
        int number = revision.get().number();
        return forms.submission(AdoptionCommand.class, errors, model, locale).version(version)
                .fieldLabels(AdoptionCommand.FIELD_LABELS)
                .save(() -> versions.adopt(planId, version, form), () -> {
                    Flash.notice(redirect, "plan.version.adopted", number);
                    return "redirect:/plans/" + planId + "/versions/" + number;
                }, failure -> {
                    model.addAttribute("version", failure.version() != null ? failure.version() : version);
                    return failed(planId, model, failure);
                });
    }

    @GetMapping("/{number}")
    String version(@PathVariable long planId, @PathVariable int number, Model model) {
        var list = versions.list(planId);
        var tree = versions.tree(planId, number);
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("number", number);
        model.addAttribute("version", list.stream().filter(v -> v.number() == number).findFirst().orElse(null));
        model.addAttribute("versions", list);
        model.addAttribute("tree", tree);
        model.addAttribute("directory", institutions.directory());
        return "plan/version";
    }

    @GetMapping("/compare")
    String compare(@PathVariable long planId, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, Model model) {
        var list = versions.list(planId);
        int last = list.isEmpty() ? 1 : list.get(list.size() - 1).number();
        int older = from == null ? Math.max(1, last - 1) : from;
        int newer = to == null ? last : to;
        if (older < 1 || newer < 1 || older > last || newer > last) {
            throw NotFoundException.of("plan-version", Math.max(older, newer));
        }
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("versions", list);
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        model.addAttribute("changes", versions.compare(planId, older, newer));
        return "plan/version-compare";
    }

    private String adoptPage(long planId, Model model) {
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("revision", versions.revision(planId).orElseThrow());
        model.addAttribute("changes", versions.pendingChanges(planId));
        return ADOPT;
    }

    private String failed(long planId, Model model, FormFailure failure) {
        model.addAttribute("failure", failure);
        return adoptPage(planId, model);
    }

    private void ofPlan(long planId, long activityId) {
        if (plans.planOf(PlanCode.Kind.ACTIVITY, activityId) != planId) {
            throw NotFoundException.of("activity", activityId);
        }
    }
}
