package org.ariadne.quality;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.ariadne.common.text.NameKey;

/**
 * A heuristic for "a one-off event is not a two-year activity" (DOMAIN.md): the title names a single event (a
 * conference, a round table, a launch) in the singular, says nothing about repeating it, and the dates run for more
 * than a year. Titles are compared as {@link NameKey}s, so Albanian, Serbian and Macedonian spellings in either
 * script fold to the Latin words below. It misses events it has no word for and may flag a long preparation; that
 * is why it only raises a warning.
 */
final class OneOffEvents {

    /** Longer than this many months is a spread, not a date. */
    static final int LONGEST_EVENT_MONTHS = 12;

    /** Singular forms only: "workshops" over two years may well be a series. */
    private static final Set<String> EVENT_WORDS = Set.of(
            "conference", "workshop", "seminar", "roundtable", "forum", "launch", "launching", "ceremony", "event",
            // seed 002 names the publication of a study as a one-off event planned over two years
            "publication", "publishing",
            // Albanian
            "konference", "konferenca", "konferences", "seminari", "seminarit", "punetori", "punetorie", "forumi",
            "ceremoni", "ceremonia", "lancim", "lancimi", "publikim", "publikimi",
            // Serbian and Macedonian (folded from either script)
            "konferencija", "konferencije", "konferencijata", "seminarot", "forumot", "objavljivanje", "objavuvanje");

    /**
     * Two-word events as the starts of their words, so that inflected forms match too ("tryezë e rrumbullakët",
     * "tryeze të rrumbullakët", "okruglog stola"); one linking word may stand between them.
     */
    private static final List<List<String>> EVENT_PHRASES = List.of(
            List.of("round", "table"), List.of("tryez", "rrumbullak"), List.of("okrugl", "sto"),
            List.of("trkalezn", "mas"));

    /** Words that make a repeated activity of it ("annual conference", "seminare të rregullta"). */
    private static final Set<String> REPEATED = Set.of(
            "annual", "annually", "yearly", "quarterly", "monthly", "weekly", "regular", "regularly", "series", "every",
            "each", "periodic", "recurring", "ongoing",
            "vjetor", "vjetore", "vjetuar", "tremujor", "tremujore", "mujor", "mujore", "cdo", "rregullt", "rregullta",
            "rregullisht", "seri", "periodik", "periodike",
            "godisnji", "godisnja", "godisnje", "redovni", "redovna", "redovno", "redovnih", "svake", "svaki",
            "godisen", "godisna", "sekoja", "sekoj", "kvartalno", "mesecno");

    private OneOffEvents() {
    }

    /** True when the activity looks like a single event yet its dates span more than a year. */
    static boolean spreadOverMoreThanAYear(String title, LocalDate start, LocalDate end) {
        return start != null && end != null && months(start, end) > LONGEST_EVENT_MONTHS && namesASingleEvent(title);
    }

    static long months(LocalDate start, LocalDate end) {
        // an activity from 1 January to 31 December runs for 12 months, not 11
        return ChronoUnit.MONTHS.between(start, end.plusDays(1));
    }

    static boolean namesASingleEvent(String title) {
        var key = NameKey.of(title);
        if (key.isEmpty()) {
            return false;
        }
        var words = Arrays.asList(key.split(" "));
        if (words.stream().anyMatch(REPEATED::contains)) {
            return false;
        }
        return words.stream().anyMatch(EVENT_WORDS::contains)
                || EVENT_PHRASES.stream().anyMatch(phrase -> containsPhrase(words, phrase.get(0), phrase.get(1)));
    }

    private static boolean containsPhrase(List<String> words, String first, String second) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).startsWith(first)) {
                for (int j = i + 1; j <= i + 2 && j < words.size(); j++) {
                    if (words.get(j).startsWith(second)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
