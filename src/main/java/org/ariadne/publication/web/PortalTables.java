package org.ariadne.publication.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ariadne.common.web.LanguageProperties;
import org.ariadne.publication.FiguresSnapshot;
import org.ariadne.publication.PlanSnapshot;
import org.ariadne.publication.PortalPage;
import org.ariadne.publication.PublicTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every table a portal page offers, by name: the published plan's activities and indicators (worded in the reader's
 * language from the snapshot), and the tables and charts' tables of a year's published figures. The page and the
 * downloads take their tables from here, so a download holds exactly what the page shows.
 */
@Component
class PortalTables {

    static final String ACTIVITIES = "activities";
    static final String INDICATORS = "indicators";

    private final MessageSource messages;
    private final LanguageProperties languages;

    PortalTables(MessageSource messages, LanguageProperties languages) {
        this.messages = messages;
        this.languages = languages;
    }

    /** The table of that name; {@code year} chooses the figures (the latest year's when null or not published). */
    Optional<PublicTable> find(PortalPage page, String name, Integer year, Locale locale) {
        if (page.plan() != null && (ACTIVITIES.equals(name) || INDICATORS.equals(name))) {
            var plan = page.plan().snapshot();
            return Optional.of(ACTIVITIES.equals(name) ? activities(plan, locale) : indicators(plan, locale));
        }
        return page.figures(year).flatMap(figures -> figureTables(figures.snapshot(), locale).stream()
                .filter(table -> table.name().equals(name)).findFirst());
    }

    /** The charts' tables, then the other tables, of a year's figures in the reader's language. */
    List<PublicTable> figureTables(FiguresSnapshot figures, Locale locale) {
        var worded = worded(figures, locale);
        var tables = new ArrayList<PublicTable>();
        worded.charts().forEach(chart -> tables.add(chart.table()));
        tables.addAll(worded.tables());
        return tables;
    }

    FiguresSnapshot.Worded worded(FiguresSnapshot figures, Locale locale) {
        return figures.in(locale, languages.defaultLocale());
    }

    PublicTable activities(PlanSnapshot plan, Locale locale) {
        var header = words(locale, "code", "activity", "strategic-objective", "specific-objective", "lead", "start", "end");
        var rows = new ArrayList<List<Object>>();
        var continuous = text("plan.continuous", locale);
        plan.activityRows().forEach(row -> {
            var activity = row.activity();
            rows.add(java.util.Arrays.asList(activity.code(), activity.title(), row.strategicCode(), row.specificCode(),
                    activity.leadInstitution(),
                    activity.continuous() ? continuous : date(activity.start()),
                    activity.continuous() ? continuous : date(activity.end())));
        });
        return new PublicTable(ACTIVITIES, text("publication.portal.plan.activities", locale), header, rows);
    }

    PublicTable indicators(PlanSnapshot plan, Locale locale) {
        var header = words(locale, "measures", "indicator", "unit", "baseline", "baseline-year", "target", "target-year");
        var rows = new ArrayList<List<Object>>();
        plan.indicators().forEach(indicator -> rows.add(java.util.Arrays.asList(indicator.ownerCode(),
                indicator.name(), indicator.unit(), indicator.baseline(), year(indicator.baselineYear()),
                indicator.target(), year(indicator.targetYear()))));
        return new PublicTable(INDICATORS, text("publication.portal.plan.indicators", locale), header, rows);
    }

    private List<String> words(Locale locale, String... columns) {
        return java.util.Arrays.stream(columns).map(column -> text("publication.column." + column, locale)).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Years as text: a number would be written "2,024". */
    private static String year(Integer year) {
        return year == null ? null : year.toString();
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
