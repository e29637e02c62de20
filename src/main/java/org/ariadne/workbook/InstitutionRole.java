package org.ariadne.workbook;

import org.ariadne.institutions.InstitutionType;

/** Where a name of an institution appeared, which also suggests what kind of institution a new one is. */
enum InstitutionRole {
    LEAD, SUPPORTING, FUNDER;

    InstitutionType guessType(String name) {
        var key = org.ariadne.common.text.NameKey.of(name);
        if (key.contains("ministr")) {
            return InstitutionType.MINISTRY;
        }
        if (key.contains("polic") || key.contains("polici")) {
            return InstitutionType.POLICE;
        }
        if (key.contains("prosecut") || key.contains("prokur") || key.contains("tuzil")) {
            return InstitutionType.PROSECUTION;
        }
        if (key.contains("court") || key.contains("gjykat") || key.contains("sud") || key.contains("judicial")) {
            return InstitutionType.COURT;
        }
        if (key.contains("municipal") || key.contains("komun") || key.contains("opstin") || key.contains("opshtin")) {
            return InstitutionType.MUNICIPALITY;
        }
        if (key.contains("shelter") || key.contains("strehim") || key.contains("sklonist")) {
            return InstitutionType.SHELTER_NGO;
        }
        if (key.contains("social") || key.contains("sociale") || key.contains("socijal")) {
            return InstitutionType.SOCIAL_SERVICES;
        }
        if (this == FUNDER) {
            return InstitutionType.DONOR;
        }
        return InstitutionType.OTHER;
    }
}
