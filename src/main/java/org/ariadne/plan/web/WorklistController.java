package org.ariadne.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.plan.MatrixReviews;
import org.ariadne.plan.MatrixReviews.ReviewedActivity;
import org.ariadne.plan.Plans;
import org.ariadne.plan.WorklistEntry;
import org.ariadne.plan.WorklistReports;
import org.ariadne.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The worklist of an office account (M&E officer or coordinator): the activities they are responsible for, plan by
 * plan, with the status the latest accepted report gave, the report waiting for review that covers it and the latest
 * half-year rating, so they see what to collect and what to rate.
 */
@Controller
@PreAuthorize("hasAnyRole('ME_OFFICER','COORDINATOR')")
class WorklistController {

    private final Plans plans;
    private final ObjectProvider<MatrixReviews> reviews;
    private final ObjectProvider<WorklistReports> reports;
    private final Clock clock;

    WorklistController(Plans plans, ObjectProvider<MatrixReviews> reviews, ObjectProvider<WorklistReports> reports,
            Clock clock) {
        this.plans = plans;
        this.reviews = reviews;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * One plan's part of the worklist, with the latest rating of each activity that has one and the report waiting
     * for review that covers it, if any.
     */
    record PlanWork(long planId, String planTitle, List<WorklistEntry> activities, Map<Long, ReviewedActivity> rated,
            Map<Long, WorklistReports.NewReport> waiting) {
    }

    @GetMapping("/my/activities")
    String worklist(Model model) {
        var byPlan = new LinkedHashMap<Long, List<WorklistEntry>>();
        for (var entry : plans.myActivities()) {
            byPlan.computeIfAbsent(entry.planId(), id -> new java.util.ArrayList<>()).add(entry);
        }
        var source = reviews.getIfAvailable();
        var newReports = reports.getIfAvailable();
        var waiting = newReports == null ? Map.<Long, WorklistReports.NewReport>of()
                : newReports.waitingFor(byPlan.values().stream().flatMap(List::stream).map(WorklistEntry::activityId)
                        .toList());
        var work = byPlan.entrySet().stream().map(e -> new PlanWork(e.getKey(), e.getValue().get(0).planTitle(),
                e.getValue(), source == null || !source.mayRead() ? Map.of() : source.latest(e.getKey()),
                waiting)).toList();
        var today = LocalDate.now(clock);
        model.addAttribute("work", work);
        model.addAttribute("halfYear", today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2));
        model.addAttribute("username", CurrentUser.required().getUsername());
        return "plan/worklist";
    }
}
