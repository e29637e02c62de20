package org.ariadne.institutions;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person sets on an institution; the form binds to this, never to the stored record. */
public record InstitutionCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String name,
        @Size(max = 50, message = "{validation.size.max}") String shortName,
        @NotNull(message = "{validation.required}") InstitutionType type,
        @NotNull(message = "{validation.required}") InstitutionLevel level,
        Boolean nationalAuthorityMember,
        Boolean reportsProgress,
        @Size(max = 200, message = "{validation.size.max}") String contactName,
        @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.size.max}") String contactEmail,
        @Size(max = 50, message = "{validation.size.max}") String contactPhone,
        Boolean active,
        @Size(max = 300, message = "{validation.size.max}") String nameSq,
        @Size(max = 300, message = "{validation.size.max}") String nameSr,
        @Size(max = 300, message = "{validation.size.max}") String nameMk,
        @Size(max = 200, message = "{validation.size.max}") String acronyms) {

    /** An unticked checkbox sends nothing; that means "no". */
    public InstitutionCommand {
        nationalAuthorityMember = Boolean.TRUE.equals(nationalAuthorityMember);
        reportsProgress = Boolean.TRUE.equals(reportsProgress);
        active = Boolean.TRUE.equals(active);
    }

    /** An institution known by one name only (no names in other languages, no acronyms). */
    public InstitutionCommand(String name, String shortName, InstitutionType type, InstitutionLevel level,
            Boolean nationalAuthorityMember, Boolean reportsProgress, String contactName, String contactEmail,
            String contactPhone, Boolean active) {
        this(name, shortName, type, level, nationalAuthorityMember, reportsProgress, contactName, contactEmail,
                contactPhone, active, null, null, null, null);
    }

    /** The same institution also named in Albanian, Serbian and Macedonian and by these acronyms ("MPMS, MRSZ"). */
    public InstitutionCommand withNames(String nameSq, String nameSr, String nameMk, String acronyms) {
        return new InstitutionCommand(name, shortName, type, level, nationalAuthorityMember, reportsProgress,
                contactName, contactEmail, contactPhone, active, nameSq, nameSr, nameMk, acronyms);
    }

    public static InstitutionCommand empty() {
        return new InstitutionCommand("", "", InstitutionType.MINISTRY, InstitutionLevel.NATIONAL, false, true, "", "",
                "", true);
    }

    /** A new institution known only by the name found in an imported workbook. */
    public static InstitutionCommand named(String name, InstitutionType type) {
        return new InstitutionCommand(name, null, type, InstitutionLevel.NATIONAL, false,
                type != InstitutionType.DONOR && type != InstitutionType.INTERNATIONAL_ORGANISATION, null, null, null,
                true);
    }
}
