package org.ariadne.quality.web;

import java.util.Locale;

import org.ariadne.quality.Finding;
import org.ariadne.quality.Word;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A finding's words in the user's language, the same on the page and in the downloads. */
@Component
class FindingTexts {

    private final MessageSource messages;

    FindingTexts(MessageSource messages) {
        this.messages = messages;
    }

    String message(Finding finding, Locale locale) {
        var arguments = finding.messageArguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Word word) {
                arguments[i] = messages.getMessage(word.messageKey(), null, word.messageKey(), locale);
            }
        }
        return messages.getMessage(finding.rule().messageKey(), arguments, locale);
    }

    String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
