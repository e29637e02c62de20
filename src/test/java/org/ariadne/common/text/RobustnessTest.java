package org.ariadne.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public method must answer user text of any shape without throwing, and without stalling on
 * a whole paragraph pasted into a cell. The timeouts catch regex backtracking or quadratic work
 * gone wrong.
 */
class RobustnessTest {

    private static final int LONG = 10_000;

    static Stream<String> awkward() {
        return Stream.of(
                null, "", " ", "\u00A0", "\t\n\r", "\u202F\u2009",
                "a".repeat(LONG),
                "1".repeat(LONG),
                "1,".repeat(LONG / 2),
                "1.234,".repeat(LONG / 6),
                "2016-".repeat(LONG / 5),
                "Q1 2016 - ".repeat(LONG / 10),
                "continuous ".repeat(LONG / 11),
                "Министарство унутрашњих послова ".repeat(LONG / 32),
                "ë".repeat(LONG),
                "-".repeat(LONG),
                " ".repeat(LONG),
                "\u00A0".repeat(LONG),
                "(".repeat(LONG),
                "\uD83D\uDE00".repeat(LONG / 2),   // emoji: surrogate pairs
                "\uD83D",                          // a lone surrogate
                "e\u0301".repeat(LONG / 2),        // combining marks
                "%", "€", "-", "+", ".", ",", "'", "/", "Q", "H3", "0", "00000");
    }

    @ParameterizedTest
    @MethodSource("awkward")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void nothingThrows(String text) {
        assertThatCode(() -> {
            NameKey.of(text);
            NameKey.similarity(text, "Kosovo Police");
            NameKey.bestMatch(text, List.of("Kosovo Police", "Policia e Shtetit"), 0.8);
            LenientNumber.parse(text);
            LenientNumber.parseYear(text);
            PeriodText.parse(text);
            PeriodText.parseStart(text);
            PeriodText.parseEnd(text);
            Words.yesNo(text);
        }).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("awkward")
    void longTextIsRefusedNotRead(String text) {
        if (text == null || text.isBlank() || text.length() < LONG / 2) {
            return;
        }
        assertThat(LenientNumber.parse(text).value()).isNull();
        assertThat(PeriodText.parse(text).start()).isNull();
        assertThat(PeriodText.parse(text).continuous()).isFalse();
        assertThat(Words.yesNo(text)).isEmpty();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void twoLongNamesCanBeCompared() {
        String a = "Ministria e Punëve të Brendshme ".repeat(LONG / 32);
        String b = "Министарство унутрашњих послова ".repeat(LONG / 32);
        assertThat(NameKey.similarity(a, b)).isBetween(0.0, 1.0);
        assertThat(NameKey.similarity(a, a)).isEqualTo(1.0);
    }

    /** Random strings over the characters these parsers care about, with a fixed seed. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void randomTextNeverThrows() {
        String alphabet = "0123456789012345678901234567890123456789.,.,.,'’ \u00A0\u202F-–—/%€$()"
                + "QqHhKkTMtmiIvVxX:;abcdeëçšžčćđ ДаНеЈјЉљЊњЋћЏџЃѓЌќЅѕ"
                + "\u0301\u0308\uD83D\uDE00";
        Random random = new Random(20160401L);
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(40);
            StringBuilder text = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThatCode(() -> {
                assertThat(NameKey.similarity(s, "Q1 2016")).isBetween(0.0, 1.0);
                ParsedNumber n = LenientNumber.parse(s);
                assertThat(n.value() == null || n.problemCode() == null).isTrue();
                LenientNumber.parseYear(s);
                ParsedPeriod p = PeriodText.parse(s);
                if (p.start() != null) {
                    assertThat(p.end()).isAfterOrEqualTo(p.start());
                    assertThat(p.problemCode()).isNull();
                }
                Words.yesNo(s);
            }).as("input \"%s\"", s).doesNotThrowAnyException();
        }
    }
}
