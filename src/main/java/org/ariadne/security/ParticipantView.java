package org.ariadne.security;

import java.util.Locale;

import org.ariadne.common.text.SerbianScript;

/** A participant (country or entity) as pages and other modules see it, with its names in the other languages. */
public record ParticipantView(long id, int version, String code, String name, String nameSq, String nameSr,
        String nameMk, boolean demo) {

    /**
     * Its name in the reader's language where one is kept (Albanian, Serbian, Macedonian), its name otherwise; Serbian
     * is shown in the reader's script, whichever it was typed in.
     */
    public String nameIn(Locale locale) {
        if (locale == null) {
            return name;
        }
        var kept = switch (locale.getLanguage()) {
            case "sq" -> nameSq;
            case "sr" -> nameSr;
            case "mk" -> nameMk;
            default -> null;
        };
        if (kept == null || kept.isBlank()) {
            return name;
        }
        if ("sr".equals(locale.getLanguage())) {
            boolean cyrillicReader = SerbianScript.isSerbianCyrillic(locale);
            if (cyrillicReader != SerbianScript.isCyrillic(kept)) {
                return cyrillicReader ? SerbianScript.toCyrillic(kept) : SerbianScript.toLatin(kept);
            }
        }
        return kept;
    }
}
