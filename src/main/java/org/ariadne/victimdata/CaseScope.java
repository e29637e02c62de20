package org.ariadne.victimdata;

/** Whether the trafficking stayed within the country or crossed a border. */
public enum CaseScope {
    INTERNAL, TRANSNATIONAL
}
