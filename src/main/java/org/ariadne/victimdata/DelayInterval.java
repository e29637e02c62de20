package org.ariadne.victimdata;

import java.util.Locale;

/**
 * Two stages of the referral mechanism whose distance in days the referral statistics measure: consecutive stages
 * (identification to referral, referral to the assistance decision) and the time from identification to each later
 * stage.
 */
public enum DelayInterval {
    IDENTIFICATION_TO_REFERRAL(ReferralStage.IDENTIFICATION, ReferralStage.REFERRAL),
    REFERRAL_TO_ASSISTANCE(ReferralStage.REFERRAL, ReferralStage.ASSISTANCE),
    IDENTIFICATION_TO_ASSISTANCE(ReferralStage.IDENTIFICATION, ReferralStage.ASSISTANCE),
    IDENTIFICATION_TO_SHELTER(ReferralStage.IDENTIFICATION, ReferralStage.SHELTER),
    IDENTIFICATION_TO_PROTECTION(ReferralStage.IDENTIFICATION, ReferralStage.PROTECTION),
    IDENTIFICATION_TO_COURT_CASE(ReferralStage.IDENTIFICATION, ReferralStage.COURT_CASE),
    IDENTIFICATION_TO_REINTEGRATION(ReferralStage.IDENTIFICATION, ReferralStage.REINTEGRATION),
    IDENTIFICATION_TO_CLOSURE(ReferralStage.IDENTIFICATION, ReferralStage.CLOSURE);

    private final ReferralStage from;
    private final ReferralStage to;

    DelayInterval(ReferralStage from, ReferralStage to) {
        this.from = from;
        this.to = to;
    }

    public ReferralStage from() {
        return from;
    }

    public ReferralStage to() {
        return to;
    }

    public String messageKey() {
        return "victimdata.statistics.interval." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
