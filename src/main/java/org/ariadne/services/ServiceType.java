package org.ariadne.services;

import java.util.Locale;

/** The kinds of support and protection service the directory lists. */
public enum ServiceType {
    SHELTER, HOTLINE, LEGAL_AID, HEALTH_CARE, PSYCHOSOCIAL_SUPPORT, REINTEGRATION, OTHER;

    public String messageKey() {
        return "services.type." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
