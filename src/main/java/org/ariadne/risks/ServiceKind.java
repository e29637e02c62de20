package org.ariadne.risks;

import java.util.Locale;
import java.util.Optional;

import org.ariadne.services.ServiceType;

/** The victim services a contingency scenario's minimum package may keep running (seed 004). */
public enum ServiceKind {
    SHELTER, HEALTH_CARE, LEGAL_AID, HOTLINE, PSYCHOSOCIAL_SUPPORT, RETURN_REINTEGRATION, IDENTIFICATION_REFERRAL, OTHER;

    /**
     * The kind of entry in the services directory that provides this service, so that a scenario's minimum package
     * can say which services the directory holds for it. Identification and referral is work of the institutions
     * themselves (police, social services), never a directory entry.
     */
    public Optional<ServiceType> directoryType() {
        return switch (this) {
            case SHELTER -> Optional.of(ServiceType.SHELTER);
            case HEALTH_CARE -> Optional.of(ServiceType.HEALTH_CARE);
            case LEGAL_AID -> Optional.of(ServiceType.LEGAL_AID);
            case HOTLINE -> Optional.of(ServiceType.HOTLINE);
            case PSYCHOSOCIAL_SUPPORT -> Optional.of(ServiceType.PSYCHOSOCIAL_SUPPORT);
            case RETURN_REINTEGRATION -> Optional.of(ServiceType.REINTEGRATION);
            case OTHER -> Optional.of(ServiceType.OTHER);
            case IDENTIFICATION_REFERRAL -> Optional.empty();
        };
    }

    public String messageKey() {
        return "risks.service." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
