package org.ariadne.victimdata;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ariadne.common.disclosure.Disclosed;
import org.ariadne.dashboards.spi.FigureDisclosure;
import org.ariadne.reporting.ReportFigureDisclosure;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the dashboards and the reports which indicators are computed from the register ({@link RegisterIndicators}), so that whoever
 * reads the register's statistics only protected (members, evaluators, focal points, the administrator) sees those
 * indicators' accepted values protected too: a report's value is whatever the institution saved and the office
 * accepted, which may be a small count typed by hand, and a dashboard adds values up per year and per breakdown. The
 * victim-data officers, the coordinator and M&amp;E officers read them exact, as they read the statistics. One answer
 * to both ports, so that a report page never shows a figure its indicator's dashboard protects.
 */
@Component
class RegisterFigureDisclosure implements FigureDisclosure, ReportFigureDisclosure {

    private final RegisterIndicatorLinkRepository links;
    private final VictimStatistics statistics;
    private final RegisterIndicators indicators;

    RegisterFigureDisclosure(RegisterIndicatorLinkRepository links, VictimStatistics statistics,
            RegisterIndicators indicators) {
        this.links = links;
        this.statistics = statistics;
        this.indicators = indicators;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> protectedIndicators() {
        if (statistics.readsExactFigures()) {
            return Set.of();
        }
        return protectedWhenPublished();
    }

    /** Every indicator linked to the register: the documents and the portal are read by members and the public. */
    @Override
    @Transactional(readOnly = true)
    public Set<Long> protectedWhenPublished() {
        return links.findAll().stream().map(RegisterIndicatorLink::indicatorId).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The year's protected statistics of the indicator's participant, as its members and the year's documents have
     * them, read at the positions of the indicator's year table ({@link IndicatorRelease}).
     */
    @Override
    @Transactional(readOnly = true)
    public Map<String, Disclosed> released(long indicatorId, int year) {
        var link = links.findByIndicatorId(indicatorId);
        if (link.isEmpty()) {
            return Map.of();
        }
        var filter = StatisticsFilter.years(year, year);
        Optional<Long> participant = Optional.of(indicators.participantOf(indicatorId));
        var measure = link.get().measure();
        if (measure == RegisterMeasure.REGISTERED) {
            return IndicatorRelease.registered(
                    statistics.protectedCrossTable(filter, List.of(StatisticsDimension.SEX), participant),
                    statistics.protectedCrossTable(filter, List.of(StatisticsDimension.AGE_GROUP), participant),
                    statistics.protectedCrossTable(filter,
                            List.of(StatisticsDimension.SEX, StatisticsDimension.AGE_GROUP), participant));
        }
        return IndicatorRelease.ofStatus(CaseStatus.valueOf(measure.name()),
                statistics.protectedCrossTable(filter, List.of(StatisticsDimension.STATUS), participant),
                statistics.protectedCrossTable(filter,
                        List.of(StatisticsDimension.STATUS, StatisticsDimension.SEX), participant),
                statistics.protectedCrossTable(filter,
                        List.of(StatisticsDimension.STATUS, StatisticsDimension.AGE_GROUP), participant));
    }

    /** The year's total alone: one list of the statistics, not the three tables of {@link #released}. */
    @Override
    @Transactional(readOnly = true)
    public Disclosed releasedTotal(long indicatorId, int year) {
        var link = links.findByIndicatorId(indicatorId);
        if (link.isEmpty()) {
            return null;
        }
        var filter = StatisticsFilter.years(year, year);
        Optional<Long> participant = Optional.of(indicators.participantOf(indicatorId));
        var measure = link.get().measure();
        if (measure == RegisterMeasure.REGISTERED) {
            return IndicatorRelease.registeredTotal(
                    statistics.protectedCrossTable(filter, List.of(StatisticsDimension.SEX), participant));
        }
        return IndicatorRelease.statusTotal(CaseStatus.valueOf(measure.name()),
                statistics.protectedCrossTable(filter, List.of(StatisticsDimension.STATUS), participant));
    }
}
