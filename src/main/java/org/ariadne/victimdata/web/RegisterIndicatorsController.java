package org.ariadne.victimdata.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.ariadne.victimdata.RegisterIndicatorCommand;
import org.ariadne.victimdata.RegisterIndicators;
import org.ariadne.victimdata.RegisterMeasure;
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
 * The plan indicators computed from the victim register, with their exact figures per quarter and what the report is
 * offered of each (the disclosure rule's verdict); the M&amp;E officer links an indicator to a count of the register
 * and unlinks it. The office, the coordinator and victim-data officers read it; members never (they see the accepted
 * values on the dashboards, as suppressed aggregates).
 */
@Controller
class RegisterIndicatorsController {

    static final String PATH = "/victim-data/statistics/indicators";

    private final RegisterIndicators indicators;
    private final DisclosureControl disclosure;
    private final FormSubmissions forms;
    private final Clock clock;

    RegisterIndicatorsController(RegisterIndicators indicators, DisclosureControl disclosure, FormSubmissions forms,
            Clock clock) {
        this.indicators = indicators;
        this.disclosure = disclosure;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'VICTIM_DATA_OFFICER')")
    String page(@RequestParam(required = false) String year, Model model) {
        model.addAttribute("form", RegisterIndicatorCommand.empty());
        return page(model, year(year), null);
    }

    @PostMapping(PATH)
    @PreAuthorize("hasRole('ME_OFFICER')")
    String link(@Valid @ModelAttribute("form") RegisterIndicatorCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(RegisterIndicatorCommand.class, errors, model, locale)
                .fieldLabels("victimdata.indicator.field.")
                .refusalsAt(refused -> refused instanceof org.ariadne.victimdata.VictimDataException v ? v.field() : null)
                .create(() -> indicators.link(form), id -> {
                    Flash.notice(redirect, "victimdata.indicator.linked");
                    return "redirect:" + PATH + "#link-" + id;
                }, failure -> page(model, LocalDate.now(clock).getYear(), failure));
    }

    @PostMapping(PATH + "/{id}/delete")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String unlink(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> indicators.unlink(id, version))) {
            Flash.notice(redirect, "victimdata.indicator.unlinked");
        }
        return "redirect:" + PATH;
    }

    private String page(Model model, int year, FormFailure failure) {
        model.addAttribute("year", year);
        model.addAttribute("links", indicators.links(year));
        model.addAttribute("measures", RegisterMeasure.values());
        model.addAttribute("threshold", disclosure.threshold());
        if (CurrentUser.has(Role.ME_OFFICER)) {
            model.addAttribute("choices", indicators.choices());
        }
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "victimdata/indicators";
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
