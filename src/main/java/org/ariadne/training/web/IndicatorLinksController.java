package org.ariadne.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.ariadne.training.IndicatorLinkCommand;
import org.ariadne.training.TargetGroup;
import org.ariadne.training.TrainingAccess;
import org.ariadne.training.TrainingIndicators;
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
 * The plan indicators computed from the training register, with their figures per quarter; the M&amp;E officer links
 * an indicator (and a target group) and unlinks it. How the figure reaches progress is said on the page: through the
 * report of the institution responsible, pre-filled, submitted and accepted.
 */
@Controller
class IndicatorLinksController {

    private final TrainingIndicators indicators;
    private final Institutions institutions;
    private final FormSubmissions forms;
    private final Clock clock;

    IndicatorLinksController(TrainingIndicators indicators, Institutions institutions, FormSubmissions forms,
            Clock clock) {
        this.indicators = indicators;
        this.institutions = institutions;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/trainings/indicators")
    @PreAuthorize(TrainingAccess.OFFICE)
    String page(@RequestParam(required = false) String year, Model model) {
        model.addAttribute("form", IndicatorLinkCommand.empty());
        return page(model, year(year), null);
    }

    @PostMapping("/trainings/indicators")
    @PreAuthorize(TrainingAccess.OFFICER)
    String link(@Valid @ModelAttribute("form") IndicatorLinkCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(IndicatorLinkCommand.class, errors, model, locale).fieldLabels("training.field.")
                .refusalsAt(TrainingController::field)
                .create(() -> indicators.link(form), id -> {
                    Flash.notice(redirect, "training.indicator.linked");
                    return "redirect:/trainings/indicators#link-" + id;
                }, failure -> page(model, LocalDate.now(clock).getYear(), failure));
    }

    @PostMapping("/trainings/indicator-links/{id}/delete")
    @PreAuthorize(TrainingAccess.OFFICER)
    String unlink(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> indicators.unlink(id, version))) {
            Flash.notice(redirect, "training.indicator.unlinked");
        }
        return "redirect:/trainings/indicators";
    }

    private String page(Model model, int year, FormFailure failure) {
        model.addAttribute("year", year);
        model.addAttribute("links", indicators.links(year));
        model.addAttribute("directory", institutions.directory());
        model.addAttribute("targetGroups", TargetGroup.values());
        if (CurrentUser.has(Role.ME_OFFICER)) {
            model.addAttribute("choices", indicators.choices());
        }
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "training/indicators";
    }

    private int year(String text) {
        try {
            int year = text == null || text.isBlank() ? LocalDate.now(clock).getYear() : Integer.parseInt(text.strip());
            return year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        } catch (NumberFormatException unreadable) {
            return LocalDate.now(clock).getYear();
        }
    }
}
