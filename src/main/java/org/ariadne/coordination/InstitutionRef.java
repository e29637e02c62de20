package org.ariadne.coordination;

/** An institution as a page names it. */
public record InstitutionRef(long id, String name) {
}
