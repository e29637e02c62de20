package org.ariadne.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientNumberTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # text           | value      | ambiguous | percent | currency
            1234             | 1234       | false     | false   |
            1234.5           | 1234.5     | false     | false   |
            1234,5           | 1234.5     | false     | false   |
            "  1234  "       | 1234       | false     | false   |
            # both separators: the last one is the decimal separator
            1,234.56         | 1234.56    | false     | false   |
            1.234,56         | 1234.56    | false     | false   |
            1.234.567,89     | 1234567.89 | false     | false   |
            1,234,567.89     | 1234567.89 | false     | false   |
            # space and apostrophe only ever group thousands
            1 234,56         | 1234.56    | false     | false   |
            1 234.5          | 1234.5     | false     | false   |
            1 234            | 1234       | false     | false   |
            1 234 567        | 1234567    | false     | false   |
            1'234.5          | 1234.5     | false     | false   |
            1’234’567        | 1234567    | false     | false   |
            # one kind of separator, more than once: thousands
            1.234.567        | 1234567    | false     | false   |
            1,234,567        | 1234567    | false     | false   |
            # one separator followed by exactly three digits: read as thousands, flagged
            1,234            | 1234       | true      | false   |
            1.234            | 1234       | true      | false   |
            12.500           | 12500      | true      | false   |
            -1.234           | -1234      | true      | false   |
            # ... but not when it cannot be thousands
            0,234            | 0.234      | false     | false   |
            0.234            | 0.234      | false     | false   |
            1234,567         | 1234.567   | false     | false   |
            1,5              | 1.5        | false     | false   |
            12,34            | 12.34      | false     | false   |
            1,2345           | 1.2345     | false     | false   |
            ,5               | 0.5        | false     | false   |
            .75              | 0.75       | false     | false   |
            # signs
            -12              | -12        | false     | false   |
            +5               | 5          | false     | false   |
            − 12             | -12        | false     | false   |
            -0,5             | -0.5       | false     | false   |
            # Serbian/Macedonian ordinal dot
            2016.            | 2016       | false     | false   |
            # percent: stripped, value kept as written
            45%              | 45         | false     | true    |
            45 %             | 45         | false     | true    |
            -3,5%            | -3.5       | false     | true    |
            12.5 %           | 12.5       | false     | true    |
            # currencies before or after
            € 1.234,56       | 1234.56    | false     | false   | €
            1.234,56€        | 1234.56    | false     | false   | €
            EUR 250          | 250        | false     | false   | EUR
            250 eur          | 250        | false     | false   | eur
            $100             | 100        | false     | false   | $
            100 USD          | 100        | false     | false   | USD
            1 000 ALL        | 1000       | false     | false   | ALL
            1000 Lek         | 1000       | false     | false   | Lek
            1 000 lekë       | 1000       | false     | false   | lekë
            1.500,00 RSD     | 1500.00    | false     | false   | RSD
            2.000 din.       | 2000       | true      | false   | din.
            2.000 дин.       | 2000       | true      | false   | дин.
            100 MKD          | 100        | false     | false   | MKD
            1.000 ден.       | 1000       | true      | false   | ден.
            50 KM            | 50         | false     | false   | KM
            BAM 50,50        | 50.50      | false     | false   | BAM
            -€12             | -12        | false     | false   | €
            € -12            | -12        | false     | false   | €
            """)
    void numbers(String text, BigDecimal value, boolean ambiguous, boolean percent, String currency) {
        ParsedNumber n = LenientNumber.parse(text);
        assertThat(n.problemCode()).isNull();
        assertThat(n.value()).isEqualByComparingTo(value);
        assertThat(n.ambiguous()).as("ambiguous").isEqualTo(ambiguous);
        assertThat(n.percent()).as("percent").isEqualTo(percent);
        assertThat(n.currency()).as("currency").isEqualTo(currency);
        assertThat(n.isBlank()).isFalse();
        assertThat(n.hasProblem()).isFalse();
    }

    static Stream<Arguments> spaces() {
        return Stream.of(
                Arguments.of("1\u00A0234,56"),   // no-break space (Excel in sq/sr/mk locales)
                Arguments.of("1\u202F234,56"),   // narrow no-break space (newer French/Macedonian formats)
                Arguments.of("1\u2009234,56"),   // thin space
                Arguments.of("\u00A01 234,56\u00A0"));
    }

    @ParameterizedTest
    @MethodSource
    void spaces(String text) {
        assertThat(LenientNumber.parse(text).value()).isEqualByComparingTo("1234.56");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            n/a                  | not-a-number
            N/A                  | not-a-number
            (to be defined)      | not-a-number
            (12)                 | not-a-number
            12 persons           | not-a-number
            12 persona           | not-a-number
            approx. 50           | not-a-number
            1E5                  | not-a-number
            1.5e3                | not-a-number
            -                    | not-a-number
            --5                  | not-a-number
            12-                  | not-a-number
            2016-2017            | not-a-number
            €                    | not-a-number
            %                    | not-a-number
            € 12 EUR             | not-a-number
            ١٢٣                  | not-a-number
            1.2.3                | bad-grouping
            1,23,4               | bad-grouping
            1,23,456             | bad-grouping
            1.234.5              | bad-grouping
            1,234.5.6            | bad-grouping
            12,3.4               | bad-grouping
            1 234.567,8          | bad-grouping
            1'234 567            | bad-grouping
            12 345 6             | bad-grouping
            12 15                | bad-grouping
            1,                   | bad-grouping
            1,5 000              | bad-grouping
            """)
    void refused(String text, String problem) {
        ParsedNumber n = LenientNumber.parse(text);
        assertThat(n.value()).isNull();
        assertThat(n.problemCode()).isEqualTo(problem);
        assertThat(n.hasProblem()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\u00A0", "\u202F \u00A0"})
    void blankIsNoValueAndNoProblem(String text) {
        ParsedNumber n = LenientNumber.parse(text);
        assertThat(n).isEqualTo(new ParsedNumber(null, false, false, null, null));
        assertThat(n.isBlank()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2016        | 2016
            2016.0      | 2016
            2016,0      | 2016
            2016.00     | 2016
            "  2016  "  | 2016
            2016.       | 2016
            1990        | 1990
            2100        | 2100
            """)
    void years(String text, int year) {
        assertThat(LenientNumber.parseYear(text)).isEqualTo(new ParsedYear(year, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1989", "2101", "16", "'16", "2.016", "2016.5", "2016-2017", "20166",
            "twenty sixteen", "Q1 2016", "viti 2016", "n/a"})
    void notYears(String text) {
        ParsedYear y = LenientNumber.parseYear(text);
        assertThat(y.year()).isNull();
        assertThat(y.problemCode()).isEqualTo(LenientNumber.NOT_A_YEAR);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u00A0"})
    void blankYear(String text) {
        assertThat(LenientNumber.parseYear(text).isBlank()).isTrue();
    }
}
