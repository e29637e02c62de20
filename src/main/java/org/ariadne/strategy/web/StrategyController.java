package org.ariadne.strategy.web;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.strategy.Strategies;
import org.ariadne.strategy.StrategyCommand;
import org.ariadne.strategy.StrategyException;
import org.ariadne.strategy.StrategyKind;
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

/** Strategies: the list, a strategy with its plans in sequence and its continuing indicators, the form. */
@Controller
@RequestMapping("/strategies")
class StrategyController {

    private static final String FORM = "strategy/form";
    private static final String FIELD_LABELS = "strategy.field.";

    private final Strategies strategies;
    private final FormSubmissions forms;
    private final Clock clock;

    StrategyController(Strategies strategies, FormSubmissions forms, Clock clock) {
        this.strategies = strategies;
        this.forms = forms;
        this.clock = clock;
    }

    @ModelAttribute("kinds")
    StrategyKind[] kinds() {
        return StrategyKind.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("strategies", strategies.list());
        return "strategy/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var strategy = strategies.get(id);
        model.addAttribute("strategy", strategy);
        model.addAttribute("history", strategies.indicatorHistory(id));
        model.addAttribute("available", strategies.plansWithoutStrategy(id));
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(strategy.startYear(), strategy.endYear())
                .boxed().toList());
        return "strategy/strategy";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newForm(Model model) {
        model.addAttribute("form", StrategyCommand.empty(Year.now(clock).getValue()));
        return FORM;
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(@Valid @ModelAttribute("form") StrategyCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.submission(StrategyCommand.class, errors, model, locale).fieldLabels(FIELD_LABELS)
                .refusalsAt(StrategyController::fieldOf)
                .save(() -> {
                    long id = strategies.create(form);
                    model.addAttribute("created", id);
                }, () -> {
                    Flash.notice(redirect, "strategy.saved", form.title());
                    return "redirect:/strategies/" + model.getAttribute("created");
                }, failure -> failed(model, failure));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String editForm(@PathVariable long id, Model model) {
        var strategy = strategies.get(id);
        model.addAttribute("strategy", strategy);
        model.addAttribute("version", strategy.version());
        model.addAttribute("form", strategy.toCommand());
        return FORM;
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") StrategyCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        model.addAttribute("strategy", strategies.get(id));
        model.addAttribute("version", version);
        return forms.submission(StrategyCommand.class, errors, model, locale).version(version)
                .fieldLabels(FIELD_LABELS).refusalsAt(StrategyController::fieldOf)
                .save(() -> strategies.update(id, version, form), () -> {
                    Flash.notice(redirect, "strategy.saved", form.title());
                    return "redirect:/strategies/" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version() != null ? failure.version() : version);
                    return failed(model, failure);
                });
    }

    @PostMapping("/{id}/plans")
    @PreAuthorize("hasRole('COORDINATOR')")
    String addPlan(@PathVariable long id, @RequestParam(required = false) Long planId, RedirectAttributes redirect) {
        strategies.get(id);
        if (planId == null) {
            Flash.problem(redirect, "strategy.error.choose-plan");
        } else if (forms.perform(redirect, () -> strategies.addPlan(id, planId))) {
            Flash.notice(redirect, "strategy.plan-added");
        }
        return "redirect:/strategies/" + id;
    }

    @PostMapping("/{id}/plans/{planId}/remove")
    @PreAuthorize("hasRole('COORDINATOR')")
    String removePlan(@PathVariable long id, @PathVariable long planId, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> strategies.removePlan(id, planId))) {
            Flash.notice(redirect, "strategy.plan-removed");
        }
        return "redirect:/strategies/" + id;
    }

    private static String fieldOf(org.ariadne.common.UserFacingException refusal) {
        return refusal instanceof StrategyException strategy && !"planId".equals(strategy.field()) ? strategy.field()
                : null;
    }

    private static String failed(Model model, FormFailure failure) {
        model.addAttribute("failure", failure);
        return FORM;
    }
}
