package org.ariadne.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTextTest {

    private static void assertPeriod(String text, LocalDate start, LocalDate end) {
        ParsedPeriod p = PeriodText.parse(text);
        assertThat(p.problemCode()).as("problem for \"%s\"", text).isNull();
        assertThat(p.start()).as("start of \"%s\"", text).isEqualTo(start);
        assertThat(p.end()).as("end of \"%s\"", text).isEqualTo(end);
        assertThat(p.continuous()).as("continuous").isFalse();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # ISO and day-first numeric dates (day first is the Balkan convention)
            2016-04-01              | 2016-04-01
            2016/04/01              | 2016-04-01
            2016.04.01              | 2016-04-01
            01.04.2016              | 2016-04-01
            1.4.2016                | 2016-04-01
            01.04.2016.             | 2016-04-01
            1. 4. 2016.             | 2016-04-01
            01/04/2016              | 2016-04-01
            1/4/2016                | 2016-04-01
            01-04-2016              | 2016-04-01
            "  01.04.2016  "        | 2016-04-01
            # as a date cell sometimes arrives as text
            2016-04-01T00:00        | 2016-04-01
            2016-04-01 00:00:00     | 2016-04-01
            01.04.2016 00:00        | 2016-04-01
            # with a month name
            1 April 2016            | 2016-04-01
            April 1, 2016           | 2016-04-01
            1st April 2016          | 2016-04-01
            1 prill 2016            | 2016-04-01
            1. april 2016.          | 2016-04-01
            1. aprila 2016. godine  | 2016-04-01
            1. априла 2016.         | 2016-04-01
            1 април 2016            | 2016-04-01
            # leap day
            29.02.2016              | 2016-02-29
            29 shkurt 2016          | 2016-02-29
            """)
    void days(String text, LocalDate day) {
        assertPeriod(text, day, day);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # numeric month and year
            04/2016            | 2016-04-01 | 2016-04-30
            04.2016            | 2016-04-01 | 2016-04-30
            4.2016.            | 2016-04-01 | 2016-04-30
            04-2016            | 2016-04-01 | 2016-04-30
            2016-04            | 2016-04-01 | 2016-04-30
            # English
            April 2016         | 2016-04-01 | 2016-04-30
            APRIL 2016         | 2016-04-01 | 2016-04-30
            Apr. 2016          | 2016-04-01 | 2016-04-30
            April, 2016        | 2016-04-01 | 2016-04-30
            April-2016         | 2016-04-01 | 2016-04-30
            September 2016     | 2016-09-01 | 2016-09-30
            December of 2016   | 2016-12-01 | 2016-12-31
            # Albanian
            prill 2016         | 2016-04-01 | 2016-04-30
            Prilli 2016        | 2016-04-01 | 2016-04-30
            qershor 2016       | 2016-06-01 | 2016-06-30
            nëntor 2016        | 2016-11-01 | 2016-11-30
            nentor 2016        | 2016-11-01 | 2016-11-30
            dhjetor 2016       | 2016-12-01 | 2016-12-31
            # Serbian, Latin and Cyrillic
            april 2016         | 2016-04-01 | 2016-04-30
            април 2016         | 2016-04-01 | 2016-04-30
            Април 2016.        | 2016-04-01 | 2016-04-30
            jun 2016           | 2016-06-01 | 2016-06-30
            septembar 2016     | 2016-09-01 | 2016-09-30
            децембар 2016      | 2016-12-01 | 2016-12-31
            # Macedonian
            септември 2016     | 2016-09-01 | 2016-09-30
            октомври 2016      | 2016-10-01 | 2016-10-31
            декември 2016      | 2016-12-01 | 2016-12-31
            # February: leap years end on the 29th
            February 2016      | 2016-02-01 | 2016-02-29
            February 2015      | 2015-02-01 | 2015-02-28
            02/2016            | 2016-02-01 | 2016-02-29
            shkurt 2016        | 2016-02-01 | 2016-02-29
            februar 2016       | 2016-02-01 | 2016-02-29
            фебруар 2016       | 2016-02-01 | 2016-02-29
            февруари 2016      | 2016-02-01 | 2016-02-29
            February 2000      | 2000-02-01 | 2000-02-29
            February 2100      | 2100-02-01 | 2100-02-28
            """)
    void months(String text, LocalDate start, LocalDate end) {
        assertPeriod(text, start, end);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"2016", " 2016 ", "2016.", "2016.0", "viti 2016", "2016. godine",
            "godina 2016", "in 2016", "në vitin 2016", "tokom 2016. godine", "(2016)"})
    void years(String text) {
        assertPeriod(text, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → Q2 2016")
    @ValueSource(strings = {
            // compact codes: Q, K (kvartal), TM (tremujori)
            "2016-Q2", "Q2 2016", "Q2-2016", "2016 Q2", "2016Q2", "q2/2016", "Q2 – 2016", "2Q 2016",
            "TM2 2016", "TM 2 2016", "tm2-2016", "K2 2016", "К2 2016", "2016-K2",
            // English
            "second quarter of 2016", "2nd quarter 2016", "Second Quarter 2016", "Q2 of 2016",
            "the second quarter of the year 2016",
            // Albanian
            "tremujori i dytë 2016", "tremujori II 2016", "TM II 2016", "tremujori i dytë i vitit 2016",
            "në tremujorin e dytë 2016", "tremujori i dyte 2016",
            // Serbian, Latin and Cyrillic
            "II kvartal 2016", "II kvartal 2016. godine", "drugi kvartal 2016", "2. kvartal 2016.",
            "II квартал 2016", "други квартал 2016", "drugo tromesečje 2016",
            // Macedonian
            "втор квартал 2016", "II квартал 2016 година", "второ тримесечје 2016"})
    void secondQuarter(String text) {
        assertPeriod(text, LocalDate.of(2016, 4, 1), LocalDate.of(2016, 6, 30));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2016-Q1                    | 2016-01-01 | 2016-03-31
            Q1 2016                    | 2016-01-01 | 2016-03-31
            I kvartal 2016             | 2016-01-01 | 2016-03-31
            tremujori i parë 2016      | 2016-01-01 | 2016-03-31
            прв квартал 2016           | 2016-01-01 | 2016-03-31
            first quarter 2016         | 2016-01-01 | 2016-03-31
            Q3 2016                    | 2016-07-01 | 2016-09-30
            III kvartal 2016           | 2016-07-01 | 2016-09-30
            tremujori i tretë 2016     | 2016-07-01 | 2016-09-30
            трет квартал 2016          | 2016-07-01 | 2016-09-30
            treći kvartal 2016         | 2016-07-01 | 2016-09-30
            Q4 2016                    | 2016-10-01 | 2016-12-31
            IV kvartal 2016            | 2016-10-01 | 2016-12-31
            четврти квартал 2016       | 2016-10-01 | 2016-12-31
            tremujori i katërt 2016    | 2016-10-01 | 2016-12-31
            fourth quarter of 2016     | 2016-10-01 | 2016-12-31
            """)
    void otherQuarters(String text, LocalDate start, LocalDate end) {
        assertPeriod(text, start, end);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2016-H1                        | 2016-01-01 | 2016-06-30
            H1 2016                        | 2016-01-01 | 2016-06-30
            1H 2016                        | 2016-01-01 | 2016-06-30
            first half of 2016             | 2016-01-01 | 2016-06-30
            1st half 2016                  | 2016-01-01 | 2016-06-30
            first half-year 2016           | 2016-01-01 | 2016-06-30
            gjashtëmujori i parë 2016      | 2016-01-01 | 2016-06-30
            6-mujori i parë 2016           | 2016-01-01 | 2016-06-30
            gjysma e parë e vitit 2016     | 2016-01-01 | 2016-06-30
            I polugodište 2016             | 2016-01-01 | 2016-06-30
            prvo polugodište 2016. godine  | 2016-01-01 | 2016-06-30
            прво полугодиште 2016          | 2016-01-01 | 2016-06-30
            прво полугодие 2016            | 2016-01-01 | 2016-06-30
            H2 2016                        | 2016-07-01 | 2016-12-31
            2016 H2                        | 2016-07-01 | 2016-12-31
            second half of 2016            | 2016-07-01 | 2016-12-31
            gjysma e dytë 2016             | 2016-07-01 | 2016-12-31
            II polugodište 2016            | 2016-07-01 | 2016-12-31
            drugo polugodiste 2016         | 2016-07-01 | 2016-12-31
            второ полугодие 2016           | 2016-07-01 | 2016-12-31
            """)
    void halfYears(String text, LocalDate start, LocalDate end) {
        assertPeriod(text, start, end);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2015-2019                           | 2015-01-01 | 2019-12-31
            2015 – 2019                         | 2015-01-01 | 2019-12-31
            2015—2019                           | 2015-01-01 | 2019-12-31
            2015 - 2019                         | 2015-01-01 | 2019-12-31
            2015 − 2019                         | 2015-01-01 | 2019-12-31
            2016-2016                           | 2016-01-01 | 2016-12-31
            Q1 2016 - Q4 2017                   | 2016-01-01 | 2017-12-31
            2016-Q1 – 2017-Q4                   | 2016-01-01 | 2017-12-31
            TM1 2016 - TM2 2016                 | 2016-01-01 | 2016-06-30
            I kvartal 2016 - II kvartal 2017    | 2016-01-01 | 2017-06-30
            H2 2016 - H1 2017                   | 2016-07-01 | 2017-06-30
            04/2016 - 06/2016                   | 2016-04-01 | 2016-06-30
            01.04.2016 - 30.06.2016             | 2016-04-01 | 2016-06-30
            01.04.2016.-30.06.2016.             | 2016-04-01 | 2016-06-30
            2016-04-01 - 2016-06-30             | 2016-04-01 | 2016-06-30
            April 2016 - June 2017              | 2016-04-01 | 2017-06-30
            from 2016 to 2018                   | 2016-01-01 | 2018-12-31
            From April 2016 until June 2016     | 2016-04-01 | 2016-06-30
            nga 2016 deri në 2018               | 2016-01-01 | 2018-12-31
            prill 2016 deri qershor 2016        | 2016-04-01 | 2016-06-30
            od 2016. do 2018. godine            | 2016-01-01 | 2018-12-31
            од 2016 до 2018                     | 2016-01-01 | 2018-12-31
            # the left side borrows the right side's last words
            Q1-Q3 2016                          | 2016-01-01 | 2016-09-30
            January–March 2016                  | 2016-01-01 | 2016-03-31
            janar - mars 2016                   | 2016-01-01 | 2016-03-31
            јануар - март 2016                  | 2016-01-01 | 2016-03-31
            1.4.-30.6.2016.                     | 2016-04-01 | 2016-06-30
            01.04 - 30.06.2016                  | 2016-04-01 | 2016-06-30
            H1-H2 2016                          | 2016-01-01 | 2016-12-31
            I-II kvartal 2016                   | 2016-01-01 | 2016-06-30
            I - III квартал 2016. године        | 2016-01-01 | 2016-09-30
            1-15 April 2016                     | 2016-04-01 | 2016-04-15
            1. - 15. april 2016.                | 2016-04-01 | 2016-04-15
            """)
    void ranges(String text, LocalDate start, LocalDate end) {
        assertPeriod(text, start, end);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"continuous", "Continuous", "CONTINUOUSLY", "ongoing", "On-going",
            "on going", "permanent", "Permanently",
            "vazhdimisht", "Vazhdimisht", "e vazhdueshme", "në vazhdimësi", "ne vazhdimesi", "në vazhdim",
            "kontinuirano", "Kontinuirano", "stalno", "trajno", "permanentno", "u kontinuitetu",
            "континуирано", "Континуирано", "постојано", "трајно", "стално", "во континуитет",
            "Stalno / kontinuirano", "Continuous (subject to available funding)", "(ongoing)",
            "Continuous."})
    void continuousWithoutDates(String text) {
        assertThat(PeriodText.parse(text)).isEqualTo(new ParsedPeriod(null, null, true, null));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2016-2017 (continuous)          | 2016-01-01 | 2017-12-31
            2016-2017, vazhdimisht          | 2016-01-01 | 2017-12-31
            Kontinuirano 2016-2018          | 2016-01-01 | 2018-12-31
            континуирано, 2016 - 2018       | 2016-01-01 | 2018-12-31
            Q2 2016 (ongoing)               | 2016-04-01 | 2016-06-30
            """)
    void continuousWithDates(String text, LocalDate start, LocalDate end) {
        assertThat(PeriodText.parse(text)).isEqualTo(new ParsedPeriod(start, end, true, null));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # Excel serial numbers that lost their date format
            42461            | looks-like-serial
            42461.0          | looks-like-serial
            " 42461 "        | looks-like-serial
            # a slash between two years may mean one school or fiscal year: refused, not guessed
            2015/2019        | ambiguous-range
            2015 / 2016      | ambiguous-range
            2015/16          | ambiguous-range
            2015-16          | ambiguous-range
            # the shape of a date, but no such day or month
            31.02.2016       | no-such-date
            29.02.2015       | no-such-date
            2016-02-30       | no-such-date
            04/13/2016       | no-such-date
            13/2016          | no-such-date
            31 April 2016    | no-such-date
            # backwards ranges
            2019-2015        | end-before-start
            Q4 2016 - Q1 2016| end-before-start
            # anything else
            H3 2016          | not-a-date
            Q5 2016          | not-a-date
            fifth quarter 2016 | not-a-date
            01.04.16         | not-a-date
            1.4.16           | not-a-date
            1899             | not-a-date
            2101             | not-a-date
            Q2               | not-a-date
            April            | not-a-date
            2016-2017-2018   | not-a-date
            tbd              | not-a-date
            n/a              | not-a-date
            TBD (subject to funding) | not-a-date
            end of 2016      | not-a-date
            123              | not-a-date
            123456           | not-a-date
            Q1 2016 and Q3 2016 | not-a-date
            """)
    void refused(String text, String problem) {
        ParsedPeriod p = PeriodText.parse(text);
        assertThat(p).isEqualTo(new ParsedPeriod(null, null, false, problem));
        assertThat(p.hasProblem()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t", "\u00A0", "\u202F"})
    void blankIsNothingAndNoProblem(String text) {
        assertThat(PeriodText.parse(text)).isEqualTo(new ParsedPeriod(null, null, false, null));
        assertThat(PeriodText.parse(text).isBlank()).isTrue();
        assertThat(PeriodText.parseStart(text).isBlank()).isTrue();
        assertThat(PeriodText.parseEnd(text).isBlank()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # text                   | start      | end        | continuous | problem
            Q2 2016                  | 2016-04-01 | 2016-06-30 | false      | null
            2016-Q1                  | 2016-01-01 | 2016-03-31 | false      | null
            February 2016            | 2016-02-01 | 2016-02-29 | false      | null
            2016                     | 2016-01-01 | 2016-12-31 | false      | null
            2015-2019                | 2015-01-01 | 2019-12-31 | false      | null
            01.04.2016               | 2016-04-01 | 2016-04-01 | false      | null
            H2 2016                  | 2016-07-01 | 2016-12-31 | false      | null
            vazhdimisht              | null       | null       | true       | null
            2016-2017 (continuous)   | 2016-01-01 | 2017-12-31 | true       | null
            42461                    | null       | null       | false      | looks-like-serial
            n/a                      | null       | null       | false      | not-a-date
            """)
    void startAndEndCells(String text, LocalDate start, LocalDate end, boolean continuous, String problem) {
        assertThat(PeriodText.parseStart(text)).isEqualTo(new ParsedDate(start, continuous, problem));
        assertThat(PeriodText.parseEnd(text)).isEqualTo(new ParsedDate(end, continuous, problem));
    }
}
