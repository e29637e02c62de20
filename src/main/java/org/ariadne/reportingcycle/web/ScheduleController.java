package org.ariadne.reportingcycle.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.plan.Plans;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.reportingcycle.ScheduleView;
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
 * A plan's reporting settings (period length, deadline rule, reminders) with the periods and deadlines they give,
 * and the public holidays that working-day deadlines skip. Only the M&E officer sets reporting; holidays are also
 * kept by the administrator.
 */
@Controller
class ScheduleController {

    /** What a plan reports on until the officer decides otherwise: quarterly, 15 days after the quarter (seed 002). */
    static final ScheduleCommand DEFAULT = new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
            15, 5);

    private final ReportingSchedules schedules;
    private final Plans plans;
    private final FormSubmissions forms;
    private final Clock clock;

    ScheduleController(ReportingSchedules schedules, Plans plans, FormSubmissions forms, Clock clock) {
        this.schedules = schedules;
        this.plans = plans;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/reporting/plans/{planId}/schedule")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String schedule(@PathVariable long planId, Model model) {
        var saved = schedules.schedule(planId);
        model.addAttribute("form", saved.map(ScheduleView::toCommand).orElse(DEFAULT));
        return page(planId, saved.map(ScheduleView::version).orElse(0), model);
    }

    @PostMapping("/reporting/plans/{planId}/schedule")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String save(@PathVariable long planId, @RequestParam(defaultValue = "0") int version,
            @Valid @ModelAttribute("form") ScheduleCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.submission(ScheduleCommand.class, errors, model, locale).version(version)
                .save(() -> schedules.configure(planId, version, form), () -> {
                    Flash.notice(redirect, "schedule.saved");
                    return "redirect:/reporting/plans/" + planId + "/schedule";
                }, failure -> {
                    if (failure.conflict() != null) {
                        // the user's input stays on the form, beside what is saved now; saving again replaces it
                        model.addAttribute("conflict", schedules.schedule(planId).orElseThrow());
                    }
                    model.addAttribute("failure", failure);
                    return page(planId, failure.version(), model);
                });
    }

    private String page(long planId, int version, Model model) {
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("started", schedules.schedule(planId).isPresent());
        model.addAttribute("version", version);
        model.addAttribute("periods", schedules.periods(planId));
        model.addAttribute("holidays", schedules.holidayList(planId));
        model.addAttribute("periodLengths", PeriodLength.values());
        model.addAttribute("deadlineKinds", DeadlineRule.Kind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "reporting/schedule/form";
    }

    // ---- public holidays ----

    @GetMapping("/reporting/holidays")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'ADMINISTRATOR')")
    String holidays(@RequestParam(required = false) Long plan, Model model) {
        model.addAttribute("form", ScheduleHolidayForm.empty());
        return holidaysPage(plan, model);
    }

    @PostMapping("/reporting/holidays")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'ADMINISTRATOR')")
    String addHoliday(@RequestParam(required = false) Long plan, @Valid @ModelAttribute("form") ScheduleHolidayForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submission(ScheduleHolidayForm.class, errors, model, locale)
                .save(() -> schedules.addHoliday(form.day(), form.name()), () -> {
                    Flash.notice(redirect, "schedule.holidays.added", form.name().strip(), form.day().toString());
                    return redirectToHolidays(plan);
                }, failure -> {
                    model.addAttribute("failure", failure);
                    return holidaysPage(plan, model);
                });
    }

    @PostMapping("/reporting/holidays/{id}/delete")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'ADMINISTRATOR')")
    String removeHoliday(@PathVariable long id, @RequestParam(required = false) Long plan, RedirectAttributes redirect) {
        schedules.removeHoliday(id);
        Flash.notice(redirect, "schedule.holidays.removed");
        return redirectToHolidays(plan);
    }

    private String holidaysPage(Long planId, Model model) {
        // a plan of another participant named in the address is not there (issue 19)
        model.addAttribute("plan", planId == null || !schedules.seesPlan(planId) ? null : plans.header(planId));
        model.addAttribute("holidays", schedules.holidayList());
        return "reporting/schedule/holidays";
    }

    private static String redirectToHolidays(Long planId) {
        return "redirect:/reporting/holidays" + (planId == null ? "" : "?plan=" + planId);
    }
}
