package org.ariadne.common.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ariadne.common.ConflictException;
import org.ariadne.common.PersonNames;
import org.ariadne.common.format.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A {@link ConflictException} in the user's language, the same on every page: the person by the name colleagues know
 * ("Fatmira Krasniqi", not "fatmira") and the time as "14:02" on the same day, with the date otherwise.
 */
@Component
public class ConflictTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final PersonNames people;
    private final Clock clock;

    ConflictTexts(MessageSource messages, PersonNames people, Clock clock) {
        this.messages = messages;
        this.people = people;
        this.clock = clock;
    }

    /** The conflict's own sentence ("Fatmira Krasniqi saved this at 14:02, after you opened the page. …"). */
    public String text(ConflictException conflict, Locale locale) {
        return messages.getMessage(conflict.messageKey(), new Object[] {who(conflict), when(conflict.changedAt(), locale)},
                conflict.messageKey(), locale);
    }

    /** Who and when, for the conflict's sentence shown after a redirect ({@code Flash.problem}), in the request's language. */
    public Object[] arguments(ConflictException conflict) {
        return new Object[] {who(conflict), when(conflict.changedAt())};
    }

    /** The person who saved last, "?" when the trail does not say. */
    public String who(ConflictException conflict) {
        return conflict.changedBy() == null ? "?" : people.displayName(conflict.changedBy());
    }

    /** "14:02" on the same day, with the date otherwise, in the request's language; empty when unknown. */
    public String when(LocalDateTime at) {
        return when(at, LocaleContextHolder.getLocale());
    }

    /** "14:02" on the same day, "4 Dec 2026, 14:02" ("4 dhj 2026, 14:02") otherwise; empty when unknown. */
    public String when(LocalDateTime at, Locale locale) {
        if (at == null) {
            return "";
        }
        return at.toLocalDate().equals(LocalDate.now(clock)) ? TIME.format(at) : Formats.of(locale).dateTime(at);
    }
}
