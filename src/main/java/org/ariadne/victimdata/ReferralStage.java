package org.ariadne.victimdata;

/**
 * The stages of the national referral mechanism a case passes through, in order; the delays between them are what
 * the referral statistics measure (median and 90th percentile days).
 */
public enum ReferralStage {
    IDENTIFICATION, REFERRAL, ASSISTANCE, SHELTER, PROTECTION, COURT_CASE, REINTEGRATION, CLOSURE
}
