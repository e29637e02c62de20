package org.ariadne.publication;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A year's aggregate figures as published, taken from the plan dashboard of {@code DashboardCharts} for the whole
 * plan, counting accepted reports only. The headline figures are numbers; the charts and tables were worded by the
 * dashboards in every language the portal offers, and are kept per language tag. Tables of counts of persons (each
 * counted indicator's breakdown, the values of the indicators behind) were protected by disclosure control before
 * they were kept: a suppressed count is stored as its mark ({@code SuppressedCells.MARK}), never as a number.
 *
 * @param completed          activities completed
 * @param measuredIndicators indicators with a measured achievement in the year
 * @param indicatorsBehind   of those, the ones behind (red)
 */
public record FiguresSnapshot(String planTitle, int startYear, int endYear, int year, PublicAchievement overall,
        int activities, int measured, int notMeasurable, int noData, int completed, int measuredIndicators,
        int indicatorsBehind, Map<String, Worded> languages) implements Snapshot {

    public FiguresSnapshot {
        // sorted by tag: the same figures always write the same JSON, so their fingerprint does not change
        languages = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(languages));
    }

    /** The charts and tables in one language. */
    public record Worded(List<PublicChart> charts, List<PublicTable> tables) {

        public Worded {
            charts = List.copyOf(charts);
            tables = List.copyOf(tables);
        }
    }

    /** The charts and tables in the reader's language, or in {@code fallback} (the portal's first language). */
    public Worded in(Locale locale, Locale fallback) {
        return Optional.ofNullable(languages.get(locale.toLanguageTag()))
                .or(() -> Optional.ofNullable(languages.get(locale.getLanguage())))
                .or(() -> Optional.ofNullable(languages.get(fallback.toLanguageTag())))
                .orElseGet(() -> languages.values().stream().findFirst().orElse(new Worded(List.of(), List.of())));
    }
}
