package org.ariadne.victimdata;

/** Services a victim received through the referral mechanism. */
public enum VictimService {
    SHELTER, HEALTH, PSYCHOSOCIAL, LEGAL_AID, EDUCATION, VOCATIONAL_TRAINING, EMPLOYMENT, FINANCIAL_SUPPORT, RETURN,
    OTHER
}
