package org.ariadne.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a report as its form shows it: the template laid out in collection periods, filled with what is saved. */
@Service
class ReportSheets {

    private final ReportLoader loader;
    private final ActivityEntries entries;
    private final Values values;
    private final ReportEvidence evidence;
    private final Clock clock;
    private final org.ariadne.plan.TerritorialScope scope;
    private final List<ReportFigureDisclosure> disclosures;

    ReportSheets(ReportLoader loader, ActivityEntries entries, Values values, ReportEvidence evidence, Clock clock,
            org.ariadne.plan.TerritorialScope scope, List<ReportFigureDisclosure> disclosures) {
        this.scope = scope;
        this.disclosures = List.copyOf(disclosures);
        this.loader = loader;
        this.entries = entries;
        this.values = values;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReportSheet sheet(long periodId, long institutionId) {
        var context = loader.forReading(periodId, institutionId);
        var report = context.report();
        var period = context.period();
        var manages = scope.manages(period.planId());
        ReportAccess.checkView(institutionId, report == null ? null : report.status(), manages);
        var user = ReportAccess.user();
        var layout = loader.layout(context);
        var template = layout.template();
        var savedEntries = new HashMap<Long, ActivityEntryView>();
        var savedValues = new HashMap<String, ValueView>();
        List<EvidenceView> files = List.of();
        if (report != null) {
            entries.findByReportId(report.id()).forEach(e -> savedEntries.put(e.activityId(), e.view()));
            values.findByReportId(report.id()).forEach(v -> savedValues.put(v.indicatorId() + "@" + v.startsOn(), v.view()));
            files = evidence.evidence(report.id());
        }
        // the institution reads what it saved; anyone else a count from the victim register only protected
        var hidden = ReportAccess.isOwnInstitution(user, institutionId) ? Set.<Long>of() : protectedIndicators();
        java.util.function.UnaryOperator<ReportSheet.SheetIndicator> shown = indicator ->
                hidden.contains(indicator.indicator().id()) ? indicator.withheld() : indicator;
        var activities = new ArrayList<ReportSheet.SheetActivity>();
        for (var item : template.activities) {
            var activity = item.activity();
            activities.add(new ReportSheet.SheetActivity(activity, item.objectiveCode(),
                    savedEntries.getOrDefault(activity.id(), ActivityEntryView.blank(activity.id())),
                    item.indicators().stream().map(i -> shown.apply(layout.indicator(i, activity.code(),
                            activity.frequency(), savedValues))).toList()));
        }
        var others = template.otherIndicators.stream()
                .map(o -> shown.apply(layout.indicator(o.indicator(), o.ownerCode(), null, savedValues))).toList();
        var status = report == null ? ReportStatus.DRAFT : report.status();
        return new ReportSheet(report == null ? null : report.header(), period, period.planId(),
                template.planTitle(), institutionId, context.institutionName(), activities, others, files,
                ReportAccess.isOwnInstitution(user, institutionId) && status.isEditable()
                        && !period.startsOn().isAfter(LocalDate.now(clock)),
                ReportAccess.isReviewer(user, manages));
    }

    /** The indicators the signed-in reader sees only protected ({@link ReportFigureDisclosure}). */
    private Set<Long> protectedIndicators() {
        if (disclosures.isEmpty()) {
            return Set.of();
        }
        var ids = new java.util.HashSet<Long>();
        disclosures.forEach(port -> ids.addAll(port.protectedIndicators()));
        return ids;
    }
}
