package org.ariadne.victimdata.web;

import org.springframework.web.util.UriComponentsBuilder;

/** The access log's filters as the address carries them: a case reference and a user name, each may be empty. */
record AccessLogQuery(String reference, String user) {

    static AccessLogQuery none() {
        return new AccessLogQuery(null, null);
    }

    public boolean isEmpty() {
        return blank(reference) && blank(user);
    }

    /** "?reference=…&user=…" to append to a path (the downloads keep the filters), or nothing. */
    public String suffix() {
        var builder = UriComponentsBuilder.newInstance();
        if (!blank(reference)) {
            builder.queryParam("reference", reference.strip());
        }
        if (!blank(user)) {
            builder.queryParam("user", user.strip());
        }
        var query = builder.encode().build().getQuery();
        return query == null ? "" : "?" + query;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
