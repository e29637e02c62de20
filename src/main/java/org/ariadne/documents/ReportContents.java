package org.ariadne.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

import org.ariadne.plan.PlanHeader;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Gathers what a report says, in the report's language: the annual report and the quarterly summary from the plan,
 * its progress, the reports, the half-year review and the dashboards' charts ({@link PlanReportBuild}); the report to
 * the government from the plan's progress and the parts other modules write ({@link GovernmentReportContents}).
 * Recommendations are proposed from the data and marked as such: the office completes them in the Word document.
 */
@Component
class ReportContents {

    private final ReportSources sources;
    private final GovernmentReportContents government;
    private final AnnexLimits limits;

    ReportContents(ReportSources sources, GovernmentReportContents government, AnnexLimits limits) {
        this.sources = sources;
        this.government = government;
        this.limits = limits;
    }

    /** A report's content and, for a plan too large for one readable document, its annex's (null otherwise). */
    record Built(ReportContent report, ReportContent annex) {
    }

    /** The title a request's document gets, in its language. */
    String title(PlanHeader plan, DocumentRequest request) {
        var texts = new MessageSourceAccessor(sources.messageSource(), request.language());
        var year = String.valueOf(request.year());
        return switch (request.kind()) {
            case ANNUAL_REPORT -> texts.getMessage("documents.title.annual", new Object[] {year, plan.title()});
            case QUARTERLY_SUMMARY -> texts.getMessage("documents.title.quarterly",
                    new Object[] {request.quarter(), year, plan.title()});
            case GOVERNMENT_REPORT -> texts.getMessage("documents.title.government", new Object[] {year, plan.title()});
        };
    }

    /** The report's content; {@code title} is the one the document was listed under when it was asked for. */
    ReportContent build(long planId, DocumentRequest request, String title, LocalDate today) {
        return buildWithAnnex(planId, request, title, today).report();
    }

    /**
     * The report's content and its annex's: the annual report and the quarterly summary of a plan with more
     * activities or indicators than {@link AnnexLimits} allow keep the summaries, and the detail per activity and
     * per indicator goes into the annex (issue 11). The report to the government has none.
     */
    Built buildWithAnnex(long planId, DocumentRequest request, String title, LocalDate today) {
        if (request.kind() == DocumentKind.GOVERNMENT_REPORT) {
            return new Built(government.build(planId, request, title, today), null);
        }
        var build = new PlanReportBuild(sources, planId, request, today);
        if (!limits.annexFor(build.activityCount(), build.indicatorCount())) {
            return new Built(build.content(title), null);
        }
        var annexTitle = build.annexTitle(title);
        return new Built(build.content(title, annexTitle), build.annex(title));
    }

    /** Codes in the order people count them: "A1.2.10" after "A1.2.9". */
    static final Comparator<String> CODE_ORDER = (a, b) -> {
        var left = a == null ? "" : a;
        var right = b == null ? "" : b;
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            char x = left.charAt(i);
            char y = right.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < left.length() && Character.isDigit(left.charAt(i))) {
                    i++;
                }
                while (j < right.length() && Character.isDigit(right.charAt(j))) {
                    j++;
                }
                int compared = new BigDecimal(left.substring(si, i)).compareTo(new BigDecimal(right.substring(sj, j)));
                if (compared != 0) {
                    return compared;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(left.length() - i, right.length() - j);
    };
}
