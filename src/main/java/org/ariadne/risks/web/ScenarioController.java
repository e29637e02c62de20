package org.ariadne.risks.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.risks.ActivationCommand;
import org.ariadne.risks.RiskException;
import org.ariadne.risks.Risks;
import org.ariadne.risks.ScenarioCommand;
import org.ariadne.risks.ScenarioView;
import org.ariadne.risks.Scenarios;
import org.ariadne.risks.ServiceKind;
import org.ariadne.services.ServiceFilter;
import org.ariadne.services.Services;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's contingency scenarios: the list and each scenario's page (minimum package, affected activities, the
 * activation history) for everyone who reads the plan; the form for the office; activation and deactivation, with
 * the day and the reason, for the coordinator.
 */
@Controller
class ScenarioController {

    private static final String FORM = "risks/scenario-form";
    private static final String PAGE = "risks/scenario";
    private static final String FIELD = "risks.scenario.field.";
    /** The usual scenarios of seed 004, offered to a plan that has none yet. */
    private static final List<String> USUAL = List.of("pandemic", "migrant-influx", "natural-disaster", "budget-cut");

    private final Scenarios scenarios;
    private final Plans plans;
    private final Institutions institutions;
    private final FormSubmissions forms;
    private final MessageSource messages;
    private final Services directory;

    ScenarioController(Scenarios scenarios, Plans plans, Institutions institutions, FormSubmissions forms,
            MessageSource messages, Services directory) {
        this.directory = directory;
        this.scenarios = scenarios;
        this.plans = plans;
        this.institutions = institutions;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/scenarios")
    @PreAuthorize(Risks.READERS)
    String list(@PathVariable long planId, Model model) {
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("scenarios", scenarios.list(planId));
        return "risks/scenarios";
    }

    /**
     * Adds the usual four scenarios (pandemic, migrant influx, natural disaster, budget cut) to a plan that has none,
     * named in the user's language; the office then sets their packages. A button rather than the first opening of the
     * page, so that reading the page never writes and readers who may not write can open it too.
     */
    @PostMapping("/plans/{planId}/scenarios/usual")
    @PreAuthorize(Risks.EDITORS)
    String addUsual(@PathVariable long planId, Locale locale, RedirectAttributes redirect) {
        var usual = USUAL.stream().map(name -> ScenarioCommand.of(text("risks.usual." + name + ".name", locale),
                text("risks.usual." + name + ".triggers", locale), List.of(), List.of())).toList();
        if (forms.perform(redirect, () -> scenarios.addUsual(planId, usual))) {
            Flash.notice(redirect, "risks.scenario.usual-added");
        }
        return "redirect:/plans/" + planId + "/scenarios";
    }

    @GetMapping("/scenarios/{id}")
    @PreAuthorize(Risks.READERS)
    String page(@PathVariable long id, Model model) {
        return page(model, scenarios.get(id), null);
    }

    @GetMapping("/plans/{planId}/scenarios/new")
    @PreAuthorize(Risks.EDITORS)
    String newForm(@PathVariable long planId, Model model) {
        model.addAttribute("form", ScenarioCommand.empty());
        return form(model, planId, null, null);
    }

    @PostMapping("/plans/{planId}/scenarios/new")
    @PreAuthorize(Risks.EDITORS)
    String create(@PathVariable long planId, @Valid @ModelAttribute("form") ScenarioCommand form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submission(ScenarioCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(ScenarioController::field)
                .alsoChecking(() -> scenarios.check(planId, form))
                .create(() -> scenarios.create(planId, form), id -> {
                    Flash.notice(redirect, "risks.scenario.saved", form.name());
                    return "redirect:/scenarios/" + id;
                }, failure -> form(model, planId, null, failure));
    }

    @GetMapping("/scenarios/{id}/edit")
    @PreAuthorize(Risks.EDITORS)
    String editForm(@PathVariable long id, Model model) {
        var scenario = scenarios.get(id);
        model.addAttribute("version", scenario.version());
        model.addAttribute("form", scenario.toCommand());
        return form(model, scenario.planId(), scenario, null);
    }

    @PostMapping("/scenarios/{id}/edit")
    @PreAuthorize(Risks.EDITORS)
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") ScenarioCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var scenario = scenarios.get(id);
        model.addAttribute("version", version);
        return forms.submission(ScenarioCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(ScenarioController::field)
                .alsoChecking(() -> scenarios.check(scenario.planId(), form))
                .save(() -> scenarios.update(id, version, form), () -> {
                    Flash.notice(redirect, "risks.scenario.saved", form.name());
                    return "redirect:/scenarios/" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, scenario.planId(), scenario, failure);
                });
    }

    @PostMapping("/scenarios/{id}/delete")
    @PreAuthorize(Risks.EDITORS)
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        var scenario = scenarios.get(id);
        if (forms.perform(redirect, () -> scenarios.delete(id, version))) {
            Flash.notice(redirect, "risks.scenario.deleted", scenario.name());
            return "redirect:/plans/" + scenario.planId() + "/scenarios";
        }
        return "redirect:/scenarios/" + id;
    }

    @PostMapping("/scenarios/{id}/activate")
    @PreAuthorize(Scenarios.ACTIVATORS)
    String activate(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("activation") ActivationCommand activation, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(ActivationCommand.class, errors, model, locale).version(version)
                .fieldLabels("risks.activation.field.").refusalsAt(ScenarioController::field)
                .save(() -> scenarios.activate(id, version, activation), () -> {
                    Flash.notice(redirect, "risks.scenario.activated", scenarios.get(id).name());
                    return "redirect:/scenarios/" + id;
                }, failure -> page(model, scenarios.get(id), failure));
    }

    @PostMapping("/scenarios/{id}/deactivate")
    @PreAuthorize(Scenarios.ACTIVATORS)
    String deactivate(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("activation") ActivationCommand activation, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(ActivationCommand.class, errors, model, locale).version(version)
                .fieldLabels("risks.activation.field.").refusalsAt(ScenarioController::field)
                .save(() -> scenarios.deactivate(id, version, activation), () -> {
                    Flash.notice(redirect, "risks.scenario.deactivated", scenarios.get(id).name());
                    return "redirect:/scenarios/" + id;
                }, failure -> page(model, scenarios.get(id), failure));
    }

    private String page(Model model, ScenarioView scenario, FormFailure failure) {
        model.addAttribute("plan", plans.header(scenario.planId()));
        model.addAttribute("scenario", scenario);
        model.addAttribute("packageRows", PackageRow.of(scenario.services(), directory.list(ServiceFilter.none())));
        if (!model.containsAttribute("activation")) {
            model.addAttribute("activation", new ActivationCommand(null, ""));
        }
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return PAGE;
    }

    private String form(Model model, long planId, ScenarioView scenario, FormFailure failure) {
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("scenario", scenario);
        model.addAttribute("services", ServiceKind.values());
        var ofPlan = plans.choosableInstitutions(planId);
        model.addAttribute("providers", institutions.directory().all().stream().filter(i -> i.active())
                .filter(i -> ofPlan.test(i.id())).toList());
        model.addAttribute("activities", scenarios.activityChoices(planId));
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return FORM;
    }

    private static String field(org.ariadne.common.UserFacingException refused) {
        return refused instanceof RiskException risk ? risk.field() : null;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
