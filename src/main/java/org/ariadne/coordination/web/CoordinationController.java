package org.ariadne.coordination.web;

import java.time.Clock;
import java.time.LocalDate;

import org.ariadne.coordination.ActionFilter;
import org.ariadne.coordination.Agreements;
import org.ariadne.coordination.CommitteeReports;
import org.ariadne.coordination.FollowUpActions;
import org.ariadne.coordination.Meetings;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The office's coordination overview: follow-up actions overdue and due soon, agreements to renew, committees with
 * months missing, the latest meetings. Focal points see their institution's share; agreements only the office and
 * members.
 */
@Controller
class CoordinationController {

    private final Meetings meetings;
    private final FollowUpActions actions;
    private final Agreements agreements;
    private final CommitteeReports reports;
    private final Clock clock;

    CoordinationController(Meetings meetings, FollowUpActions actions, Agreements agreements, CommitteeReports reports,
            Clock clock) {
        this.meetings = meetings;
        this.actions = actions;
        this.agreements = agreements;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/coordination")
    @PreAuthorize(Meetings.READERS)
    String overview(Model model) {
        var today = LocalDate.now(clock);
        var open = actions.register(ActionFilter.none()).stream().filter(a -> !a.done()).toList();
        model.addAttribute("overdue", open.stream().filter(a -> a.overdue(today)).toList());
        model.addAttribute("dueSoon", open.stream().filter(a -> a.dueSoon(today, 30)).toList());
        var user = CurrentUser.required();
        boolean readsAgreements = user.has(Role.ME_OFFICER) || user.has(Role.COORDINATOR) || user.has(Role.MEMBER);
        model.addAttribute("readsAgreements", readsAgreements);
        model.addAttribute("expiring", readsAgreements ? agreements.expiring() : java.util.List.of());
        model.addAttribute("days", agreements.renewalNoticeDays());
        model.addAttribute("months", reports.months().stream().filter(m -> !m.missing().isEmpty()).toList());
        model.addAttribute("meetings", meetings.list(null, null).stream().limit(5).toList());
        model.addAttribute("today", today);
        return "coordination/overview";
    }
}
