package org.ariadne.common.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each value written the reader's way, from one place: English as read in the region, Albanian as Albanians write. */
class FormatsUnitTest {

    private static final Formats ENGLISH = Formats.of(Locale.ENGLISH);
    private static final Formats ALBANIAN = Formats.of(Locale.forLanguageTag("sq"));
    private static final LocalDateTime EVENING = LocalDateTime.of(2026, 12, 4, 21, 4);

    /** Albanian groups thousands with a no-break space (narrow or not, as CLDR says): compared as a plain space. */
    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ');
    }

    @Test
    void datesPutTheDayFirstAndTimesOnTheTwentyFourHourClockInBothLanguages() {
        assertThat(ENGLISH.date(EVENING.toLocalDate())).isEqualTo("4 Dec 2026");
        assertThat(ENGLISH.dateTime(EVENING)).isEqualTo("4 Dec 2026, 21:04");
        assertThat(ALBANIAN.date(EVENING.toLocalDate())).isEqualTo("4 dhj 2026");
        assertThat(spaced(ALBANIAN.dateTime(EVENING))).isEqualTo("4 dhj 2026, 21:04");
        assertThat(ENGLISH.dayDate(LocalDate.of(2016, 4, 15))).isEqualTo("Fri, 15 Apr 2016");
        assertThat(ALBANIAN.dayDate(LocalDate.of(2016, 4, 15))).contains("15 pri 2016").doesNotContain("Fri");
        assertThat(ENGLISH.month(LocalDate.of(2026, 12, 1))).isEqualTo("December 2026");
        assertThat(ALBANIAN.month(LocalDate.of(2026, 12, 1))).isEqualTo("dhjetor 2026");
    }

    @Test
    void aReportingPeriodIsNamedByItsMonthsInTheReadersLanguage() {
        var january = LocalDate.of(2026, 1, 1);
        assertThat(ENGLISH.months(january, LocalDate.of(2026, 1, 31))).isEqualTo("January 2026");
        assertThat(spaced(ENGLISH.months(january, LocalDate.of(2026, 3, 31)))).isEqualTo("January – March 2026");
        assertThat(spaced(ENGLISH.months(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 28))))
                .isEqualTo("December 2025 – February 2026");
        assertThat(ENGLISH.months(january, LocalDate.of(2026, 12, 31))).isEqualTo("2026");
        assertThat(spaced(ALBANIAN.months(january, LocalDate.of(2026, 3, 31)))).isEqualTo("Janar – mars 2026");
        assertThat(ALBANIAN.months(january, LocalDate.of(2026, 1, 31))).isEqualTo("Janar 2026");
    }

    @Test
    void anAmericanReaderStillGetsTheirOwnOrder() {
        assertThat(Formats.of(Locale.US).date(EVENING.toLocalDate())).isEqualTo("Dec 4, 2026");
    }

    @Test
    void numbersAndMoneyUseTheReadersSeparators() {
        assertThat(ENGLISH.number(new BigDecimal("30000.5"))).isEqualTo("30,000.5");
        assertThat(spaced(ALBANIAN.number(new BigDecimal("30000.5")))).isEqualTo("30 000,5");
        assertThat(ENGLISH.number(new BigDecimal("1.239"))).isEqualTo("1.24");
        // a value shown as it was typed keeps every decimal, and no more
        assertThat(ENGLISH.exactly(new BigDecimal("1234.5678"))).isEqualTo("1,234.5678");
        assertThat(spaced(ALBANIAN.exactly(new BigDecimal("1234.5000")))).isEqualTo("1 234,5");
        assertThat(ENGLISH.exactly(new BigDecimal("1E+3"))).isEqualTo("1,000");
        assertThat(ENGLISH.money(new BigDecimal("421500.5"))).isEqualTo("421,500.50");
        assertThat(spaced(ALBANIAN.money(new BigDecimal("421500.5")))).isEqualTo("421 500,50");
        assertThat(ENGLISH.money(new BigDecimal("1250.5"), "EUR")).isEqualTo("€1,250.50");
        assertThat(spaced(ALBANIAN.money(new BigDecimal("1250.5"), "EUR"))).isEqualTo("1 250,50 €");
        assertThat(ENGLISH.whole(new BigDecimal("68.75"))).isEqualTo("69");
        assertThat(ENGLISH.whole(new BigDecimal("12.5"))).isEqualTo("13");
    }

    @Test
    void percentagesAndPluralsFollowTheLanguage() {
        assertThat(ENGLISH.percent(63)).isEqualTo("63%");
        assertThat(ENGLISH.percent(new BigDecimal("11.11"), 1)).isEqualTo("11.1%");
        assertThat(ALBANIAN.percent(new BigDecimal("11.11"), 1)).isEqualTo("11,1%");
        var activities = "{0, plural, one{# activity} other{# activities}}";
        assertThat(ENGLISH.plural(activities, 1)).isEqualTo("1 activity");
        assertThat(ENGLISH.plural(activities, 3)).isEqualTo("3 activities");
        assertThat(ALBANIAN.plural("{0, plural, one{# veprimtari} other{# veprimtari}}", 1)).isEqualTo("1 veprimtari");
    }

    @Test
    void nothingIsWrittenAsNothing() {
        assertThat(ENGLISH.date(null)).isEmpty();
        assertThat(ENGLISH.dateTime(null)).isEmpty();
        assertThat(ENGLISH.number(null)).isEmpty();
        assertThat(ENGLISH.money(null, "EUR")).isEmpty();
        assertThat(ENGLISH.percent(null)).isEmpty();
    }

    /** Serbian in each script and Macedonian: dates, months and numbers as CLDR writes them, in the reader's script. */
    @Test
    void serbianInBothScriptsAndMacedonianWriteDatesAndNumbersTheirWay() {
        var latin = Formats.of(Locale.forLanguageTag("sr-Latn"));
        var cyrillic = Formats.of(Locale.forLanguageTag("sr-Cyrl"));
        var macedonian = Formats.of(Locale.forLanguageTag("mk"));
        var december = LocalDate.of(2026, 12, 4);

        assertThat(latin.date(december)).isEqualTo("4. dec 2026.");
        assertThat(cyrillic.date(december)).isEqualTo("4. дец 2026.");
        assertThat(latin.month(december)).isEqualTo("decembar 2026.");
        assertThat(cyrillic.month(december)).isEqualTo("децембар 2026.");
        assertThat(macedonian.month(december)).startsWith("декември 2026");
        assertThat(latin.number(new BigDecimal("30000.5"))).isEqualTo("30.000,5");
        assertThat(cyrillic.number(new BigDecimal("30000.5"))).isEqualTo("30.000,5");
        assertThat(macedonian.number(new BigDecimal("30000.5"))).isEqualTo("30.000,5");
    }
}
