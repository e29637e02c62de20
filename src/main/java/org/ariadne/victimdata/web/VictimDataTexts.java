package org.ariadne.victimdata.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The register's words for the files it writes: column names and the names of its enums, in the reader's language. */
@Component
class VictimDataTexts {

    private final MessageSource messages;

    VictimDataTexts(MessageSource messages) {
        this.messages = messages;
    }

    String message(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, key, locale);
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    List<String> texts(List<String> keys, Locale locale) {
        return keys.stream().map(key -> text(key, locale)).toList();
    }

    /** An enum's name as the pages show it: {@code prefix + NAME} ("victimdata.status.IDENTIFIED"). */
    String named(String prefix, Enum<?> value, Locale locale) {
        return value == null ? null : text(prefix + value.name(), locale);
    }

    /** Several enums joined with "; " in their declared order. */
    String joined(String prefix, Collection<? extends Enum<?>> values, Locale locale) {
        return values.stream().sorted().map(value -> named(prefix, value, locale)).collect(Collectors.joining("; "));
    }

    String yesNo(boolean yes, Locale locale) {
        return text(yes ? "common.yes" : "common.no", locale);
    }
}
