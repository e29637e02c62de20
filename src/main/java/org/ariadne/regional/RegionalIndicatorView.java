package org.ariadne.regional;

import java.util.Locale;

import org.ariadne.common.text.SerbianScript;
import org.ariadne.plan.Direction;

/** A regional indicator as the pages show it. */
public record RegionalIndicatorView(long id, int version, String code, String name, String nameSq, String nameSr,
        String nameMk, String unit, Direction direction) {

    /** Its name in the reader's language where one is kept (Serbian in the reader's script), else the English. */
    public String nameIn(Locale locale) {
        var translated = switch (locale.getLanguage()) {
            case "sq" -> nameSq;
            case "sr" -> nameSr;
            case "mk" -> nameMk;
            default -> null;
        };
        if (translated == null || translated.isBlank()) {
            return name;
        }
        return SerbianScript.isSerbianCyrillic(locale) ? SerbianScript.toCyrillic(translated) : translated;
    }

    public RegionalIndicatorCommand toCommand() {
        return new RegionalIndicatorCommand(code, name, nameSq, nameSr, nameMk, unit, direction);
    }
}
