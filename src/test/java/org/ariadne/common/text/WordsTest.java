package org.ariadne.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"yes", "Yes", "YES", " yes ", "Yes.", "y", "po", "Po", "PO", "da", "Da",
            "да", "Да", "ДА", "true", "TRUE", "1", "1.0", "✓", "✔"})
    void yes(String text) {
        assertThat(Words.yesNo(text)).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "No", "NO", "No!", "n", "jo", "Jo", "JO", "ne", "Ne", "не", "Не",
            "НЕ", "false", "False", "0", "0.0", "✗", "✘"})
    void no(String text) {
        assertThat(Words.yesNo(text)).contains(false);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u00A0", "x", "X", "maybe", "ndoshta", "možda", "можеби", "yes and no",
            "po/jo", "2", "-", "n/a", "partially", "pjesërisht", "delimično", "yess", "nope"})
    void neither(String text) {
        assertThat(Words.yesNo(text)).isEmpty();
    }
}
