package org.ariadne.institutions;

import java.util.Locale;

/** The kinds of institution the seeds name. */
public enum InstitutionType {
    MINISTRY, POLICE, PROSECUTION, COURT, SOCIAL_SERVICES, SHELTER_NGO, NGO, INTERNATIONAL_ORGANISATION, DONOR,
    MUNICIPALITY, OTHER;

    public String messageKey() {
        return "institution.type." + name().toLowerCase(Locale.ROOT);
    }
}
