package org.ariadne.review.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.PersonNames;
import org.ariadne.common.UserFacingException;
import org.ariadne.review.ReviewConflictException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The review pages' messages in the user's language: refusals, validation errors and who changed what meanwhile. */
@Component
class ReviewTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final PersonNames people;
    private final Clock clock;

    ReviewTexts(MessageSource messages, PersonNames people, Clock clock) {
        this.messages = messages;
        this.people = people;
        this.clock = clock;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    String refusal(UserFacingException refused, Locale locale) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale);
    }

    /** "Fatmira Krasniqi saved this at 14:02, after you opened the page. …" */
    String conflict(ReviewConflictException conflict, Locale locale) {
        return text("review.conflict", locale, who(conflict), when(conflict.changedAt()));
    }

    /** The conflict's arguments for a message shown after a redirect. */
    Object[] conflictArguments(ReviewConflictException conflict) {
        return new Object[] {who(conflict), when(conflict.changedAt())};
    }

    /** Each field error as "Field: message" (the field named by {@code review.field.<name>}). */
    List<String> errors(BindingResult errors, Locale locale) {
        return errors.getAllErrors().stream()
                .map(error -> error instanceof FieldError field
                        ? text("review.field." + field.getField(), locale) + ": " + messages.getMessage(error, locale)
                        : messages.getMessage(error, locale))
                .distinct().toList();
    }

    private String who(ReviewConflictException conflict) {
        return conflict.changedBy() == null ? "?" : people.displayName(conflict.changedBy());
    }

    /** "14:02" on the same day, with the date otherwise. */
    private String when(LocalDateTime at) {
        if (at == null) {
            return "";
        }
        return at.toLocalDate().equals(LocalDate.now(clock)) ? TIME.format(at) : DAY_AND_TIME.format(at);
    }
}
