package org.ariadne.victimdata.web;

import java.util.Arrays;

import org.ariadne.victimdata.CaseFilter;
import org.ariadne.victimdata.CaseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The register's filters as the address carries them ({@code ?year=2023&institution=12&status=IDENTIFIED&reference=VC-}).
 * A value that cannot be read (an old bookmark) filters nothing rather than failing.
 */
record CaseQuery(Integer year, Long institution, String status, String reference) {

    static CaseQuery none() {
        return new CaseQuery(null, null, null, null);
    }

    CaseFilter filter() {
        return new CaseFilter(year, institution, statusValue(), reference == null ? null : reference.strip());
    }

    public CaseStatus statusValue() {
        return Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    public boolean isEmpty() {
        return year == null && institution == null && statusValue() == null && (reference == null || reference.isBlank());
    }

    /** "?year=2023…" to append to a path (the downloads keep the filters), or nothing. */
    public String suffix() {
        var builder = UriComponentsBuilder.newInstance();
        if (year != null) {
            builder.queryParam("year", year);
        }
        if (institution != null) {
            builder.queryParam("institution", institution);
        }
        if (statusValue() != null) {
            builder.queryParam("status", statusValue().name());
        }
        if (reference != null && !reference.isBlank()) {
            builder.queryParam("reference", reference.strip());
        }
        var query = builder.encode().build().getQuery();
        return query == null ? "" : "?" + query;
    }
}
