package org.ariadne.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.audit.Audited;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation agreements and MoUs: kept by the office, read by the office and members. An agreement in force that
 * expires within {@link CoordinationProperties#renewalNoticeDays()} days is announced to the office (the notices and
 * the coordination overview) so that it is renewed in time.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Agreements {

    static final String ENTITY = Agreement.AUDIT_TYPE;
    public static final String READERS = CoordinationAccess.AGREEMENT_READERS;

    private final AgreementRepository agreements;
    private final CoordinationFileRepository files;
    private final Institutions institutions;
    private final PlanActivities activities;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final CoordinationProperties properties;
    private final Clock clock;
    private final CoordinationParticipants participants;

    Agreements(AgreementRepository agreements, CoordinationFileRepository files, Institutions institutions,
            PlanActivities activities, AuditTrail trail, AuditHistory history, CoordinationProperties properties,
            Clock clock, CoordinationParticipants participants) {
        this.participants = participants;
        this.agreements = agreements;
        this.files = files;
        this.institutions = institutions;
        this.activities = activities;
        this.trail = trail;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every agreement by title; of one status as it stands today, and only those expiring soon, when asked. */
    @PreAuthorize(READERS)
    public List<AgreementView> list(AgreementStatus status, boolean expiringOnly) {
        var today = LocalDate.now(clock);
        var names = institutions.directory();
        var labels = activities.all();
        return agreements.findAllByOrderByTitleAsc().stream().filter(a -> participants.sees(a.participantId()))
                .map(a -> a.view(names::nameOf, labels, List.of()))
                .filter(a -> status == null || a.effectiveStatus(today) == status)
                .filter(a -> !expiringOnly || a.expiringWithin(today, properties.renewalNoticeDays())).toList();
    }

    /** The agreements in force that expire within the renewal notice, soonest first. */
    @PreAuthorize(READERS)
    public List<AgreementView> expiring() {
        return expiringAgreements().stream().map(Expiring::agreement).toList();
    }

    /** How many days ahead an expiry is announced (a setting, not data: for every page that says so). */
    @PreAuthorize("isAuthenticated()")
    public int renewalNoticeDays() {
        return properties.renewalNoticeDays();
    }

    @PreAuthorize(READERS)
    public AgreementView get(long id) {
        return find(id).view(institutions.directory()::nameOf, activities.all(),
                files.findByAgreementId(id).stream().map(CoordinationFile::view).toList());
    }

    @PreAuthorize(CoordinationAccess.OFFICE)
    public void check(AgreementCommand command) {
        var refusals = new ArrayList<CoordinationException>();
        var directory = institutions.directory();
        if (command.signedOn() != null && command.expiresOn() != null
                && command.expiresOn().isBefore(command.signedOn())) {
            refusals.add(CoordinationException.expiryBeforeSigning());
        }
        if (command.status() == AgreementStatus.IN_FORCE && command.signedOn() == null) {
            refusals.add(CoordinationException.signedDateMissing());
        }
        var parties = command.parties();
        var ours = participants.institutions();
        if (parties.size() < 2) {
            refusals.add(CoordinationException.partiesMissing());
        }
        for (var party : parties) {
            if (party.institutionId() == null && party.organisation() == null) {
                refusals.add(CoordinationException.partyUnnamed(party.line()));
            } else if (party.institutionId() != null && (directory.byId(party.institutionId()).isEmpty()
                    || !ours.test(party.institutionId()))) {
                refusals.add(CoordinationException.unknownInstitution("partyInstitution"));
            }
        }
        if (!command.activities().isEmpty()) {
            var known = activities.all();
            if (command.activities().stream().anyMatch(id -> !known.containsKey(id))) {
                refusals.add(CoordinationException.unknownActivities());
            }
        }
        CoordinationException.refuseAll(refusals);
    }

    @PreAuthorize(CoordinationAccess.OFFICE)
    @Transactional
    public long create(AgreementCommand command) {
        check(command);
        var saved = agreements.save(Agreement.create(command, participants.forNewRecord(), now()));
        trail.recordCreated(audited(saved));
        return saved.id();
    }

    @PreAuthorize(CoordinationAccess.OFFICE)
    @Transactional
    public void update(long id, int expectedVersion, AgreementCommand command) {
        var agreement = find(id);
        refuseStale(agreement, expectedVersion);
        check(command);
        var before = audited(agreement);
        agreement.apply(command, now());
        trail.recordChange(before, audited(agreements.save(agreement)));
    }

    /** The implementation note of a year (between the signing year and next year). */
    @PreAuthorize(CoordinationAccess.OFFICE)
    @Transactional
    public void note(long id, int expectedVersion, NoteCommand command) {
        var agreement = find(id);
        refuseStale(agreement, expectedVersion);
        int thisYear = LocalDate.now(clock).getYear();
        if (command.year() == null || command.year() < 1990 || command.year() > thisYear + 1) {
            throw CoordinationException.noteYear();
        }
        var before = audited(agreement);
        agreement.note(command.year(), command.note(), now());
        trail.recordChange(before, audited(agreements.save(agreement)));
    }

    @PreAuthorize(CoordinationAccess.OFFICE)
    @Transactional
    public void delete(long id, int expectedVersion) {
        var agreement = find(id);
        refuseStale(agreement, expectedVersion);
        for (var file : files.findByAgreementId(id)) {
            trail.recordDeleted(file.audited(agreement.title()));
            files.deleteById(file.id());
        }
        trail.recordDeleted(audited(agreement));
        agreements.delete(agreement);
    }

    @PreAuthorize(CoordinationAccess.OFFICE)
    @Transactional
    public long attach(long id, String fileName, byte[] content) {
        var agreement = find(id);
        var type = FileChecks.accepted(fileName, content, properties.maxFileBytes());
        var saved = files.save(CoordinationFile.of(null, id, FileChecks.baseName(fileName), type, content,
                CoordinationAccess.user().getUsername(), now()));
        trail.recordCreated(saved.audited(agreement.title()));
        return saved.id();
    }

    /** An agreement in force expiring soon, with the participant whose office is to renew it. */
    record Expiring(AgreementView agreement, long participantId) {
    }

    List<Expiring> expiringAgreements() {
        var today = LocalDate.now(clock);
        var names = institutions.directory();
        var labels = activities.all();
        return agreements.findAllByOrderByTitleAsc().stream().filter(a -> participants.sees(a.participantId()))
                .filter(a -> Agreement.expiringWithin(a.status(), a.expiresOn(), today, properties.renewalNoticeDays()))
                .sorted(java.util.Comparator.comparing(Agreement::expiresOn))
                .map(a -> new Expiring(a.view(names::nameOf, labels, List.of()), a.participantId())).toList();
    }

    private Audited audited(Agreement agreement) {
        return agreement.audited(institutions.directory()::nameOf, activities.all());
    }

    private void refuseStale(Agreement agreement, int expectedVersion) {
        if (agreement.version() != expectedVersion) {
            var last = history.lastChange(ENTITY, agreement.id());
            throw ConflictException.of("coordination.agreement.conflict", agreement.version(),
                    last.map(e -> e.actor()).orElse(null), last.map(e -> e.occurredAt()).orElse(null));
        }
    }

    private Agreement find(long id) {
        return agreements.findById(id).filter(a -> participants.sees(a.participantId()))
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
