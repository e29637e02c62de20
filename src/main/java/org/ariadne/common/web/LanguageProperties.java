package org.ariadne.common.web;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The languages offered in the language switch; the first is the default. A language written in two scripts is
 * offered once per script ({@code sr-Latn}, {@code sr-Cyrl}): the script is part of the choice.
 */
@ConfigurationProperties("ariadne.languages")
public record LanguageProperties(@DefaultValue({"en", "sq", "sr-Latn", "sr-Cyrl", "mk"}) List<String> available) {

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
                .or(() -> locales().stream().filter(locale -> same(locale, wanted)).findFirst())
                .or(() -> locales().stream().filter(locale -> locale.getLanguage().equals(wanted.getLanguage())).findFirst())
                .orElse(defaultLocale());
    }

    /** Whether two locales are the same language in the same script ("sr-Cyrl-RS" and "sr-Cyrl"; not "sr-Latn"). */
    public static boolean same(Locale a, Locale b) {
        return a != null && b != null && a.getLanguage().equals(b.getLanguage()) && a.getScript().equals(b.getScript());
    }

    /**
     * A language named in itself, with its script where it has two, so everyone finds their own: "English",
     * "shqip", "srpski (latinica)", "српски (ћирилица)", "македонски".
     */
    public static String nameOf(Locale locale) {
        return locale.getDisplayName(locale);
    }
}
