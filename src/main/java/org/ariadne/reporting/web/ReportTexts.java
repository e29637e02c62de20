package org.ariadne.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.format.Formats;
import org.ariadne.reporting.ReportStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** The report pages' sentences and dates in the user's language, for the controllers and the page model. */
@Component
class ReportTexts {

    private final MessageSource messages;
    private final Clock clock;

    ReportTexts(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    String refusal(UserFacingException refused, Locale locale) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {refused.messageKey()},
                refused.arguments(), refused.messageKey()), locale);
    }

    String notEditable(ReportStatus status, Locale locale) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {"reporting.error.not-editable"},
                new Object[] {new DefaultMessageSourceResolvable(status.messageKey())}), locale);
    }

    /** "14:02": when a part was saved, for the line under it. */
    String timeNow() {
        return DateTimeFormatter.ofPattern("HH:mm").format(LocalDateTime.now(clock));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** "23 Nov 2026", "23 nën 2026": as every page writes a date ({@link Formats}). */
    static String date(LocalDate day, Locale locale) {
        return Formats.of(locale).date(day);
    }

    /** "23 Nov 2026, 14:02"; "today, 14:02" would be nicer but pages are also printed. */
    static String dateTime(LocalDateTime at, Locale locale) {
        return Formats.of(locale).dateTime(at);
    }

    /** "January 2026" for a month, "January – March 2026" for longer spans, "2026" for a calendar year. */
    static String span(LocalDate start, LocalDate end, Locale locale) {
        return Formats.of(locale).months(start, end);
    }
}
