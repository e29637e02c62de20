package org.ariadne.finance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ariadne.common.web.FileDownload;
import org.ariadne.finance.FundingPosition;
import org.ariadne.finance.Funding;
import org.ariadne.plan.Plans;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan's finance page (funding gap per objective, year and activity with the commitments, the donor round, what
 * each donor funds, the state-budget and NGO shares, the commitments themselves) and the donor round's download.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class FinanceController {

    private final Funding funding;
    private final Plans plans;
    private final MessageSource messages;

    FinanceController(Funding funding, Plans plans, MessageSource messages) {
        this.funding = funding;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/finance")
    String page(@PathVariable long planId, @RequestParam(required = false) Integer year, Model model) {
        var position = funding.position(planId, year);
        model.addAttribute("position", position);
        model.addAttribute("plan", position.plan());
        model.addAttribute("commitments", funding.commitments(planId));
        model.addAttribute("activities", plans.tree(planId).activities()
                .collect(Collectors.toMap(a -> a.id(), a -> a.code() + " " + a.title())));
        return "finance/page";
    }

    @GetMapping("/plans/{planId}/finance/donor-round.{format:csv|xlsx}")
    ResponseEntity<byte[]> donorRound(@PathVariable long planId, @PathVariable String format,
            @RequestParam(required = false) Integer year, Locale locale) {
        var position = funding.position(planId, year);
        var header = List.of("priority", "objective", "code", "activity", "lead", "status", "planned",
                "typed-secured", "committed", "secured", "gap", "currency", "funders").stream()
                .map(key -> text("finance.export." + key, locale)).toList();
        var rows = new ArrayList<List<Object>>();
        int priority = 0;
        for (var activity : position.donorRound()) {
            var funders = position.donors().stream()
                    .filter(d -> d.funded().stream().anyMatch(f -> f.activityCode().equals(activity.code())))
                    .map(FundingPosition.DonorFunds::funder).collect(Collectors.joining("; "));
            rows.add(java.util.Arrays.asList(++priority, activity.objectiveCode(), activity.code(), activity.title(),
                    activity.lead(), text(activity.status().messageKey(), locale), amount(activity.planned()),
                    amount(activity.typedSecured()), amount(activity.committed()), amount(activity.secured()),
                    amount(activity.gap()), position.currency(), funders));
        }
        var period = position.year() != null ? Integer.toString(position.year())
                : position.plan().startYear() + "-" + position.plan().endYear();
        return FileDownload.table(format, "donor-round-" + planId + "-" + period,
                text("finance.round.title", locale), header, rows);
    }

    /** What each funder already funds: one row per allocation, in its currency and converted. */
    @GetMapping("/plans/{planId}/finance/donor-funds.{format:csv|xlsx}")
    ResponseEntity<byte[]> donorFunds(@PathVariable long planId, @PathVariable String format,
            @RequestParam(required = false) Integer year, Locale locale) {
        var position = funding.position(planId, year);
        var header = List.of("funder", "source", "reference", "code", "activity", "year", "amount", "currency",
                "converted").stream().map(key -> text("finance.funds." + key, locale, position.currency())).toList();
        var rows = new ArrayList<List<Object>>();
        for (var donor : position.donors()) {
            for (var funded : donor.funded()) {
                rows.add(java.util.Arrays.asList(donor.funder(), text(donor.source().messageKey(), locale),
                        funded.reference(), funded.activityCode(), funded.activityTitle(), funded.year(),
                        amount(funded.amount()), funded.currency(),
                        funded.converted() == null ? text("finance.no-rate", locale) : amount(funded.converted())));
            }
        }
        return FileDownload.table(format, "donor-funds-" + planId, text("finance.donors.title", locale), header, rows);
    }

    private static BigDecimal amount(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
