package org.ariadne.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.ariadne.common.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ConflictTextsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 16, 30);

    private final StaticMessageSource messages = new StaticMessageSource();
    private final ConflictTexts texts = new ConflictTexts(messages,
            username -> "fatmira".equals(username) ? "Fatmira Krasniqi" : username,
            Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    ConflictTextsTest() {
        messages.addMessage("review.conflict", Locale.ENGLISH, "{0} saved this at {1}, after you opened the page.");
    }

    @Test
    void namesWhoSavedByTheNameColleaguesKnowAndAtWhatTimeToday() {
        var conflict = ConflictException.of("review.conflict", 4, "fatmira", NOW.withHour(14).withMinute(2));

        assertThat(texts.text(conflict, Locale.ENGLISH))
                .isEqualTo("Fatmira Krasniqi saved this at 14:02, after you opened the page.");
        assertThat(conflict.currentVersion()).isEqualTo(4);
    }

    @Test
    void aChangeOnAnotherDayIsDatedTheReadersWay() {
        var conflict = ConflictException.of("review.conflict", 4, "arben", LocalDateTime.of(2026, 3, 9, 9, 15, 42));

        assertThat(texts.text(conflict, Locale.ENGLISH)).isEqualTo("arben saved this at 9 Mar 2026, 09:15, after you opened the page.");
        assertThat(texts.when(conflict.changedAt(), Locale.forLanguageTag("sq"))).isEqualTo("9 mar 2026, 09:15");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.forLanguageTag("sq"));
        try {
            assertThat(texts.arguments(conflict)).as("after a redirect, in the request's language")
                    .containsExactly("arben", "9 mar 2026, 09:15");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void whenTheTrailDoesNotSayWhoTheSentenceStillReads() {
        var conflict = ConflictException.of("review.conflict", null, null, null);

        assertThat(conflict.knowsWhoAndWhen()).isFalse();
        assertThat(texts.text(conflict, Locale.ENGLISH)).isEqualTo("? saved this at , after you opened the page.");
    }
}
