package org.ariadne.regional.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.plan.Direction;
import org.ariadne.regional.RegionalException;
import org.ariadne.regional.RegionalIndicatorCommand;
import org.ariadne.regional.RegionalIndicatorView;
import org.ariadne.regional.RegionalIndicators;
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

/** The regional indicator set: its list and the regional officer's form. */
@Controller
@PreAuthorize(RegionalIndicators.KEEPERS)
class RegionalIndicatorController {

    private static final String FORM = "regional/indicator-form";

    private final RegionalIndicators indicators;
    private final FormSubmissions forms;

    RegionalIndicatorController(RegionalIndicators indicators, FormSubmissions forms) {
        this.indicators = indicators;
        this.forms = forms;
    }

    @GetMapping("/regional/indicators")
    String list(Model model) {
        model.addAttribute("indicators", indicators.list());
        return "regional/indicators";
    }

    @GetMapping("/regional/indicators/new")
    String newForm(Model model) {
        model.addAttribute("form", RegionalIndicatorCommand.empty());
        return form(model, null, null);
    }

    @PostMapping("/regional/indicators/new")
    String create(@Valid @ModelAttribute("form") RegionalIndicatorCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(RegionalIndicatorCommand.class, errors, model, locale).fieldLabels("regional.field.")
                .refusalsAt(RegionalIndicatorController::field)
                .alsoChecking(() -> indicators.check(null, form))
                .create(() -> indicators.create(form), id -> {
                    Flash.notice(redirect, "regional.indicator.saved");
                    return "redirect:/regional/indicators#regional-indicator-" + id;
                }, failure -> form(model, null, failure));
    }

    @GetMapping("/regional/indicators/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        var indicator = indicators.get(id);
        model.addAttribute("version", indicator.version());
        model.addAttribute("form", indicator.toCommand());
        return form(model, indicator, null);
    }

    @PostMapping("/regional/indicators/{id}/edit")
    String update(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("form") RegionalIndicatorCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        var indicator = indicators.get(id);
        model.addAttribute("version", version);
        return forms.submission(RegionalIndicatorCommand.class, errors, model, locale).version(version)
                .fieldLabels("regional.field.").refusalsAt(RegionalIndicatorController::field)
                .alsoChecking(() -> indicators.check(id, form))
                .save(() -> indicators.update(id, version, form), () -> {
                    Flash.notice(redirect, "regional.indicator.saved");
                    return "redirect:/regional/indicators#regional-indicator-" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, indicator, failure);
                });
    }

    private String form(Model model, RegionalIndicatorView indicator, FormFailure failure) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("directions", Direction.values());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return FORM;
    }

    private static String field(UserFacingException refused) {
        return refused instanceof RegionalException regional ? regional.field() : null;
    }
}
