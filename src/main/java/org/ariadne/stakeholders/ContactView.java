package org.ariadne.stakeholders;

import java.time.LocalDate;
import java.util.Set;

/** A contact person as the pages read them. */
public record ContactView(long id, int version, long institutionId, String name, String jobRole, String email,
        String phone, Set<ContactLanguage> languages, boolean consent, LocalDate consentOn, String notes) {

    /** Whether the person may be offered as a recipient: they agreed to be contacted and have an address. */
    public boolean recipient() {
        return consent && email != null;
    }

    public ContactCommand toCommand() {
        return new ContactCommand(name, jobRole, email, phone, languages, consent, consentOn, notes);
    }
}
