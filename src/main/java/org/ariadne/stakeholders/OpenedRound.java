package org.ariadne.stakeholders;

import java.util.List;

/** A round just opened, with the links issued to the outside organisations named in it. */
public record OpenedRound(long id, List<IssuedLink> links) {
}
