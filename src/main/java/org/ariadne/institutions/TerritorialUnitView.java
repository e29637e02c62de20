package org.ariadne.institutions;

import java.util.Locale;

/** A region or municipality as pages show it; {@code parentId} is the region of a municipality. */
public record TerritorialUnitView(long id, int version, String name, TerritorialUnitKind kind, Long parentId,
        String parentName, String nameSq, String nameSr, String nameMk, boolean demo) {

    /** The name in the reader's language where one is held, else the name as entered. */
    public String displayName(Locale locale) {
        var translated = switch (locale == null ? "" : locale.getLanguage()) {
            case "sq" -> nameSq;
            case "sr" -> nameSr;
            case "mk" -> nameMk;
            default -> null;
        };
        return translated == null || translated.isBlank() ? name : translated;
    }
}
