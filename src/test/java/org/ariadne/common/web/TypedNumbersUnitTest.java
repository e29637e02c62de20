package org.ariadne.common.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers typed into a form are read as the user's language writes them, and shown back plain. */
class TypedNumbersUnitTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale ALBANIAN = Locale.forLanguageTag("sq");

    private final TypedNumbers numbers = new TypedNumbers();

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1,250.5   | en | 1250.5
            1.250,5   | sq | 1250.5
            1250.5    | en | 1250.5
            1250.5    | sq | 1250.5
            1250,5    | en | 1250.5
            1 250,50  | sq | 1250.50
            1,250     | en | 1250
            1,250     | sq | 1.250
            1.250     | en | 1.250
            1.250     | sq | 1250
            0,250     | en | 0.250
            12 EUR    | en | 12
            -3        | sq | -3
            """)
    void readsANumberTheWayTheUsersLanguageWritesIt(String typed, String language, String expected)
            throws ParseException {
        assertThat(numbers.parse(typed, Locale.forLanguageTag(language))).isEqualByComparingTo(expected);
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThatThrownBy(() -> numbers.parse("a lot", ENGLISH)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> numbers.parse("1,23,4", ALBANIAN)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> numbers.parse("(12)", ENGLISH)).isInstanceOf(ParseException.class);
    }

    @Test
    void showsANumberPlainWhateverTheLanguage() {
        assertThat(numbers.print(new BigDecimal("1250.50"), ALBANIAN)).isEqualTo("1250.50");
        assertThat(numbers.print(new BigDecimal("1.2E+3"), ENGLISH)).isEqualTo("1200");
    }
}
