package org.ariadne.services;

import java.util.Locale;

/** Whom a service is for; a service may serve several groups. */
public enum TargetGroup {
    WOMEN, MEN, CHILDREN, FOREIGNERS, LGBTI, PERSONS_WITH_DISABILITIES;

    public String messageKey() {
        return "services.target." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
