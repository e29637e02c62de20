package org.ariadne.common.web;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The languages offered in the language switch; the first is the default. */
@ConfigurationProperties("ariadne.languages")
public record LanguageProperties(@DefaultValue({"en", "sq"}) List<String> available) {

    public List<Locale> locales() {
        return available.stream().map(Locale::forLanguageTag).toList();
    }

    public Locale defaultLocale() {
        return locales().get(0);
    }

    /** The offered language closest to what was asked for, or the default. */
    public Locale supported(Locale wanted) {
        if (wanted == null) {
            return defaultLocale();
        }
        return locales().stream()
                .filter(locale -> locale.toLanguageTag().equalsIgnoreCase(wanted.toLanguageTag()))
                .findFirst()
                .or(() -> locales().stream().filter(locale -> locale.getLanguage().equals(wanted.getLanguage())).findFirst())
                .orElse(defaultLocale());
    }
}
