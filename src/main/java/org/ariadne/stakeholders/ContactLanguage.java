package org.ariadne.stakeholders;

import java.util.Locale;

/** The languages a contact person speaks, as the region's institutions work in them. */
public enum ContactLanguage {
    ALBANIAN, SERBIAN, MACEDONIAN, BOSNIAN, TURKISH, ENGLISH, OTHER;

    public String messageKey() {
        return "stakeholders.language." + name().toLowerCase(Locale.ROOT);
    }
}
