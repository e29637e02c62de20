package org.ariadne.reportingcycle.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.ariadne.common.ConflictException;
import org.ariadne.common.web.Flash;
import org.ariadne.plan.Plans;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.reportingcycle.ScheduleView;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
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
    private final Validator validator;
    private final Clock clock;

    ScheduleController(ReportingSchedules schedules, Plans plans, @Qualifier("mvcValidator") Validator validator,
            Clock clock) {
        this.schedules = schedules;
        this.plans = plans;
        this.validator = validator;
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
            @Valid @ModelAttribute("form") ScheduleCommand form, BindingResult errors, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            keepUnreadableInput(errors, request, model);
            return page(planId, version, model);
        }
        try {
            schedules.configure(planId, version, form);
        } catch (ConflictException changedMeanwhile) {
            // the user's input stays on the form; saving again replaces what the other person saved
            var current = schedules.schedule(planId).orElseThrow();
            model.addAttribute("conflict", current);
            return page(planId, current.version(), model);
        }
        Flash.notice(redirect, "schedule.saved");
        return "redirect:/reporting/plans/" + planId + "/schedule";
    }

    private String page(long planId, int version, Model model) {
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("started", schedules.schedule(planId).isPresent());
        model.addAttribute("version", version);
        model.addAttribute("periods", schedules.periods(planId));
        model.addAttribute("holidays", schedules.holidayList());
        model.addAttribute("periodLengths", PeriodLength.values());
        model.addAttribute("deadlineKinds", DeadlineRule.Kind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "reporting/schedule/form";
    }

    /**
     * A number that cannot be read ("five") leaves Spring without a command to show; this builds one from what can be
     * read and checks it, so the form shows every problem at once and every value as typed.
     */
    private void keepUnreadableInput(BindingResult errors, HttpServletRequest request, Model model) {
        if (errors.getTarget() != null) {
            return;
        }
        var form = new ScheduleCommand(Boolean.valueOf(request.getParameter("active")),
                choice(PeriodLength.class, request.getParameter("periodLength")),
                choice(DeadlineRule.Kind.class, request.getParameter("deadlineKind")),
                number(request.getParameter("deadlineDays")), number(request.getParameter("remindDaysBefore")));
        var rebuilt = new BeanPropertyBindingResult(form, "form");
        errors.getAllErrors().forEach(rebuilt::addError);
        var checked = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, checked);
        checked.getFieldErrors().stream().filter(error -> !errors.hasFieldErrors(error.getField()))
                .forEach(rebuilt::addError);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", rebuilt);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text) {
        try {
            return text == null ? null : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
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
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            if (errors.getTarget() == null) {
                model.addAttribute("form", ScheduleHolidayForm.empty());
                var rebuilt = new BeanPropertyBindingResult(ScheduleHolidayForm.empty(), "form");
                errors.getAllErrors().forEach(rebuilt::addError);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", rebuilt);
            }
            return holidaysPage(plan, model);
        }
        schedules.addHoliday(form.day(), form.name());
        Flash.notice(redirect, "schedule.holidays.added", form.name().strip(), form.day().toString());
        return redirectToHolidays(plan);
    }

    @PostMapping("/reporting/holidays/{id}/delete")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'ADMINISTRATOR')")
    String removeHoliday(@PathVariable long id, @RequestParam(required = false) Long plan, RedirectAttributes redirect) {
        schedules.removeHoliday(id);
        Flash.notice(redirect, "schedule.holidays.removed");
        return redirectToHolidays(plan);
    }

    private String holidaysPage(Long planId, Model model) {
        model.addAttribute("plan", planId == null ? null : plans.header(planId));
        model.addAttribute("holidays", schedules.holidayList());
        return "reporting/schedule/holidays";
    }

    private static String redirectToHolidays(Long planId) {
        return "redirect:/reporting/holidays" + (planId == null ? "" : "?plan=" + planId);
    }
}
