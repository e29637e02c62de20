package org.ariadne.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.ariadne.common.format.Formats;
import org.ariadne.documents.ReportContent.Block;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.ariadne.documents.ReportContent.Subheading;
import org.ariadne.reporting.ReportingYears;
import org.ariadne.review.CorrectiveActionView;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The report to the government on the country's obligations (seed 001: the coordinator follows up and reports to
 * the government, and acts as National Rapporteur), for a plan and a calendar year: a title page naming the office
 * and the rapporteur, an executive summary with the key figures, the plan's progress (the annual report's own
 * sections), the parts other modules write ({@link GovernmentReportParts}: recommendations, evaluations, victim
 * statistics), and the next steps (overdue corrective actions, the next year's operational plan).
 */
@Component
class GovernmentReportContents {

    static final String SUMMARY = "executive-summary";
    static final String ACTIVITIES = "plan-activities";
    static final String INDICATORS = "plan-indicators";
    static final String NEXT_STEPS = "next-steps";
    /** The anchors of the report's own sections, which no part may take. */
    private static final Set<String> OWN_ANCHORS = Set.of(SUMMARY, ACTIVITIES, INDICATORS, NEXT_STEPS);

    private final ReportSources sources;
    private final GovernmentReportParts parts;
    private final List<ReportingYears> operationalPlans;
    private final GovernmentReportProperties properties;

    GovernmentReportContents(ReportSources sources, GovernmentReportParts parts, List<ReportingYears> operationalPlans,
            GovernmentReportProperties properties) {
        this.sources = sources;
        this.parts = parts;
        this.operationalPlans = List.copyOf(operationalPlans);
        this.properties = properties;
    }

    ReportContent build(long planId, DocumentRequest request, String title, LocalDate today) {
        var locale = request.language();
        var texts = new MessageSourceAccessor(sources.messageSource(), locale);
        var formats = Formats.of(locale);
        var year = request.year();
        var plan = new PlanReportBuild(sources, planId, request, today);
        var overdue = overdue(plan.actions(), year);

        var sections = new ArrayList<Section>();
        sections.add(summary(plan, overdue, texts, year));
        sections.add(renamed(plan.activityStatus(), ACTIVITIES, texts));
        sections.add(renamed(plan.indicatorProgress(), INDICATORS, texts));
        sections.addAll(parts.sections(planId, year, locale, OWN_ANCHORS));
        sections.add(nextSteps(plan, overdue, texts, year));

        var header = plan.plan();
        var front = new ArrayList<String>();
        front.add(texts.getMessage("documents.government.front.to"));
        if (properties.country() != null) {
            front.add(texts.getMessage("documents.government.front.country", new Object[] {properties.country()}));
        }
        front.add(texts.getMessage("documents.government.front.office", new Object[] {properties.office() != null
                ? properties.office() : texts.getMessage("documents.government.office")}));
        front.add(texts.getMessage("documents.government.front.rapporteur", new Object[] {
                properties.rapporteur() != null ? properties.rapporteur()
                        : texts.getMessage("documents.government.rapporteur")}));
        front.add(texts.getMessage("documents.government.front.year", new Object[] {String.valueOf(year)}));
        front.add(texts.getMessage("documents.front.plan",
                new Object[] {header.title(), header.startYear() + "\u2013" + header.endYear()}));
        front.add(texts.getMessage(request.includeSubmitted() ? "documents.front.basis-submitted"
                : "documents.front.basis-accepted"));
        front.add(texts.getMessage("documents.front.generated", new Object[] {formats.date(today)}));
        return new ReportContent(title, texts.getMessage("documents.government.subtitle"), locale, front,
                texts.getMessage("documents.contents"), texts.getMessage("documents.page"),
                texts.getMessage("documents.page-of"), sections);
    }

    /** What the government reads first: what the report covers, then the annual report's key figures. */
    private Section summary(PlanReportBuild plan, List<CorrectiveActionView> overdue, MessageSourceAccessor texts,
            int year) {
        var blocks = new ArrayList<Block>();
        blocks.add(Paragraph.of(texts.getMessage("documents.government.summary.intro",
                new Object[] {String.valueOf(year), plan.plan().title()})));
        blocks.addAll(plan.summary().blocks());
        if (!overdue.isEmpty()) {
            blocks.add(Paragraph.of(texts.getMessage("documents.government.summary.overdue",
                    new Object[] {overdue.size()})));
        }
        return new Section(SUMMARY, texts.getMessage("documents.government.section." + SUMMARY), blocks);
    }

    private static Section renamed(Section section, String anchor, MessageSourceAccessor texts) {
        return new Section(anchor, texts.getMessage("documents.government.section." + anchor), section.blocks());
    }

    /** The year's corrective actions still open after their due date, and older ones still open. */
    private static List<CorrectiveActionView> overdue(List<CorrectiveActionView> actions, int year) {
        var end = LocalDate.of(year, 12, 31);
        return actions.stream().filter(CorrectiveActionView::overdue)
                .filter(a -> (a.halfYear() != null && a.halfYear().year() == year)
                        || (a.dueDate() != null && !a.dueDate().isAfter(end)))
                .sorted(Comparator.comparing(CorrectiveActionView::activityCode, ReportContents.CODE_ORDER))
                .toList();
    }

    private Section nextSteps(PlanReportBuild plan, List<CorrectiveActionView> overdue, MessageSourceAccessor texts,
            int year) {
        var blocks = new ArrayList<Block>();
        blocks.add(new Subheading(texts.getMessage("documents.government.next.overdue")));
        if (overdue.isEmpty()) {
            blocks.add(Paragraph.of(texts.getMessage("documents.government.next.overdue-none")));
        } else {
            blocks.add(Paragraph.of(texts.getMessage("documents.government.next.overdue-count",
                    new Object[] {overdue.size()})));
            blocks.add(plan.actionsTable(overdue));
        }
        int next = year + 1;
        blocks.add(new Subheading(texts.getMessage("documents.government.next.operational-plan",
                new Object[] {String.valueOf(next)})));
        blocks.add(Paragraph.of(operationalPlan(plan, next, texts)));
        blocks.add(Paragraph.noteOf(texts.getMessage("documents.government.next.note")));
        return new Section(NEXT_STEPS, texts.getMessage("documents.government.section." + NEXT_STEPS), blocks);
    }

    /** What the approved operational plan of the next year says, as the reporting module is told it. */
    private String operationalPlan(PlanReportBuild plan, int next, MessageSourceAccessor texts) {
        if (next > plan.plan().endYear()) {
            return texts.getMessage("documents.government.next.plan-ends",
                    new Object[] {String.valueOf(plan.plan().endYear())});
        }
        var scope = operationalPlans.stream().map(answer -> answer.scope(plan.plan().id(), next))
                .flatMap(java.util.Optional::stream).findFirst();
        if (scope.isEmpty()) {
            return texts.getMessage("documents.government.next.no-operational-plan",
                    new Object[] {String.valueOf(next)});
        }
        var carried = codes(plan, scope.get().carriedTo().keySet());
        var leftOut = codes(plan, scope.get().leftOut());
        return texts.getMessage("documents.government.next.approved", new Object[] {String.valueOf(next),
                carried.size(), carried.isEmpty() ? "\u2014" : String.join(", ", carried), leftOut.size(),
                leftOut.isEmpty() ? "\u2014" : String.join(", ", leftOut)});
    }

    private static List<String> codes(PlanReportBuild plan, Set<Long> activityIds) {
        return activityIds.stream().map(plan::activityCode).filter(Objects::nonNull)
                .sorted(ReportContents.CODE_ORDER).collect(Collectors.toList());
    }
}
