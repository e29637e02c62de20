package org.ariadne.victimdata.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.ariadne.victimdata.DelayInterval;
import org.ariadne.victimdata.StatisticsDimension;
import org.ariadne.victimdata.StatisticsFilter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The statistics page's choices as they arrive in the address (a plain GET form): years from and to, identifying
 * institutions, up to three dimensions (rows, columns, separate tables), which counts the cross table shows, the
 * interval the delays chart draws, and for downloads the table and, for the export, the layout and exact figures.
 * A value that cannot be read is left out rather than refused.
 */
record StatisticsQuery(Integer from, Integer to, List<Long> institution, StatisticsDimension rows,
        StatisticsDimension columns, StatisticsDimension tables, Shown count, DelayInterval interval, String table,
        String layout, Boolean exact) {

    /** Which counts the cross table shows: persons and cases side by side, or one of them. */
    enum Shown {
        BOTH, PERSONS, CASES
    }

    StatisticsQuery {
        institution = institution == null ? List.of() : institution.stream().filter(Objects::nonNull).toList();
        count = count == null ? Shown.BOTH : count;
        interval = interval == null ? DelayInterval.IDENTIFICATION_TO_REFERRAL : interval;
    }

    StatisticsFilter filter() {
        return new StatisticsFilter(from, to, new LinkedHashSet<>(institution));
    }

    /** The dimensions chosen, in order, each once; by year when none is. */
    List<StatisticsDimension> dimensions() {
        var chosen = new LinkedHashSet<StatisticsDimension>();
        for (var dimension : new StatisticsDimension[] {rows, columns, tables}) {
            if (dimension != null) {
                chosen.add(dimension);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(StatisticsDimension.YEAR);
        }
        return new ArrayList<>(chosen);
    }

    boolean persons() {
        return count != Shown.CASES;
    }

    boolean cases() {
        return count != Shown.PERSONS;
    }

    boolean exactAsked() {
        return Boolean.TRUE.equals(exact);
    }

    /** The choices written back into a download link (the table or layout added by the page). */
    MultiValueMap<String, String> parameters() {
        var parameters = new LinkedMultiValueMap<String, String>();
        if (from != null) {
            parameters.add("from", from.toString());
        }
        if (to != null) {
            parameters.add("to", to.toString());
        }
        institution.forEach(id -> parameters.add("institution", id.toString()));
        var chosen = dimensions();
        parameters.add("rows", chosen.get(0).name());
        if (chosen.size() > 1) {
            parameters.add("columns", chosen.get(1).name());
        }
        if (chosen.size() > 2) {
            parameters.add("tables", chosen.get(2).name());
        }
        parameters.add("count", count.name());
        parameters.add("interval", interval.name());
        return parameters;
    }
}
