package org.ariadne.dashboards.web;

/** The two downloads of a table. */
record Links(String csv, String xlsx) {
}
