package org.ariadne.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ariadne.plan.Frequency;
import org.ariadne.plan.IndicatorView;
import org.ariadne.reportingcycle.CollectionPeriods;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.PeriodView;

/**
 * A report's template laid out for its period: every indicator with its breakdown and one value slot per collection
 * period, filled with what is saved. Built once per request from the template and the schedule's period length.
 */
final class ReportLayout {

    private final ReportTemplate template;
    private final PeriodView period;
    private final PeriodLength length;
    private final List<String> regions;
    private Map<Long, ReportSheet.SheetIndicator> blank;

    ReportLayout(ReportTemplate template, PeriodView period, PeriodLength length, List<String> regions) {
        this.template = template;
        this.period = period;
        this.length = length;
        this.regions = regions;
    }

    ReportTemplate template() {
        return template;
    }

    /** Every indicator of the report with empty slots: what a value may be saved for. */
    List<ReportSheet.SheetIndicator> indicators() {
        var result = new ArrayList<ReportSheet.SheetIndicator>();
        for (var item : template.activities) {
            item.indicators().forEach(i -> result.add(indicator(i, item.activity().code(), item.activity().frequency(),
                    Map.of())));
        }
        template.otherIndicators.forEach(o -> result.add(indicator(o.indicator(), o.ownerCode(), null, Map.of())));
        return result;
    }

    /** The indicator with that id (the first, should the template hold it twice), or a refusal. */
    ReportSheet.SheetIndicator indicator(long indicatorId) {
        if (blank == null) {
            blank = new java.util.HashMap<>();
            indicators().forEach(i -> blank.putIfAbsent(i.indicator().id(), i));
        }
        var found = blank.get(indicatorId);
        if (found == null) {
            throw ReportingException.notInReport("indicator " + indicatorId);
        }
        return found;
    }

    /** One indicator's slots; {@code saved} holds the saved values by "indicatorId@startsOn". */
    ReportSheet.SheetIndicator indicator(IndicatorView indicator, String ownerCode, Frequency activityFrequency,
            Map<String, ValueView> saved) {
        var frequency = indicator.frequency() != null ? indicator.frequency() : activityFrequency;
        var slots = CollectionPeriods.within(frequency, length, period.startsOn(), period.endsOn()).stream()
                .map(span -> saved.getOrDefault(indicator.id() + "@" + span.startsOn(),
                        ValueView.blank(indicator.id(), span.startsOn(), span.endsOn())))
                .toList();
        return new ReportSheet.SheetIndicator(indicator, ownerCode, Breakdown.of(indicator.disaggregations(), regions),
                slots);
    }
}
