package org.ariadne.stakeholders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact people of the institutions: kept by the office for every institution and by a focal point for their own
 * one. A person who did not agree to be contacted is kept but never offered as a recipient ({@link #recipients}).
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Contacts {

    public static final String KEEPERS = StakeholderAccess.OFFICE_OR_FOCAL_POINT;

    static final String ENTITY = Contact.AUDIT_TYPE;

    private final StakeholderContactRepository contacts;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;

    private final org.ariadne.institutions.InstitutionParticipants institutionParticipants;
    private final org.ariadne.common.participant.ParticipantScope participants;
    private final StakeholderOwnership owners;

    Contacts(StakeholderContactRepository contacts, Institutions institutions, AuditTrail trail, AuditHistory history,
            Clock clock, org.ariadne.institutions.InstitutionParticipants institutionParticipants,
            org.ariadne.common.participant.ParticipantScope participants, StakeholderOwnership owners) {
        this.institutionParticipants = institutionParticipants;
        this.participants = participants;
        this.owners = owners;
        this.contacts = contacts;
        this.institutions = institutions;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    /** The institution's contact people by name; a focal point of another institution is told it does not exist. */
    @PreAuthorize(KEEPERS)
    public List<ContactView> list(long institutionId) {
        checkKeeps(institutionId);
        participants.requireSees(institutionParticipants.of(institutionId).orElse(null), "institution contacts",
                institutionId);
        return contacts.findByInstitutionIdOrderByNameAsc(institutionId).stream().map(Contact::view).toList();
    }

    /** Every institution's contacts of the person's participant, for the office's overview. */
    @PreAuthorize(StakeholderAccess.OFFICE)
    public List<ContactView> all() {
        var own = participants.narrowedTo();
        return (own.isPresent() ? contacts.findAllByParticipantIdOrderByNameAsc(own.get())
                : contacts.findAllByOrderByNameAsc()).stream().map(Contact::view).toList();
    }

    /** The institutions of the person's participant, for pickers and the overview (issue 19). */
    @PreAuthorize("isAuthenticated()")
    public List<org.ariadne.institutions.InstitutionView> institutionChoices() {
        return owners.own(institutions.directory().all());
    }

    /** The participant of a contact, for the participant guard; empty when there is none. */
    java.util.Optional<Long> participantOf(long id) {
        return contacts.findById(id).map(Contact::participantId);
    }

    /**
     * Whom a message to the institution may go to: its contacts who agreed to be contacted and have an e-mail address.
     * Nobody else is ever offered.
     */
    @PreAuthorize(KEEPERS)
    public List<ContactView> recipients(long institutionId) {
        return list(institutionId).stream().filter(ContactView::recipient).toList();
    }

    @PreAuthorize(KEEPERS)
    public ContactView get(long id) {
        var contact = find(id);
        return contact.view();
    }

    /** The rules of a contact besides its fields: consent needs the day it was given, and not one in the future. */
    @PreAuthorize(KEEPERS)
    public void check(ContactCommand command) {
        var refusals = new ArrayList<StakeholderException>();
        if (command.consent() && command.consentOn() == null) {
            refusals.add(StakeholderException.consentDateMissing());
        }
        if (command.consent() && command.consentOn() != null && command.consentOn().isAfter(LocalDate.now(clock))) {
            refusals.add(StakeholderException.consentDateInFuture());
        }
        StakeholderException.refuseAll(refusals);
    }

    @PreAuthorize(KEEPERS)
    @Transactional
    public long create(long institutionId, ContactCommand command) {
        checkKeeps(institutionId);
        var owner = institutionParticipants.of(institutionId);
        if (institutions.directory().byId(institutionId).isEmpty() || !participants.sees(owner.orElse(null))) {
            throw NotFoundException.of("institution", institutionId);
        }
        check(command);
        var saved = contacts.save(Contact.create(institutionId, owner.orElse(participants.forNewRecord()), command,
                now()));
        trail.recordCreated(saved.audited(institutionName(saved)));
        return saved.id();
    }

    @PreAuthorize(KEEPERS)
    @Transactional
    public void update(long id, int expectedVersion, ContactCommand command) {
        var contact = find(id);
        checkVersion(contact, expectedVersion);
        check(command);
        var before = contact.audited(institutionName(contact));
        contact.apply(command, now());
        var saved = contacts.save(contact);
        trail.recordChange(before, saved.audited(institutionName(saved)));
    }

    @PreAuthorize(KEEPERS)
    @Transactional
    public long delete(long id, int expectedVersion) {
        var contact = find(id);
        checkVersion(contact, expectedVersion);
        contacts.delete(contact);
        trail.recordDeleted(contact.audited(institutionName(contact)));
        return contact.institutionId();
    }

    private void checkVersion(Contact contact, int expectedVersion) {
        if (contact.version() != expectedVersion) {
            var last = history.lastChange(ENTITY, contact.id());
            throw ConflictException.of("stakeholders.contact.conflict", contact.version(),
                    last.map(e -> e.actor()).orElse(null), last.map(e -> e.occurredAt()).orElse(null));
        }
    }

    private static void checkKeeps(long institutionId) {
        if (!StakeholderAccess.keepsContactsOf(institutionId)) {
            throw NotFoundException.of("institution contacts", institutionId);
        }
    }

    private String institutionName(Contact contact) {
        return institutions.directory().nameOf(contact.institutionId());
    }

    private Contact find(long id) {
        var contact = contacts.findById(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
        participants.requireSees(contact.participantId(), ENTITY, id);
        checkKeeps(contact.institutionId());
        return contact;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
