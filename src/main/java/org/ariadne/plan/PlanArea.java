package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.text.NameKey;

/**
 * A thematic area as a plan defines it: its pillars or sections ("Prevention", "Identification and referral",
 * "GENERAL MEASURES"), named in English and Albanian, in the plan's order. {@code code} stays when the area is
 * renamed; strategic objectives, filters and downloads refer to the area by it.
 */
public record PlanArea(long id, int version, String code, String name, String nameSq, int position) {

    /** The area's name in the reader's language, its English name where it has no Albanian one. */
    public String label(Locale locale) {
        if (locale != null && "sq".equals(locale.getLanguage()) && nameSq != null && !nameSq.isBlank()) {
            return nameSq;
        }
        return name;
    }

    /** Whether a name written by a person (any case, accents, script) is this area's code or one of its names. */
    public boolean isCalled(String written) {
        var key = NameKey.of(written);
        return !key.isEmpty() && (key.equals(NameKey.of(name)) || key.equals(NameKey.of(code.replace('_', ' ')))
                || (nameSq != null && key.equals(NameKey.of(nameSq))));
    }

    /** The area a new plan has for one of the six default areas. */
    static PlanArea of(ThematicArea area) {
        return new PlanArea(0, 0, area.name(), area.englishName(), area.albanianName(), area.ordinal() + 1);
    }
}
