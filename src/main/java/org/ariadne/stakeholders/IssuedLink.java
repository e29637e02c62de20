package org.ariadne.stakeholders;

/**
 * A link just issued to an outside organisation: the only time its token is known (only its hash is kept), so the
 * office copies the address now and sends it.
 */
public record IssuedLink(long id, String organisation, String email, String token) {

    /** The path of the link page, to put after the site's address. */
    public String path() {
        return "/consult/" + token;
    }
}
