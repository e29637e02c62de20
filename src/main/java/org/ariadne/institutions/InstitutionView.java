package org.ariadne.institutions;

import java.util.List;

/** An institution as pages and other modules see it. */
public record InstitutionView(long id, int version, String name, String shortName, InstitutionType type,
        InstitutionLevel level, boolean nationalAuthorityMember, boolean reportsProgress, String contactName,
        String contactEmail, String contactPhone, boolean active, boolean demo, List<String> aliases) {

    /** "Kosovo Police (KP)" where a short name exists. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : name + " (" + shortName + ")";
    }
}
