package org.ariadne.stakeholders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A contact person of an institution; consent to be contacted has a date, and without it no mail goes to them. */
@Table("stakeholder_contact")
class Contact {

    static final String AUDIT_TYPE = "stakeholder-contact";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long institutionId;
    /** The participant of the contact's institution when it was made (issue 19). */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private String name;
    private String jobRole;
    private String email;
    private String phone;
    private String languages;
    private boolean consent;
    private LocalDate consentOn;
    private String notes;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    Contact() {
    }

    static Contact create(long institutionId, long participantId, ContactCommand command, LocalDateTime now) {
        var contact = new Contact();
        contact.institutionId = institutionId;
        contact.participantId = participantId;
        contact.createdAt = now;
        contact.apply(command, now);
        return contact;
    }

    /** Takes the command as it is; the facade checked the consent's date before. */
    void apply(ContactCommand command, LocalDateTime now) {
        name = command.name().strip();
        jobRole = blankToNull(command.jobRole());
        email = blankToNull(command.email());
        phone = blankToNull(command.phone());
        languages = command.languages().isEmpty() ? null
                : command.languages().stream().map(Enum::name).collect(Collectors.joining(","));
        consent = command.consent();
        consentOn = command.consent() ? command.consentOn() : null;
        notes = blankToNull(command.notes());
        updatedAt = now;
    }

    Set<ContactLanguage> spoken() {
        var spoken = EnumSet.noneOf(ContactLanguage.class);
        if (languages != null && !languages.isBlank()) {
            Arrays.stream(languages.split(",")).map(String::strip).map(ContactLanguage::valueOf).forEach(spoken::add);
        }
        return spoken;
    }

    ContactView view() {
        return new ContactView(id, version, institutionId, name, jobRole, email, phone, spoken(), consent, consentOn,
                notes);
    }

    Audited audited(String institution) {
        return Audited.of(AUDIT_TYPE, id, name + " (" + institution + ")", null, AuditRecord.state(
                "institution", institution,
                "name", name,
                "jobRole", jobRole,
                "email", email,
                "phone", phone,
                "languages", languages,
                "consent", consent,
                "consentOn", consentOn == null ? null : consentOn.toString(),
                "notes", notes));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long participantId() {
        return participantId;
    }

    long institutionId() {
        return institutionId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
