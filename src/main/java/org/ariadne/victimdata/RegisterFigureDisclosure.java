package org.ariadne.victimdata;

import java.util.Set;
import java.util.stream.Collectors;

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

    RegisterFigureDisclosure(RegisterIndicatorLinkRepository links, VictimStatistics statistics) {
        this.links = links;
        this.statistics = statistics;
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
}
