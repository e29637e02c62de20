package org.ariadne.stakeholders;

/** An institution named on a page: its id and name. */
public record InstitutionRef(long id, String name) {
}
