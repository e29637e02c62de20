package org.ariadne.services;

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

/** One entry of the services directory; saving it is bringing it up to date. */
@Table("support_service")
class SupportService {

    static final String AUDIT_TYPE = "support-service";

    @Id
    private Long id;
    @Version
    private Integer version;
    private String name;
    private ServiceType serviceType;
    private long providerInstitutionId;
    /** The participant whose directory lists the service (issue 19): its provider's when it was made. */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private String region;
    private String municipality;
    private Integer capacity;
    private String targetGroups;
    private String contacts;
    private String openingHours;
    private LocalDate lastUpdatedOn;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    SupportService() {
    }

    static SupportService create(ServiceCommand command, long participantId, LocalDate today, LocalDateTime now) {
        var service = new SupportService();
        service.participantId = participantId;
        service.createdAt = now;
        service.apply(command, today, now);
        return service;
    }

    void apply(ServiceCommand command, LocalDate today, LocalDateTime now) {
        name = command.name().strip();
        serviceType = command.type();
        providerInstitutionId = command.providerId();
        region = blankToNull(command.region());
        municipality = blankToNull(command.municipality());
        capacity = command.capacity();
        targetGroups = command.targetGroups().stream().map(Enum::name).collect(Collectors.joining(","));
        contacts = blankToNull(command.contacts());
        openingHours = blankToNull(command.openingHours());
        lastUpdatedOn = today;
        updatedAt = now;
    }

    /** For the demo: an entry last brought up to date on an earlier day. */
    void lastUpdatedOn(LocalDate day) {
        lastUpdatedOn = day;
    }

    static boolean needsUpdate(LocalDate lastUpdatedOn, LocalDate today) {
        return lastUpdatedOn.isBefore(today.minusYears(1));
    }

    Set<TargetGroup> groups() {
        var groups = EnumSet.noneOf(TargetGroup.class);
        if (targetGroups != null && !targetGroups.isBlank()) {
            Arrays.stream(targetGroups.split(",")).map(String::strip).map(TargetGroup::valueOf).forEach(groups::add);
        }
        return groups;
    }

    ServiceView view(String provider) {
        return new ServiceView(id, version, name, serviceType, providerInstitutionId, provider, region, municipality,
                capacity, groups(), contacts, openingHours, lastUpdatedOn);
    }

    Audited audited(String provider) {
        return Audited.of(AUDIT_TYPE, id, name, null, AuditRecord.state(
                "name", name,
                "serviceType", serviceType.name(),
                "provider", provider,
                "region", region,
                "municipality", municipality,
                "capacity", capacity,
                "targetGroups", targetGroups,
                "contacts", contacts,
                "openingHours", openingHours,
                "lastUpdatedOn", lastUpdatedOn.toString()));
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

    long providerInstitutionId() {
        return providerInstitutionId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
