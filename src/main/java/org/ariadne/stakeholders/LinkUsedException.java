package org.ariadne.stakeholders;

/** A single-use link that no longer answers: used, or expired (its round closed, or the office withdrew it). */
public final class LinkUsedException extends RuntimeException {

    private final LinkState state;

    LinkUsedException(LinkState state) {
        super("consultation link " + state);
        this.state = state;
    }

    public LinkState state() {
        return state;
    }
}
