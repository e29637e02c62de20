package org.ariadne.publication.web;

import java.util.List;
import java.util.Locale;

import org.ariadne.common.CacheSettings;
import org.ariadne.common.charts.ChartDrawing;
import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.common.disclosure.SuppressedCells;
import org.ariadne.common.format.Formats;
import org.ariadne.publication.PortalPage;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a portal page into what its template shows: charts drawn, tables worded, links made. */
@Component
class PortalScreens {

    private static final int CHART_WIDTH = 760;

    private final PortalTables tables;
    private final MessageSource messages;
    private final Cache drawings;
    private final DisclosureControl disclosure;

    PortalScreens(PortalTables tables, MessageSource messages, CacheManager caches, DisclosureControl disclosure) {
        this.tables = tables;
        this.messages = messages;
        this.drawings = caches.getCache(CacheSettings.PORTAL_CHARTS);
        this.disclosure = disclosure;
    }

    PortalScreen of(PortalPage page, Integer year, PortalLinks links, Locale locale) {
        var none = messages.getMessage("common.none", null, "—", locale);
        var num = new Numbers(locale, none);
        var figures = page.figures(year).orElse(null);
        if (figures == null) {
            return new PortalScreen(page, null, List.of(), List.of(), links, num);
        }
        var shownYear = figures.snapshot().year();
        var worded = tables.worded(figures.snapshot(), locale);
        var words = new ShownTable.Words(none, messages.getMessage("publication.portal.progress.away", null, locale),
                messages.getMessage("publication.portal.percent", null, locale),
                messages.getMessage(SuppressedCells.CELL, null, locale), legend(locale));
        var formats = Formats.of(locale);
        var charts = worded.charts().stream().map(chart -> {
            var drawing = chart.chart();
            var svg = drawing.isEmpty() ? null : svg(figures.id(), locale, chart.name(), drawing);
            var references = drawing.references().entrySet().stream()
                    .map(entry -> messages.getMessage("publication.portal.reference",
                            new Object[] {entry.getKey(), formats.number(entry.getValue())}, locale))
                    .toList();
            return new PortalScreen.ChartShown(chart.name(), chart.title(), svg, references,
                    shown(chart.table(), shownYear, links, locale, words));
        }).toList();
        var shownTables = worded.tables().stream().map(table -> shown(table, shownYear, links, locale, words)).toList();
        return new PortalScreen(page, figures, charts, shownTables, links, num);
    }

    /** What the mark of a suppressed count means, with the threshold written as the reader's language writes it. */
    String legend(Locale locale) {
        return messages.getMessage(SuppressedCells.LEGEND,
                new Object[] {disclosure.threshold()}, locale);
    }

    /**
     * A published chart is drawn once per language and kept: its figures never change. A preview's chart (id 0) is
     * drawn every time, since what it shows may still change.
     */
    private String svg(long publicationId, Locale locale, String name, org.ariadne.common.charts.Chart chart) {
        if (publicationId == 0) {
            return ChartDrawing.pageSvg(chart, CHART_WIDTH, locale);
        }
        var key = publicationId + "/" + locale.toLanguageTag() + "/" + name;
        return drawings.get(key, () -> ChartDrawing.pageSvg(chart, CHART_WIDTH, locale));
    }

    private static ShownTable shown(org.ariadne.publication.PublicTable table, int year, PortalLinks links,
            Locale locale, ShownTable.Words words) {
        return ShownTable.of(table, locale, words, links.table(table.name(), year, "csv"),
                links.table(table.name(), year, "xlsx"));
    }
}
