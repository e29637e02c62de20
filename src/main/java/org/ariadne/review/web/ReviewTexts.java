package org.ariadne.review.web;

import java.util.List;
import java.util.Locale;

import org.ariadne.common.ConflictException;
import org.ariadne.common.UserFacingException;
import org.ariadne.common.web.ConflictTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The review pages' messages in the user's language: refusals, validation errors and who changed what meanwhile. */
@Component
class ReviewTexts {

    private final MessageSource messages;
    private final ConflictTexts conflicts;

    ReviewTexts(MessageSource messages, ConflictTexts conflicts) {
        this.messages = messages;
        this.conflicts = conflicts;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    String refusal(UserFacingException refused, Locale locale) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale);
    }

    /** "Fatmira Krasniqi saved this at 14:02, after you opened the page. …" */
    String conflict(ConflictException conflict, Locale locale) {
        return conflicts.text(conflict, locale);
    }

    /** The conflict's arguments for a message shown after a redirect. */
    Object[] conflictArguments(ConflictException conflict) {
        return conflicts.arguments(conflict);
    }

    /** Each field error as "Field: message" (the field named by {@code review.field.<name>}). */
    List<String> errors(BindingResult errors, Locale locale) {
        return errors.getAllErrors().stream()
                .map(error -> error instanceof FieldError field
                        ? text("review.field." + field.getField(), locale) + ": " + messages.getMessage(error, locale)
                        : messages.getMessage(error, locale))
                .distinct().toList();
    }
}
