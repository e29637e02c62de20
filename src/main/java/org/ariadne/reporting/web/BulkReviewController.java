package org.ariadne.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.web.ConflictTexts;
import org.ariadne.common.web.Flash;
import org.ariadne.institutions.Institutions;
import org.ariadne.reporting.ReviewQueue;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accepting or returning several reports at once from the Reporting page (issue 12): the ticked reports, each against
 * the version the page showed; those that went through are counted, each refused one is named with its reason
 * ("Kosovo Police 2017-Q1: … saved this at 14:02 …").
 */
@Controller
@PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR')")
class BulkReviewController {

    private final ReviewQueue queue;
    private final Institutions institutions;
    private final ReportingPeriods periods;
    private final ConflictTexts conflicts;
    private final MessageSource messages;

    BulkReviewController(ReviewQueue queue, Institutions institutions, ReportingPeriods periods,
            ConflictTexts conflicts, MessageSource messages) {
        this.queue = queue;
        this.institutions = institutions;
        this.periods = periods;
        this.conflicts = conflicts;
        this.messages = messages;
    }

    @PostMapping("/reporting/plans/{planId}/bulk")
    String bulk(@PathVariable long planId, @RequestParam(name = "report", required = false) List<String> chosen,
            @RequestParam(required = false) String action, @RequestParam(required = false) String comment, Locale locale,
            RedirectAttributes redirect) {
        var reports = (chosen == null ? List.<String>of() : chosen).stream().map(ReviewQueue.Ref::parse)
                .filter(Objects::nonNull).distinct().toList();
        boolean accepting = "accept".equals(action);
        try {
            var outcome = accepting ? queue.acceptAll(reports) : queue.returnAll(reports, comment);
            if (!outcome.done().isEmpty()) {
                Flash.notice(redirect, accepting ? "reporting.bulk.accepted" : "reporting.bulk.returned",
                        outcome.done().size());
            }
            if (!outcome.refused().isEmpty()) {
                var reasons = new ArrayList<String>();
                for (var refused : outcome.refused()) {
                    reasons.add(name(refused.report()) + ": " + reason(refused.reason(), locale));
                }
                Flash.problem(redirect, "reporting.bulk.refused", String.join(" · ", reasons));
            }
        } catch (UserFacingException refused) {
            Flash.problem(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/reporting#plan-" + planId;
    }

    private String name(ReviewQueue.Ref report) {
        return institutions.directory().nameOf(report.institutionId()) + " "
                + periods.period(report.periodId()).label();
    }

    private String reason(RuntimeException reason, Locale locale) {
        if (reason instanceof org.ariadne.common.ConflictException conflict) {
            return conflicts.text(conflict, locale);
        }
        var refused = (UserFacingException) reason;
        return messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale);
    }
}
