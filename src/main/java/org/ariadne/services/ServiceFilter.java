package org.ariadne.services;

import java.time.LocalDate;

/** What the directory shows: every field empty shows every service. */
public record ServiceFilter(ServiceType type, String region, TargetGroup targetGroup, Long providerId,
        boolean needsUpdateOnly) {

    public static ServiceFilter none() {
        return new ServiceFilter(null, null, null, null, false);
    }

    public boolean isEmpty() {
        return equals(none());
    }

    public boolean matches(ServiceView service, LocalDate today) {
        return (type == null || service.type() == type)
                && (region == null || region.isBlank() || region.strip().equalsIgnoreCase(service.region()))
                && (targetGroup == null || service.targetGroups().contains(targetGroup))
                && (providerId == null || providerId == service.providerId())
                && (!needsUpdateOnly || service.needsUpdate(today));
    }
}
