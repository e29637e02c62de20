package org.ariadne.victimdata;

/**
 * Which cases the register's list shows: a year of identification, an identifying institution, a status, a case or
 * person reference; each may be empty.
 */
public record CaseFilter(Integer year, Long institutionId, CaseStatus status, String reference) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null);
    }
}
