package org.ariadne.finance.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.finance.ExchangeRateCommand;
import org.ariadne.finance.FinanceException;
import org.ariadne.finance.Funding;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The exchange rates the office records: read by everyone signed in, recorded by the coordinator and M&E officer. */
@Controller
class RateController {

    private static final String PAGE = "finance/rates";

    private final Funding funding;
    private final FormSubmissions forms;

    RateController(Funding funding, FormSubmissions forms) {
        this.funding = funding;
        this.forms = forms;
    }

    @GetMapping("/finance/rates")
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        model.addAttribute("form", ExchangeRateCommand.empty());
        return page(model);
    }

    @PostMapping("/finance/rates")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ME_OFFICER')")
    String record(@Valid @ModelAttribute("form") ExchangeRateCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        page(model);
        return forms.submission(ExchangeRateCommand.class, errors, model, locale)
                .refusalsAt(refused -> refused instanceof FinanceException finance ? finance.field() : null)
                .alsoChecking(() -> funding.checkRate(form))
                .create(() -> funding.recordRate(form), id -> {
                    Flash.notice(redirect, "finance.rate.saved", form.currency().strip().toUpperCase(Locale.ROOT));
                    return "redirect:/finance/rates";
                }, failure -> {
                    model.addAttribute("failure", failure);
                    return PAGE;
                });
    }

    @PostMapping("/finance/rates/{id}/delete")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ME_OFFICER')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        funding.deleteRate(id);
        Flash.notice(redirect, "finance.rate.deleted");
        return "redirect:/finance/rates";
    }

    private String page(Model model) {
        model.addAttribute("rates", funding.rateList());
        model.addAttribute("currency", funding.currency());
        return PAGE;
    }
}
