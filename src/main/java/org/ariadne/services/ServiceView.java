package org.ariadne.services;

import java.time.LocalDate;
import java.util.Set;

/** A service as the directory, its downloads and other modules read it. */
public record ServiceView(long id, int version, String name, ServiceType type, long providerId, String provider,
        String region, String municipality, Integer capacity, Set<TargetGroup> targetGroups, String contacts,
        String openingHours, LocalDate lastUpdatedOn) {

    /** An entry not brought up to date for more than a year needs an update. */
    public boolean needsUpdate(LocalDate today) {
        return SupportService.needsUpdate(lastUpdatedOn, today);
    }

    public ServiceCommand toCommand() {
        return new ServiceCommand(name, type, providerId, region, municipality, capacity, targetGroups, contacts,
                openingHours);
    }
}
