package org.ariadne.risks.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.format.Formats;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.risks.RiskCategory;
import org.ariadne.risks.RiskCommand;
import org.ariadne.risks.RiskException;
import org.ariadne.risks.RiskLevel;
import org.ariadne.risks.RiskStatus;
import org.ariadne.risks.RiskView;
import org.ariadne.risks.Risks;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
 * A plan's risk register: the heat map and the filterable list (with its CSV and Excel downloads) for everyone who
 * reads the plan; the form to record, change and delete a risk, and marking a risk reviewed, for the office. A form
 * that cannot be saved comes back with every reason, each naming its field, and the input as typed.
 */
@Controller
class RiskController {

    private static final String FORM = "risks/form";
    private static final String FIELD = "risks.field.";

    private final Risks risks;
    private final Plans plans;
    private final Institutions institutions;
    private final FormSubmissions forms;
    private final MessageSource messages;
    private final Clock clock;

    RiskController(Risks risks, Plans plans, Institutions institutions, FormSubmissions forms, MessageSource messages,
            Clock clock) {
        this.risks = risks;
        this.plans = plans;
        this.institutions = institutions;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/plans/{planId}/risks")
    @PreAuthorize(Risks.READERS)
    String list(@PathVariable long planId, @ModelAttribute("query") RiskQuery query, Model model) {
        var filter = query.filter();
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("risks", risks.list(planId, filter));
        model.addAttribute("heatMap", risks.heatMap(planId));
        model.addAttribute("filter", filter);
        model.addAttribute("categories", RiskCategory.values());
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("statuses", RiskStatus.values());
        var ofPlan = plans.choosableInstitutions(planId);
        model.addAttribute("owners", institutions.directory().all().stream()
                .filter(institution -> ofPlan.test(institution.id())).toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "risks/list";
    }

    @GetMapping("/plans/{planId}/risks.{format:csv|xlsx}")
    @PreAuthorize(Risks.READERS)
    ResponseEntity<byte[]> download(@PathVariable long planId, @PathVariable String format,
            @ModelAttribute("query") RiskQuery query, Locale locale) {
        var plan = plans.header(planId);
        var formats = Formats.of(locale);
        var header = List.of(text("risks.field.element", locale), text("risks.field.description", locale),
                text("risks.field.category", locale), text("risks.field.likelihood", locale),
                text("risks.field.impact", locale), text("risks.column.score", locale),
                text("risks.column.level", locale), text("risks.field.mitigation", locale),
                text("risks.field.ownerId", locale), text("risks.field.status", locale),
                text("risks.field.nextReview", locale), text("risks.column.last-reviewed", locale));
        var rows = new ArrayList<List<?>>();
        for (var risk : risks.list(planId, query.filter())) {
            rows.add(java.util.Arrays.asList(risk.element() == null ? "" : risk.element().label(), risk.description(),
                    text(risk.category().messageKey(), locale), risk.likelihood(), risk.impact(), risk.score(),
                    text(risk.level().messageKey(), locale), nullToEmpty(risk.mitigation()),
                    nullToEmpty(risk.ownerName()), text(risk.status().messageKey(), locale),
                    risk.nextReview() == null ? "" : formats.date(risk.nextReview()),
                    risk.lastReviewed() == null ? "" : formats.date(risk.lastReviewed())));
        }
        return FileDownload.table(format, FileDownload.fileStem(plan.title(), 60) + "-risks-" + LocalDate.now(clock),
                text("risks.title", locale), header, rows);
    }

    @GetMapping("/plans/{planId}/risks/new")
    @PreAuthorize(Risks.EDITORS)
    String newForm(@PathVariable long planId, @RequestParam(required = false) String element, Model model) {
        model.addAttribute("form", RiskCommand.empty(element));
        return form(model, planId, null, null);
    }

    @PostMapping("/plans/{planId}/risks/new")
    @PreAuthorize(Risks.EDITORS)
    String create(@PathVariable long planId, @Valid @ModelAttribute("form") RiskCommand form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submission(RiskCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(RiskController::field)
                .alsoChecking(() -> risks.check(planId, form))
                .create(() -> risks.create(planId, form), id -> {
                    Flash.notice(redirect, "risks.saved");
                    return "redirect:/plans/" + planId + "/risks#risk-" + id;
                }, failure -> form(model, planId, null, failure));
    }

    @GetMapping("/risks/{id}/edit")
    @PreAuthorize(Risks.EDITORS)
    String editForm(@PathVariable long id, Model model) {
        var risk = risks.get(id);
        model.addAttribute("version", risk.version());
        model.addAttribute("form", risk.toCommand());
        return form(model, risk.planId(), risk, null);
    }

    @PostMapping("/risks/{id}/edit")
    @PreAuthorize(Risks.EDITORS)
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") RiskCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var risk = risks.get(id);
        model.addAttribute("version", version);
        return forms.submission(RiskCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(RiskController::field)
                .alsoChecking(() -> risks.check(risk.planId(), form))
                .save(() -> risks.update(id, version, form), () -> {
                    Flash.notice(redirect, "risks.saved");
                    return "redirect:/plans/" + risk.planId() + "/risks#risk-" + id;
                }, failure -> {
                    // after a conflict, sending the form again means "I have seen their change, keep mine"
                    model.addAttribute("version", failure.version());
                    return form(model, risk.planId(), risk, failure);
                });
    }

    @PostMapping("/risks/{id}/delete")
    @PreAuthorize(Risks.EDITORS)
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        long planId = risks.planOf(id);
        if (forms.perform(redirect, () -> risks.delete(id, version))) {
            Flash.notice(redirect, "risks.deleted");
            return "redirect:/plans/" + planId + "/risks";
        }
        return "redirect:/risks/" + id + "/edit";
    }

    /**
     * Marks a risk reviewed today with the date of its next review; back where the officer came from (the register
     * or the half-year review), told there when the date is missing or not after today.
     */
    @PostMapping("/risks/{id}/reviewed")
    @PreAuthorize(Risks.EDITORS)
    String reviewed(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) String nextReview, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        long planId = risks.planOf(id);
        LocalDate next;
        try {
            next = nextReview == null || nextReview.isBlank() ? null : LocalDate.parse(nextReview.strip());
        } catch (java.time.format.DateTimeParseException unreadable) {
            next = null;
        }
        var chosen = next;
        if (forms.perform(redirect, () -> risks.markReviewed(id, version, chosen))) {
            Flash.notice(redirect, "risks.reviewed");
        }
        return "redirect:" + backTo(back, planId) + "#risk-" + id;
    }

    /** Only a page of this application, never another site: the review screen or the register. */
    private static String backTo(String back, long planId) {
        if (back != null && back.matches("/plans/" + planId + "/(review|risks)(\\?[A-Za-z0-9=&%._-]*)?")) {
            return back;
        }
        return "/plans/" + planId + "/risks";
    }

    private String form(Model model, long planId, RiskView risk, FormFailure failure) {
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("risk", risk);
        model.addAttribute("elements", risks.elementChoices(planId));
        model.addAttribute("owners", institutions.directory().all().stream().filter(i -> i.active()
                || (risk != null && Long.valueOf(i.id()).equals(risk.ownerId()))).toList());
        model.addAttribute("categories", RiskCategory.values());
        model.addAttribute("statuses", RiskStatus.values());
        model.addAttribute("scale", List.of(1, 2, 3, 4, 5));
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

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
