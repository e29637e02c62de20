package org.ariadne.risks;

import java.util.Locale;

/** The victim services a contingency scenario's minimum package may keep running (seed 004). */
public enum ServiceKind {
    SHELTER, HEALTH_CARE, LEGAL_AID, HOTLINE, PSYCHOSOCIAL_SUPPORT, RETURN_REINTEGRATION, IDENTIFICATION_REFERRAL, OTHER;

    public String messageKey() {
        return "risks.service." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
