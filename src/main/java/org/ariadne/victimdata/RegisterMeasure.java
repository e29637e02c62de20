package org.ariadne.victimdata;

/**
 * What a plan indicator computed from the register counts: persons formally identified, persons presumed, or every
 * person registered (Eurostat's "registered victims": identified plus presumed), each person once in a period.
 */
public enum RegisterMeasure {
    IDENTIFIED, PRESUMED, REGISTERED;

    public String messageKey() {
        return "victimdata.indicator.measure." + name();
    }
}
