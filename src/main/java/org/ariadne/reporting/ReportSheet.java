package org.ariadne.reporting;

import java.util.List;
import java.util.stream.Stream;

import org.ariadne.plan.ActivityView;
import org.ariadne.plan.IndicatorView;
import org.ariadne.reportingcycle.PeriodView;

/**
 * Everything an institution's report for a period shows: the activities it leads (with what it reports on each),
 * the indicators it is responsible for with a value per collection period, the evidence, and what is still
 * missing. {@code report} is null until the first thing is saved.
 */
public record ReportSheet(ReportHeader report, PeriodView period, long planId, String planTitle, long institutionId,
        String institutionName, List<SheetActivity> activities, List<SheetIndicator> otherIndicators,
        List<EvidenceView> evidence, boolean editable, boolean reviewable) {

    public ReportStatus status() {
        return report == null ? ReportStatus.DRAFT : report.status();
    }

    public int reportVersion() {
        return report == null ? 0 : report.version();
    }

    /** One activity of the plan the institution leads, with what it reports on it. */
    public record SheetActivity(ActivityView activity, String objectiveCode, ActivityEntryView entry,
            List<SheetIndicator> indicators) {
    }

    /** One indicator with its breakdown and a value slot per collection period. */
    public record SheetIndicator(IndicatorView indicator, String ownerCode, Breakdown breakdown, List<ValueView> values) {

        /** The indicator with its values as a reader who sees them only protected reads them. */
        SheetIndicator withheld() {
            return new SheetIndicator(indicator, ownerCode, breakdown, values.stream().map(ValueView::withheld).toList());
        }
    }

    /** Whether a value of this report is shown as {@code [c]} (the page and the workbook then give the legend). */
    public boolean anySuppressed() {
        return indicators().anyMatch(i -> i.values().stream().anyMatch(ValueView::suppressed));
    }

    public Stream<SheetIndicator> indicators() {
        return Stream.concat(activities.stream().flatMap(a -> a.indicators().stream()), otherIndicators.stream());
    }

    /** What is not filled in yet: every activity needs a status; values are asked for but not required. */
    public List<Missing> missing() {
        var missing = new java.util.ArrayList<Missing>();
        for (var activity : activities) {
            if (activity.entry().status() == null) {
                missing.add(new Missing(Missing.Kind.STATUS, activity.activity().code(), activity.activity().title(),
                        "a-" + activity.activity().id(), true));
            }
        }
        indicators().forEach(indicator -> indicator.values().stream().filter(ValueView::isEmpty).forEach(value ->
                missing.add(new Missing(Missing.Kind.VALUE, indicator.ownerCode(), indicator.indicator().name(),
                        "i-" + indicator.indicator().id() + "-" + value.startsOn(), false))));
        return missing;
    }

    public long requiredMissing() {
        return missing().stream().filter(Missing::required).count();
    }

    public List<EvidenceView> evidenceFor(long activityId) {
        return evidence.stream().filter(e -> e.activityId() == activityId).toList();
    }

    /** Something still to fill in; {@code anchor} is where it is on the page. */
    public record Missing(Kind kind, String code, String label, String anchor, boolean required) {
        public enum Kind {
            STATUS, VALUE
        }
    }
}
