package org.ariadne.services;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.InstitutionParticipants;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services directory: read by everyone signed in (and, through {@link #list}, by the modules that refer to the
 * services), kept by the M&amp;E officer and the coordinator. Each save is the entry brought up to date that day.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Services {

    public static final String READERS = "isAuthenticated()";
    public static final String EDITORS = "hasAnyRole('ME_OFFICER', 'COORDINATOR')";

    static final String ENTITY = SupportService.AUDIT_TYPE;

    private final SupportServiceRepository services;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;
    private final InstitutionParticipants institutionParticipants;
    private final ParticipantScope participants;

    Services(SupportServiceRepository services, Institutions institutions, AuditTrail trail, AuditHistory history,
            Clock clock, InstitutionParticipants institutionParticipants, ParticipantScope participants) {
        this.institutionParticipants = institutionParticipants;
        this.participants = participants;
        this.services = services;
        this.institutions = institutions;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    /** The services of the person's participant {@code filter} keeps, by type and name. */
    @PreAuthorize(READERS)
    public List<ServiceView> list(ServiceFilter filter) {
        var today = LocalDate.now(clock);
        var names = institutions.directory();
        var own = participants.narrowedTo();
        return (own.isPresent() ? services.findAllByParticipantIdOrderByServiceTypeAscNameAsc(own.get())
                : services.findAllByOrderByServiceTypeAscNameAsc()).stream()
                .map(s -> s.view(names.nameOf(s.providerInstitutionId())))
                .filter(s -> filter.matches(s, today)).toList();
    }

    @PreAuthorize(READERS)
    public ServiceView get(long id) {
        var service = find(id);
        return service.view(institutions.directory().nameOf(service.providerInstitutionId()));
    }

    /** The regions named in the directory, for the filter. */
    @PreAuthorize(READERS)
    public List<String> regions() {
        return list(ServiceFilter.none()).stream().map(ServiceView::region).filter(r -> r != null).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** The institutions that may provide a service of the person's participant: its own (issue 19). */
    @PreAuthorize(READERS)
    public List<InstitutionView> providerChoices() {
        var owners = institutionParticipants.byInstitution();
        return institutions.directory().all().stream()
                .filter(institution -> participants.sees(owners.get(institution.id()))).toList();
    }

    /** Another participant's institution is as unknown as one that does not exist (issue 19). */
    @PreAuthorize(EDITORS)
    public void check(ServiceCommand command) {
        if (command.providerId() != null && (institutions.directory().byId(command.providerId()).isEmpty()
                || !participants.sees(institutionParticipants.of(command.providerId()).orElse(null)))) {
            throw ServiceException.unknownProvider();
        }
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public long create(ServiceCommand command) {
        check(command);
        var saved = services.save(SupportService.create(command, participantOf(command), LocalDate.now(clock), now()));
        trail.recordCreated(saved.audited(providerName(saved)));
        return saved.id();
    }

    /** A service whose entry was last brought up to date on {@code lastUpdatedOn} (the demo's older entries). */
    @PreAuthorize(EDITORS)
    @Transactional
    public long createAsOf(ServiceCommand command, LocalDate lastUpdatedOn) {
        check(command);
        var service = SupportService.create(command, participantOf(command), LocalDate.now(clock), now());
        service.lastUpdatedOn(lastUpdatedOn);
        var saved = services.save(service);
        trail.recordCreated(saved.audited(providerName(saved)));
        return saved.id();
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void update(long id, int expectedVersion, ServiceCommand command) {
        var service = find(id);
        if (service.version() != expectedVersion) {
            var last = history.lastChange(ENTITY, id);
            throw ConflictException.of("services.conflict", service.version(), last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
        check(command);
        var before = service.audited(providerName(service));
        service.apply(command, LocalDate.now(clock), now());
        var saved = services.save(service);
        trail.recordChange(before, saved.audited(providerName(saved)));
    }

    private String providerName(SupportService service) {
        return institutions.directory().nameOf(service.providerInstitutionId());
    }

    /** A new service is its provider's participant's (the person's own, as {@link #check} made sure). */
    private long participantOf(ServiceCommand command) {
        return command.providerId() == null ? participants.forNewRecord()
                : institutionParticipants.of(command.providerId()).orElse(participants.forNewRecord());
    }

    /** The participant of a service, for the participant guard; empty when there is none. */
    java.util.Optional<Long> participantOf(long id) {
        return services.findById(id).map(SupportService::participantId);
    }

    private SupportService find(long id) {
        var found = services.findById(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
        participants.requireSees(found.participantId(), ENTITY, id);
        return found;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
